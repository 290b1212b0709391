#!/usr/bin/env python3
"""indep3_gen.py - independent, blind test-data generator for a Vietnam
SIM-registration anomaly auditor (written only from the batch-format contract and
the Vietnam domain fact sheet).

Usage
    python3 tools/indep3_gen.py --rows N --seed S --scenario NAME --out DIR

Writes DIR/batch.csv (registration batch, contract format) and DIR/labels.csv
(`carrier,msisdn,junk,non_owner,pattern`, one row per subscription = carrier +
MSISDN normalised to 84+9 digits; the truth is the state of the latest row).
About N batch rows (+-5 %).  Standard library only; fully deterministic for
(rows, seed, scenario): one random.Random seeded from the arguments.
Export time ("now") is 2026-06-28 00:00 +07:00.  Rows are sorted by
registered_at; history rows (re-registration, correction, SIM swap, recycled
number) share the subscription key and precede the current row.

Messy but valid input, everywhere: MSISDN as 0.../84.../+84... (per-carrier
style), carrier codes in title/lower case, names upper-case, without
diacritics, NFD-decomposed or lower-case, a few registered_at in +00:00,
organisation names with commas / quotes (RFC 4180 quoting), empty optional
fields (gender, nationality = default VN, province, status = default ACTIVE,
popdb_check = default UNCHECKED, subscriber_type, device, IMSI, ICCID, channel
on pre-2017 rows), usage unknown for old / very recent (< 30 days) rows and
for some carriers' columns.  IMSI MNC and ICCID issuer follow the carrier
(none exported for LOCAL/ASIM/DIGILIFE/WINTEL); ICCIDs of one shop's stock are
consecutive in time; IMEIs carry a Luhn digit; CCCD numbers encode birth
province, century/gender and birth year; CMND 9-digit prefixes follow the
issuing province; 12-digit legacy CMNDs are random (must not be decoded).
Verification follows the period rules: eKYC app selfies from 2019, shop
selfies from 2020 and near-universal after Circular 08 (2026-04-15); popdb
checks from 2022-08 (old rows show the 2023 re-check or UNCHECKED); no new
CMND registrations after 2024; app channel only for the first 3 numbers per
document per carrier after Decree 163 (honest people only).  Statuses include
2023 clean-up locks, VNeID non-confirmation locks and churn.

Scenarios
    urban      big-city provinces, heavy-tailed shop traffic with very busy
               stores, many eKYC-app registrations, fraud ~5 % of subscriptions.
    rural      small dealers, older registrations (many CMND, many 2023
               standardisations), thin usage data, ethnic-minority names, elderly
               people, fraud ~3 %.  Header columns in a different order, UTF-8 BOM.
    crackdown  registrations mostly mid-2024..mid-2026 (Decree 163, CMND end,
               Circular 08 face authentication, VNeID confirmation locks).
               Fraudsters adapt: <=3 numbers per document per carrier, leaked real
               faces (ID photos), spread over dealers, devices and weeks, warmed
               usage; fraud ~5 %.
    dense      fraud ~12 %: large SIM farms, big identity-theft rings and OTP
               farms, mixed with large organisations (IoT, fleets, call centres).

Fraud patterns (junk, non_owner)
    preactivation_fabricated (1,0)  dealer pre-activates a box of SIM kits
        (consecutive ICCIDs, often consecutive MSISDNs) on fabricated but
        well-formed CCCD/CMND numbers with invented names; popdb NOT_FOUND /
        MISMATCH after Aug 2022; bursts on one dealer device, often at night;
        re-used stock photos or none; usage: unsold / resold data / scam.
    preactivation_leaked (1,1)      same on real people's leaked documents (popdb
        MATCH); selfies are stock photos or the victim's leaked ID photo.
    identity_theft_ring (1,1)       one operator's phone(s) and face register
        many victims' leaked documents through the carrier app (selfie = the
        operator's face, low face_match; adaptive rings use the victims' leaked
        ID photos and rotate phones); SIMs end in a few scam handsets.
    dealer_extra_sims (1,1)         a dealer registers 1-3 extra SIMs on a real
        walk-in customer's document right after (or days after) the genuine
        sale, replaying the stored capture (identical selfie hash).  The
        customer's own SIM is legitimate (walkin_shop / busy_shop).
    sim_farm (1,1)                  bought identities (sellers photographed in
        person) each carrying several SIMs, first used in SIM-box ports
        (module IMEIs shared by several SIMs); mass outgoing calls / SMS with
        few incoming; adaptive farms warm their SIMs to look normal.
    rented_identity_multishop (1,1) one rented identity registered at several
        shops / provinces / carriers within days (seller or a broker's face).
    otp_resale_sink (1,1)           leaked identities, SIMs parked in modem pools
        receiving OTP SMS only (high in_sms, no calls, no data, tiny top-up).
    used_by_someone_else (0,1)      a genuine registration (own face, popdb
        MATCH) of a SIM actually used by someone else: a foreign worker, a
        boss, a second-hand buyer or a child using a parent's registration;
        first used in the real user's handset.
    agent_own_id_mass (1,1)         a dealer activates many SIMs on his own CCCD
        (own face, high face_match) for resale.
    photo_stock_dealer (1,1)        2016-2022 dealer with a stock of 2x3 cm
        photos re-used over many borrowed documents at a low steady rate.
    sim_swap_takeover (0,1)         [own] a genuine subscription re-registered
        (new SIM) by an impostor with the victim's leaked document at a far
        away dealer; history row = the victim's genuine registration.
    elderly_id_harvest (1,1)        [own] a gang collects elderly villagers'
        documents at a "free gift" event: one dealer, one day, same commune,
        genuine (old) faces, SIMs taken away and used for scam calls.

Legitimate patterns (0,0)
    walkin_shop            ordinary walk-in registration at a dealer / store.
    busy_shop              walk-ins at the busiest city stores: queues of tens
                           of customers per day on a few tablets, consecutive
                           ICCIDs from the shop stock.
    app_selfservice        self-registration in the carrier app on own phone.
    courier_delivery       [own] ONLINE orders activated at the door on the
                           courier's phone: one device, many unrelated people.
    family_shared_phone    relatives registered on one family member's phone
                           (app) or together at a shop; distinct faces.
    multi_sim_person       2-7 numbers per person (<=3 per carrier through the
                           app, 4th+ in person), dual-SIM handsets.
    data_only              data SIMs in routers / tablets (module IMEIs, no calls).
    backup_sim             a second number that is almost never used.
    org_iot                organisations with hundreds of IoT / M2M SIMs
                           (ORG documents, number blocks, module IMEIs).
    org_fleet              fleet / delivery SIMs under an ORG document.
    org_fleet_user_list    [own] organisation SIMs registered in bulk with the
                           list of individual users' CCCDs on one staff tablet,
                           no selfies (looks like pre-activation).
    org_call_centre        call-centre SIMs: many outgoing calls, many callees.
    name_variant           names without diacritics / upper case / NFD, and
                           one person's SIMs carrying different spellings.
    clerical_typo          honest typo in name, day/month of birth or ID digits
                           (popdb MISMATCH / NOT_FOUND), often corrected later.
    standardised_2023      old CMND registration re-registered with CCCD during
                           the 2023 clean-up (two documents, one person).
    standardised_preactivated [own] a pre-activated SIM bought over the counter
                           and later re-registered in the buyer's own name.
    recycled_number        revoked number re-issued to a new owner (history row
                           with an unrelated person).
    app_fail_then_store    [own] app attempt fails (MISMATCH / low face match),
                           completed in person a few days later.
    factory_gate_campaign  [own] carrier sales team at an industrial park
                           registering hundreds of young migrant workers from
                           many provinces in one or two days.
    elderly_assisted       [own] elderly people (old ID photos -> lower
                           face_match) registered by a grandchild's phone or at
                           a shop, very low outgoing usage.
    rural_outreach_campaign [own] carrier outreach event in a commune: elderly
                           villagers, giveaway feature phones with consecutive
                           IMEIs.
    foreign_resident       expatriates and foreign workers on passports.
    tourist_sim            [own] airport kiosks registering many passports per
                           day; short data-heavy life.
    mnp_ported             numbers ported in from another carrier's range.
    assisted_app_kiosk     [own] phone shop helping unrelated customers through
                           the app on the shop's phone.
    twins                  [own] twins: near-identical selfie hashes on two
                           different documents, same birth data.
    cmnd_collision         [own] the documented 271450001-271500000 CMND range
                           issued by both Ba Ria-Vung Tau and Dong Nai: two real
                           people, one 9-digit number.
"""
import argparse
import bisect
import calendar
import math
import os
import random
import sys
import time
import unicodedata

COLUMNS = ["carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type",
           "id_number", "full_name", "date_of_birth", "gender", "nationality",
           "province", "registered_at", "channel", "agent_id", "device_imei",
           "selfie_hash", "face_match", "popdb_check", "status",
           "first_use_imei", "active_days_30d", "out_calls_30d", "in_calls_30d",
           "out_sms_30d", "in_sms_30d", "distinct_callees_30d",
           "topup_vnd_30d", "data_mb_30d"]

SCENARIOS = ("urban", "rural", "crackdown", "dense")


def lt(y, m, d, hh=0, mm=0, ss=0):
    """Local (+07:00) wall-clock time as seconds (treated as naive UTC)."""
    return calendar.timegm((y, m, d, hh, mm, ss, 0, 0, 0))


DAY = 86400
EXPORT = lt(2026, 6, 28)
T_START = lt(2014, 1, 1)
D_APP = lt(2019, 7, 1)          # carrier eKYC apps appear
D_SELFIE_SHOP = lt(2020, 1, 1)  # first selfie capture at points of sale
D_POPDB = lt(2022, 8, 1)        # population-database check mandatory
D_CLEANUP = lt(2023, 3, 1)      # 2023 clean-up campaign
D_DEC163 = lt(2024, 12, 24)     # Decree 163: app only for first 3 numbers
D_CMND_END = lt(2025, 1, 1)     # no new CMND registrations
D_C08 = lt(2026, 4, 15)         # Circular 08: 4-field face authentication
D_VNEID_LOCK = lt(2026, 6, 15)  # one-way lock of unconfirmed numbers

# ----------------------------------------------------------------------------
# Reference tables
# ----------------------------------------------------------------------------
# code, name, population (millions, approx. 2019), CMND issuing prefix
PROVINCES = [
    ("001", "Hà Nội", 8.05, "01"), ("002", "Hà Giang", 0.85, "07"),
    ("004", "Cao Bằng", 0.53, "08"), ("006", "Bắc Kạn", 0.31, "09"),
    ("008", "Tuyên Quang", 0.78, "07"), ("010", "Lào Cai", 0.73, "06"),
    ("011", "Điện Biên", 0.60, "04"), ("012", "Lai Châu", 0.46, "04"),
    ("014", "Sơn La", 1.25, "05"), ("015", "Yên Bái", 0.82, "06"),
    ("017", "Hòa Bình", 0.85, "11"), ("019", "Thái Nguyên", 1.29, "09"),
    ("020", "Lạng Sơn", 0.78, "08"), ("022", "Quảng Ninh", 1.32, "10"),
    ("024", "Bắc Giang", 1.80, "12"), ("025", "Phú Thọ", 1.46, "13"),
    ("026", "Vĩnh Phúc", 1.15, "13"), ("027", "Bắc Ninh", 1.37, "12"),
    ("030", "Hải Dương", 1.89, "14"), ("031", "Hải Phòng", 2.03, "03"),
    ("033", "Hưng Yên", 1.25, "14"), ("034", "Thái Bình", 1.86, "15"),
    ("035", "Hà Nam", 0.85, "16"), ("036", "Nam Định", 1.78, "16"),
    ("037", "Ninh Bình", 0.98, "16"), ("038", "Thanh Hóa", 3.64, "17"),
    ("040", "Nghệ An", 3.33, "18"), ("042", "Hà Tĩnh", 1.29, "18"),
    ("044", "Quảng Bình", 0.90, "19"), ("045", "Quảng Trị", 0.63, "19"),
    ("046", "Thừa Thiên Huế", 1.13, "19"), ("048", "Đà Nẵng", 1.13, "20"),
    ("049", "Quảng Nam", 1.50, "20"), ("051", "Quảng Ngãi", 1.23, "21"),
    ("052", "Bình Định", 1.49, "21"), ("054", "Phú Yên", 0.87, "22"),
    ("056", "Khánh Hòa", 1.23, "22"), ("058", "Ninh Thuận", 0.59, "26"),
    ("060", "Bình Thuận", 1.23, "26"), ("062", "Kon Tum", 0.54, "23"),
    ("064", "Gia Lai", 1.51, "23"), ("066", "Đắk Lắk", 1.87, "24"),
    ("067", "Đắk Nông", 0.62, "24"), ("068", "Lâm Đồng", 1.30, "25"),
    ("070", "Bình Phước", 0.99, "285"), ("072", "Tây Ninh", 1.17, "29"),
    ("074", "Bình Dương", 2.43, "280"), ("075", "Đồng Nai", 3.10, "27"),
    ("077", "Bà Rịa–Vũng Tàu", 1.15, "27"), ("079", "TP Hồ Chí Minh", 8.99, "02"),
    ("080", "Long An", 1.69, "30"), ("082", "Tiền Giang", 1.76, "31"),
    ("083", "Bến Tre", 1.29, "32"), ("084", "Trà Vinh", 1.01, "33"),
    ("086", "Vĩnh Long", 1.02, "33"), ("087", "Đồng Tháp", 1.60, "34"),
    ("089", "An Giang", 1.91, "35"), ("091", "Kiên Giang", 1.72, "37"),
    ("092", "Cần Thơ", 1.24, "36"), ("093", "Hậu Giang", 0.73, "36"),
    ("094", "Sóc Trăng", 1.20, "36"), ("095", "Bạc Liêu", 0.91, "38"),
    ("096", "Cà Mau", 1.19, "38"),
]
PROV_CODES = [p[0] for p in PROVINCES]
PROV_POP = {p[0]: p[2] for p in PROVINCES}
CMND_PREFIX = {p[0]: p[3] for p in PROVINCES}
METRO = {"001", "079", "048", "031", "092", "074", "075", "027", "056", "022"}
BIG_METRO = {"001", "079"}
NORTH_HIGHLAND = {"002", "004", "006", "008", "010", "011", "012", "014",
                  "015", "017", "020"}
CENTRAL_HIGHLAND = {"062", "064", "066", "067"}
KHMER_AREA = {"084", "094", "091", "089", "095"}
# big sources of internal migrants (birth provinces of city / factory workers)
MIGRANT_SOURCES = {"038": 5, "040": 5, "042": 2.5, "036": 2.5, "034": 2.5,
                   "030": 1.5, "037": 1.2, "035": 1, "044": 1.2, "051": 1.5,
                   "052": 2, "049": 1.5, "089": 2.5, "087": 2, "091": 2,
                   "094": 1.8, "084": 1.5, "083": 1.5, "082": 1.5, "096": 1.5,
                   "066": 1.2, "064": 1, "014": 0.6, "025": 1, "024": 1.5}
# collision range documented for CMND (BR-VT and Dong Nai)
CMND_COLLIDE_LO, CMND_COLLIDE_HI = 271450001, 271500000
# tax-code prefixes of some tax departments (first two digits of an MST)
MST_PREFIX = {"001": "01", "079": "03", "031": "02", "048": "04", "074": "37",
              "075": "36", "027": "23", "022": "57", "092": "18", "056": "42"}

# carrier: market weight, ICCID issuer digits (None = not exported), IMSI MNC,
# ICCID length, MSISDN ranges (first digits of the 9-digit national number)
CARRIERS = {
    "VIETTEL": (0.52, "04", "04", 20,
                [("96", 9), ("97", 9), ("98", 9), ("86", 6), ("32", 5),
                 ("33", 5), ("34", 5), ("35", 5), ("36", 5), ("37", 5),
                 ("38", 5), ("39", 5)]),
    "VINAPHONE": (0.22, "02", "02", 20,
                  [("91", 8), ("94", 8), ("88", 6), ("81", 4), ("82", 4),
                   ("83", 4), ("84", 4), ("85", 4)]),
    "MOBIFONE": (0.20, "01", "01", 19,
                 [("90", 8), ("93", 8), ("89", 6), ("70", 4), ("76", 4),
                  ("77", 4), ("78", 4), ("79", 4)]),
    "VIETNAMOBILE": (0.024, "05", "05", 20,
                     [("92", 6), ("56", 3), ("58", 3), ("52", 2)]),
    "GMOBILE": (0.008, "07", "07", 19,
                [("993", 1), ("994", 1), ("995", 1), ("996", 1), ("997", 1),
                 ("59", 4)]),
    "ITEL": (0.012, "08", "08", 20, [("87", 1)]),
    "REDDI": (0.003, "09", "09", 19, [("55", 1)]),
    "WINTEL": (0.003, None, None, 0, [("55", 1)]),
    "LOCAL": (0.004, None, None, 0, [("81", 1), ("82", 1), ("84", 1)]),
    "ASIM": (0.003, None, None, 0, [("70", 1), ("79", 1), ("89", 1)]),
    "DIGILIFE": (0.002, None, None, 0, [("88", 1), ("85", 1)]),
}
CARRIER_NAMES = list(CARRIERS)
BIG3 = ("VIETTEL", "VINAPHONE", "MOBIFONE")
# how a carrier spells MSISDNs in its export: (p '0', p '84', p '+84')
MSISDN_STYLE = {"VIETTEL": (0.86, 0.10, 0.04), "VINAPHONE": (0.55, 0.05, 0.40),
                "MOBIFONE": (0.20, 0.75, 0.05)}
# share of names exported upper-case / ASCII by carrier (legacy systems)
NAME_MESS = {"VIETTEL": 0.03, "VINAPHONE": 0.05, "MOBIFONE": 0.06,
             "VIETNAMOBILE": 0.25, "GMOBILE": 0.35, "ITEL": 0.10,
             "REDDI": 0.30, "WINTEL": 0.30, "LOCAL": 0.10, "ASIM": 0.15,
             "DIGILIFE": 0.10}
STORE_CODE_STYLE = {"VIETTEL": "VTT{p}-{k}{n:05d}", "VINAPHONE": "VNP.{p}.{k}{n:04d}",
                    "MOBIFONE": "MBF_{p}_{k}{n:05d}"}

SURNAMES_N = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7),
              ("Hoàng", 4.5), ("Huỳnh", 0.6), ("Phan", 4.5), ("Vũ", 3.5),
              ("Võ", 0.6), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.6), ("Hồ", 1.1),
              ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.9),
              ("Trương", 0.6), ("Lâm", 0.3), ("Mai", 0.5), ("Đào", 0.7),
              ("Hà", 0.6), ("Lương", 0.4), ("Cao", 0.4), ("Tô", 0.3),
              ("Tạ", 0.3), ("Chu", 0.3), ("Quách", 0.15), ("Kiều", 0.2),
              ("Vương", 0.2), ("Triệu", 0.2), ("Lưu", 0.3), ("Phùng", 0.3),
              ("Nghiêm", 0.1), ("Khúc", 0.05), ("Doãn", 0.08), ("Ninh", 0.1),
              ("Lục", 0.05), ("Tăng", 0.05), ("Văn", 0.05), ("Thái", 0.1)]
SURNAMES_S = [("Nguyễn", 36), ("Trần", 11), ("Lê", 9), ("Phạm", 6),
              ("Hoàng", 0.8), ("Huỳnh", 5), ("Phan", 4), ("Vũ", 0.6),
              ("Võ", 4.5), ("Đặng", 1.8), ("Bùi", 1.5), ("Đỗ", 1.2), ("Hồ", 2),
              ("Ngô", 1.3), ("Dương", 1.2), ("Lý", 0.8), ("Đinh", 0.6),
              ("Trương", 1.2), ("Lâm", 0.8), ("Mai", 0.5), ("Đào", 0.4),
              ("Châu", 0.5), ("Lương", 0.4), ("Cao", 0.4), ("Tô", 0.4),
              ("Tạ", 0.2), ("Quách", 0.3), ("La", 0.2), ("Thái", 0.3),
              ("Lưu", 0.3), ("Tăng", 0.2), ("Từ", 0.1), ("Tôn", 0.1),
              ("Âu", 0.1), ("Kiều", 0.1), ("Diệp", 0.1)]
MID_M_OLD = [("Văn", 40), ("Đức", 5), ("Minh", 4), ("Quang", 3), ("Hữu", 4),
             ("Công", 3), ("Ngọc", 2), ("Xuân", 2), ("Đình", 3), ("Bá", 1),
             ("Thế", 2), ("Thanh", 2), ("Quốc", 1.5), ("Tiến", 1)]
MID_M_NEW = [("Văn", 8), ("Đức", 6), ("Minh", 8), ("Quang", 4), ("Hữu", 3),
             ("Công", 3), ("Thành", 3), ("Ngọc", 2), ("Hoàng", 4), ("Anh", 3),
             ("Trung", 2), ("Tuấn", 3), ("Gia", 4), ("Quốc", 4), ("Duy", 3),
             ("Nhật", 3), ("Bảo", 3), ("Đăng", 2), ("Thiên", 1.5), ("Hải", 2)]
MID_F_OLD = [("Thị", 70), ("Ngọc", 3), ("Thu", 3), ("Thanh", 3), ("Kim", 2),
             ("Hồng", 2), ("Minh", 1), ("Bích", 1), ("Xuân", 1)]
MID_F_NEW = [("Thị", 14), ("Ngọc", 7), ("Thu", 5), ("Thanh", 5), ("Phương", 4),
             ("Minh", 4), ("Bảo", 4), ("Khánh", 4), ("Mai", 3), ("Hồng", 2),
             ("Kim", 2), ("Thùy", 4), ("Diệu", 2), ("Hoài", 2), ("Cẩm", 2),
             ("Quỳnh", 2), ("Tường", 1), ("Ánh", 1), ("Gia", 2), ("Như", 2)]
GIVEN_M = ["Anh", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy",
           "Hoàng", "Khánh", "Long", "Minh", "Nam", "Phong", "Phúc", "Quân",
           "Sơn", "Thắng", "Thành", "Trung", "Tuấn", "Việt", "Vinh", "Bảo",
           "Đạt", "Hiếu", "Khoa", "Lâm", "Lộc", "Nghĩa", "Tài", "Tâm",
           "Thịnh", "Toàn", "Trí", "Tú", "Tùng", "Kiên", "Quang", "Hưng",
           "Hậu", "Thái", "Thiện", "Vũ", "Nhân", "Khang", "Duy", "Hòa",
           "Chiến", "Tiến", "Phát", "Lực", "Thuận", "Tín", "Mạnh", "Công"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hiền", "Hoa",
           "Hồng", "Huệ", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My",
           "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh",
           "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân",
           "Vy", "Yến", "Hân", "Nhi", "Trâm", "Thư", "Lệ", "Nguyệt", "Diễm",
           "Xuân", "Thúy", "Liên", "Hậu", "Duyên", "Ly", "Châu", "Thơm", "Lài"]
# ethnic-minority name models: (surnames, male middles, female middles, givens)
ETH_HMONG = (["Giàng", "Sùng", "Vàng", "Thào", "Lý", "Hầu", "Mùa", "Vừ", "Lầu"],
             ["A"], ["Thị", "Thị", "Y"],
             ["Páo", "Chứ", "Sinh", "Lềnh", "Dế", "Mỷ", "Súa", "Dính", "Chá",
              "Pó", "Xá", "Mai", "Dua", "Chu", "Lử"])
ETH_TAI = (["Lò", "Lường", "Quàng", "Cầm", "Hà", "Hoàng", "Nông", "Ma", "Lộc",
            "Sầm", "Vi", "Lục", "Bế"], ["Văn"], ["Thị"],
           ["Pằn", "Ún", "Xôm", "Chăm", "Khăm", "Thắm", "Hoan", "Lả", "Páng",
            "Thiêm", "Dìn", "Văn", "Khiêm", "Nọi", "Ươi", "Thuận", "Lâm"])
ETH_KHMER = (["Thạch", "Danh", "Sơn", "Kim", "Lâm", "Châu", "Trịnh"],
             ["", "Văn"], ["Thị", ""],
             ["Sa Rươl", "Sóc Khê", "Sa Quynh", "Sa Vy", "Phol", "Sà Rinh",
              "Chanh Đa", "Rết", "Sô Phi", "Na", "Dương", "Kim Sang", "Kha"])
ETH_HIGHLAND = (["Niê", "Êban", "Ksor", "Rơ Mah", "Siu", "Mlô", "Byă", "Ênuôl"],
                ["Y"], ["H"],
                ["Khoa", "Nhung", "Blưm", "Dhiêng", "Hen", "Lim", "Wơn",
                 "Yuh", "Nam", "Juen"])

FOREIGN = {  # nationality: (surnames, givens, eastern order, passport maker id)
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG",
            "LIM", "HAN", "SHIN"],
           ["MIN JUN", "SEO YEON", "JI HOON", "HYUN WOO", "SOO JIN", "JAE HO",
            "EUN JI", "DONG HYUN", "YOUNG HO", "MIN SEO", "SUNG MIN"], True, "KR"),
    "CN": (["ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU",
            "ZHOU", "XU", "SUN"],
           ["WEI", "FANG", "JING", "LEI", "MIN", "JUN", "XIAOMING", "YAN", "HAO",
            "QIANG", "XIN", "TAO"], True, "CN"),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO",
            "YAMAMOTO", "NAKAMURA"],
           ["HIROSHI", "TAKESHI", "YUKI", "KENJI", "AYAKA", "HARUTO", "SAKURA",
            "DAISUKE"], True, "JP"),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "TSAI"],
           ["CHIA HAO", "YU TING", "CHIH WEI", "SHU FEN", "CHUN HUNG"], True, "TW"),
    "US": (["SMITH", "JOHNSON", "BROWN", "WILLIAMS", "MILLER", "DAVIS", "WILSON"],
           ["JOHN", "MICHAEL", "DAVID", "JAMES", "SARAH", "EMILY", "ROBERT",
            "JENNIFER"], False, "9D"),
    "GB": (["TAYLOR", "EVANS", "WALKER", "WRIGHT", "GREEN", "HALL"],
           ["THOMAS", "OLIVER", "EMMA", "SOPHIE", "HARRY", "CHARLOTTE"], False, "9D"),
    "AU": (["MARTIN", "THOMPSON", "WHITE", "KELLY", "RYAN"],
           ["JACK", "CHLOE", "LIAM", "MIA", "NOAH"], False, "AU"),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "MOREAU", "LAURENT", "LEFEBVRE"],
           ["PIERRE", "MARIE", "JULIEN", "CAMILLE", "NICOLAS", "ELODIE"], False, "FR"),
    "DE": (["MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER", "BECKER"],
           ["LUKAS", "ANNA", "FELIX", "LENA", "JONAS", "LAURA"], False, "DE"),
    "TH": (["SRISAI", "WONGSAWAT", "CHAIYAPORN", "SUKSAWAT", "BOONMA"],
           ["SOMCHAI", "SOMSAK", "ANONG", "PRANEE", "KITTI"], False, "TH"),
    "IN": (["KUMAR", "SHARMA", "PATEL", "SINGH", "GUPTA"],
           ["RAJESH", "PRIYA", "AMIT", "SUNITA", "VIKRAM"], False, "IN"),
    "RU": (["PETROV", "IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV"],
           ["IVAN", "DMITRY", "SERGEI", "ALEXEI", "MIKHAIL"], False, "9D"),
    "PH": (["SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA"],
           ["JOSE", "MARIA", "MARK", "ANGELICA", "JOHN PAUL"], False, "PH"),
    "KH": (["SOK", "CHAN", "KIM", "LIM", "HENG"],
           ["DARA", "SOPHEAP", "VANNA", "BOPHA", "RITHY"], True, "KH"),
}
FOREIGN_RES_W = [("KR", 30), ("CN", 30), ("JP", 10), ("TW", 10), ("US", 4),
                 ("GB", 2), ("AU", 2), ("FR", 2), ("DE", 2), ("TH", 2),
                 ("IN", 3), ("RU", 1.5), ("PH", 2), ("KH", 2)]
FOREIGN_TOUR_W = [("KR", 35), ("CN", 25), ("JP", 6), ("TW", 6), ("US", 6),
                  ("GB", 3), ("AU", 5), ("FR", 3), ("DE", 3), ("TH", 3),
                  ("IN", 4), ("RU", 4), ("PH", 2)]

ORG_KIND = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV",
            "Tổng công ty", "Hợp tác xã", "Chi nhánh Công ty Cổ phần"]
ORG_FIELD = {"iot": ["Điện lực", "Cấp nước", "Công nghệ Năng lượng",
                     "Giải pháp Thanh toán", "Thiết bị Giám sát", "Nông nghiệp Thông minh",
                     "Định vị GPS"],
             "fleet": ["Vận tải", "Taxi", "Giao hàng", "Logistics",
                       "Xe khách", "Chuyển phát Nhanh", "Dịch vụ Bảo vệ"],
             "call": ["Tài chính", "Chăm sóc Khách hàng", "Thương mại Điện tử",
                      "Bảo hiểm", "Dịch vụ Viễn thông", "Thu hồi Nợ"]}
ORG_BRAND = ["Minh Phát", "Hoàng Long", "Sao Việt", "An Bình", "Phú Thịnh",
             "Thành Công", "Đại Dương", "Mai Linh", "Tân Cảng", "Bách Khoa",
             "Trường Sơn", "Hưng Thịnh", "Việt Á", "Phương Nam", "Kim Long",
             "Nam Á", "Đông Đô", "Hòa Phát", "Vạn Xuân", "Sông Hồng", "Á Châu",
             "Thái Bình Dương", "Tiến Đạt", "Bình Minh", "Thăng Long"]


# ----------------------------------------------------------------------------
# Small utilities
# ----------------------------------------------------------------------------
def luhn_digit(body):
    """Luhn check digit for the digit string `body` (check digit appended)."""
    total = 0
    dbl = True
    for ch in reversed(body):
        d = ord(ch) - 48
        if dbl:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        dbl = not dbl
    return str((10 - total % 10) % 10)


def mst_code(prefix7plus):
    """10-digit Vietnamese tax code from 9 digits (weighted check digit), or
    None when the check digit would be 10."""
    w = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    s = sum(int(c) * k for c, k in zip(prefix7plus, w))
    c = 10 - s % 11
    if c >= 10:
        return None
    return prefix7plus + str(c)


class WChoice:
    """Weighted choice over a fixed list (cumulative weights + bisect)."""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        acc = 0.0
        self.cum = []
        for p in pairs:
            acc += float(p[1])
            self.cum.append(acc)
        self.tot = acc

    def pick(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.tot)
        return self.items[i if i < len(self.items) else -1]


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def name_form(name, kind):
    """Variant spellings that carriers send for the same declared name."""
    if kind == 0:
        return name
    if kind == 1:
        return name.upper()
    if kind == 2:
        return strip_diacritics(name).upper()
    if kind == 3:
        return strip_diacritics(name)
    if kind == 4:
        return unicodedata.normalize("NFD", name)
    return name.lower()


TONE_SWAP = {"ễ": "ê", "ê": "ế", "ă": "ắ", "ắ": "ă", "ư": "u", "ơ": "o",
             "ị": "ì", "ú": "u", "à": "a", "ả": "ã", "ồ": "ô",
             "ọ": "ò", "ạ": "a", "ố": "ổ", "ũ": "ủ", "ý": "ỷ", "ứ": "ừ",
             "ờ": "ớ", "ợ": "ờ", "á": "à", "é": "è", "í": "ì", "ó": "ò"}


def typo_name(rng, name):
    """An honest clerical typo in a declared name."""
    parts = name.split(" ")
    i = rng.randrange(len(parts))
    w = parts[i]
    r = rng.random()
    cands = [k for k, ch in enumerate(w) if ch in TONE_SWAP]
    if r < 0.4 and cands:
        k = rng.choice(cands)
        w = w[:k] + TONE_SWAP[w[k]] + w[k + 1:]
    elif r < 0.6 and len(w) > 2:
        k = rng.randrange(1, len(w) - 1)
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif r < 0.8:
        k = rng.randrange(len(w))
        w = w[:k + 1] + w[k] + w[k + 1:]
    else:
        w = strip_diacritics(w)
        if w == parts[i] and len(w) > 2:
            w = w[:-1]
    parts[i] = w
    out = " ".join(parts)
    return out if out != name else name + "h"


def fmt_ts(ts, utc=False):
    if utc:
        t = time.gmtime(ts - 7 * 3600)
        return "%04d-%02d-%02dT%02d:%02d:%02d+00:00" % t[:6]
    t = time.gmtime(ts)
    return "%04d-%02d-%02dT%02d:%02d:%02d+07:00" % t[:6]


def ts_year(ts):
    return time.gmtime(ts).tm_year


def fmt_dob(d):
    return "%04d-%02d-%02d" % d


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def flip_bits(rng, h, k):
    for b in rng.sample(range(64), k):
        h ^= 1 << b
    return h


# hour-of-day weights (0..23)
HOURS_SHOP = [0, 0, 0, 0, 0, 0, 0, 0.3, 2, 4, 5, 4.5, 3, 2.5, 3.5, 4, 4.5,
              5, 5, 4.5, 3, 1.2, 0.1, 0]
HOURS_APP = [0.6, 0.3, 0.15, 0.1, 0.1, 0.3, 1, 2, 3, 3.5, 3.5, 3.5, 3.5, 3,
             3, 3.2, 3.5, 3.5, 4, 5, 6, 6, 4.5, 2]
HOURS_NIGHT = [4, 4, 3, 2, 1, 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5,
               1, 2, 3, 4, 4]
HOURS_OFFICE = [0, 0, 0, 0, 0, 0, 0, 0.5, 4, 5, 5, 4, 1.5, 3, 5, 5, 4.5, 3,
                0.5, 0, 0, 0, 0, 0]


# ----------------------------------------------------------------------------
# Generator core: scenario parameters, time, people, documents, devices
# ----------------------------------------------------------------------------
YEAR_W = {
    "urban": {2014: 1, 2015: 1.4, 2016: 1.8, 2017: 2.2, 2018: 2.8, 2019: 3.5,
              2020: 4.3, 2021: 5.2, 2022: 6.2, 2023: 7.5, 2024: 8.5, 2025: 9.5,
              2026: 10},
    "rural": {2014: 3, 2015: 3.5, 2016: 4, 2017: 4.3, 2018: 4.6, 2019: 4.8,
              2020: 5, 2021: 5, 2022: 5, 2023: 5.2, 2024: 4.8, 2025: 4.5,
              2026: 4.2},
    "crackdown": {2014: 0.2, 2015: 0.25, 2016: 0.3, 2017: 0.35, 2018: 0.4,
                  2019: 0.45, 2020: 0.5, 2021: 0.6, 2022: 0.7, 2023: 1.0,
                  2024: 3.0, 2025: 9, 2026: 10},
}
YEAR_W["dense"] = YEAR_W["urban"]
FRAUD_NAIVE_W = {2014: 1, 2015: 1.5, 2016: 2.5, 2017: 2.5, 2018: 2.5, 2019: 2.5,
                 2020: 3, 2021: 3, 2022: 3, 2023: 2.5, 2024: 2.5, 2025: 2.5, 2026: 2.5}
FRAUD_ADAPT_W = {2021: 0.5, 2022: 1, 2023: 2, 2024: 4, 2025: 6, 2026: 6}

PARAMS = {
    # fraud share of subscriptions, adaptivity, usage availability factor,
    # shops per 1000 rows, pareto alpha of shop volume, app share factor
    "urban": dict(fraud=0.05, adapt=0.35, usage=1.0, shops=8.0, alpha=1.1, app=1.2),
    "rural": dict(fraud=0.03, adapt=0.2, usage=0.55, shops=16.0, alpha=1.7, app=0.5),
    "crackdown": dict(fraud=0.05, adapt=0.85, usage=0.95, shops=9.0, alpha=1.25, app=1.1),
    "dense": dict(fraud=0.12, adapt=0.4, usage=1.0, shops=7.0, alpha=1.1, app=1.0),
}
AGE_BANDS = {"default": [((14, 17), 5), ((18, 24), 20), ((25, 34), 27),
                         ((35, 44), 20), ((45, 54), 13), ((55, 64), 9),
                         ((65, 79), 5), ((80, 92), 1)],
             "rural": [((14, 17), 6), ((18, 24), 15), ((25, 34), 20),
                       ((35, 44), 19), ((45, 54), 16), ((55, 64), 13),
                       ((65, 79), 9), ((80, 92), 2)]}
EMPTY8 = [""] * 8


class Person:
    __slots__ = ("name", "sur", "gender", "dob", "ppp", "prov", "cccd", "cmnd",
                 "face", "phone", "eth", "nat", "passport")


class Shop:
    __slots__ = ("sid", "carrier", "prov", "kind", "code", "weight", "busy",
                 "devices")


class Gen:
    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.scn = scenario
        self.P = PARAMS[scenario]
        self.rng = random.Random("indep3|%d|%d|%s" % (rows, seed, scenario))
        self.seq = 0
        self.out = []            # (ts, seq, line, slot)
        self.labels = {}         # (carrier, 84nnnnnnnnn) -> (ts, junk, non_owner, pattern)
        self.pat_rows = {}
        self.used_nat = set()
        self.used_imei = set()
        self.used_id = set()
        self.slot_key = []
        self.slot_ts = []
        self.slot_car = []
        self.victims = []        # reservoir of real people (leaked-document pool)
        self.nvict = 0
        self.gid = 0
        self.colperm = None
        self.rec_single = False     # record single-row walk-ins (for trimming)
        self.singles = []
        if scenario == "rural":
            perm = list(range(len(COLUMNS)))
            random.Random("cols|%d" % seed).shuffle(perm)
            self.colperm = perm
        self._month_cache = {}
        self._build_tables()
        self._build_shops()

    # ---------------------------------------------------------------- tables
    def _build_tables(self):
        rng = self.rng
        scn = self.scn
        cw = {c: v[0] for c, v in CARRIERS.items()}
        if scn == "rural":
            cw.update(VIETTEL=0.62, VINAPHONE=0.19, MOBIFONE=0.13)
        self.car_w = WChoice(list(cw.items()))
        self.msisdn_ranges = {c: WChoice(v[4]) for c, v in CARRIERS.items()}
        res = []
        for code, _n, pop, _c in PROVINCES:
            w = pop
            if scn in ("urban", "dense"):
                w *= 8 if code in BIG_METRO else 4 if code in METRO else 0.6
            elif scn == "rural":
                w *= 0.12 if code in METRO else 1.3 if (
                    code in NORTH_HIGHLAND or code in CENTRAL_HIGHLAND) else 1.0
            else:
                w *= 3 if code in BIG_METRO else 1.8 if code in METRO else 1.0
            res.append((code, w))
        self.res_w = WChoice(res)
        self.pop_w = WChoice([(p[0], p[2]) for p in PROVINCES])
        self.migr_w = WChoice(list(MIGRANT_SOURCES.items()))
        self.rural_w = WChoice([(p[0], p[2]) for p in PROVINCES if p[0] not in METRO])
        self.metro_w = WChoice([(c, PROV_POP[c] * (2 if c in BIG_METRO else 1))
                                for c in sorted(METRO)])
        self.age_w = WChoice(AGE_BANDS["rural" if scn == "rural" else "default"])
        self.sur_n = WChoice(SURNAMES_N)
        self.sur_s = WChoice(SURNAMES_S)
        self.mid = {("M", 0): WChoice(MID_M_OLD), ("M", 1): WChoice(MID_M_NEW),
                    ("F", 0): WChoice(MID_F_OLD), ("F", 1): WChoice(MID_F_NEW)}
        self.fres_w = WChoice(FOREIGN_RES_W)
        self.ftour_w = WChoice(FOREIGN_TOUR_W)

        def tacs(n, prefixes):
            out = []
            for i in range(n):
                pre = rng.choice(prefixes)
                out.append((pre + "%0*d" % (8 - len(pre), rng.randrange(10 ** (8 - len(pre)))),
                            1.0 / (i + 3) ** 0.9))
            return out
        self.tac_phone = WChoice(tacs(400, ["35", "35", "35", "86", "86", "01", "99"]))
        self.tac_feature = WChoice(tacs(40, ["35", "86"]))
        self.tac_tablet = WChoice(tacs(30, ["35", "35", "86"]))
        mods = [t for t, _w in tacs(22, ["86", "86", "35"])]
        self.tac_iot = WChoice([(t, 1) for t in mods[0:12]])
        self.tac_router = WChoice([(t, 1) for t in mods[6:16]])
        self.tac_simbox = WChoice([(t, 1) for t in mods[10:22]])
        # months and date profiles
        self.months = []
        for y in range(2014, 2027):
            for m in range(1, 13):
                if y == 2026 and m > 6:
                    break
                nd = calendar.monthrange(y, m)[1]
                if y == 2026 and m == 6:
                    nd = 27
                self.months.append((y, m, lt(y, m, 1), nd))

    def date_profile(self, name):
        c = self._month_cache.get(name)
        if c is not None:
            return c
        yw = YEAR_W[self.scn]
        crack = self.scn == "crackdown"
        pairs = []
        for i, (y, m, _t, nd) in enumerate(self.months):
            w = yw[y]
            if crack and y == 2024:
                w = 1.2 if m < 6 else 5.0
            if name == "app":
                w *= 0 if (y, m) < (2019, 7) else {2019: 0.15, 2020: 0.35, 2021: 0.6,
                                                   2022: 0.85}.get(y, 1.0)
            elif name == "old":
                w = yw[y] if y <= 2021 else 0
            elif name == "recent":
                w = w if (y, m) >= (2023, 3) else 0
            elif name == "cleanup":
                w = 1.0 if (2023, 2) <= (y, m) <= (2024, 4) else (
                    0.25 if (2024, 5) <= (y, m) <= (2026, 6) else 0)
            elif name == "fraud_naive":
                w = FRAUD_NAIVE_W[y] if not crack else (w if y >= 2023 else w * 0.3)
            elif name == "fraud_adapt":
                w = FRAUD_ADAPT_W.get(y, 0) if not crack else (w if y >= 2024 else 0)
            pairs.append((i, w * nd))
        c = WChoice(pairs)
        self._month_cache[name] = c
        return c

    def day(self, profile, lo=T_START, hi=EXPORT - DAY):
        """Start of a random day (local) drawn from a date profile within [lo, hi]."""
        rng = self.rng
        mp = self.date_profile(profile)
        if hi < lo:
            hi = lo
        for _ in range(12):
            y, m, t0, nd = self.months[mp.pick(rng)]
            d = t0 + rng.randrange(nd) * DAY
            if lo <= d + DAY and d <= hi:
                return max(d, lo - lo % DAY)
        return lo - lo % DAY + rng.randrange(max(1, (hi - lo) // DAY + 1)) * DAY

    def at_hour(self, day_ts, hours):
        rng = self.rng
        h = self._hw(hours).pick(rng)
        t = day_ts + h * 3600 + rng.randrange(3600)
        return min(t, EXPORT - 60)

    def _hw(self, hours):
        key = id(hours)
        c = self._month_cache.get(key)
        if c is None:
            c = WChoice(list(enumerate(hours)))
            self._month_cache[key] = c
        return c

    # ---------------------------------------------------------------- people
    def _unique(self, make):
        for _ in range(50):
            v = make()
            if v not in self.used_id:
                self.used_id.add(v)
                return v
        raise RuntimeError("identifier space exhausted")

    def vn_name(self, gender, byear, ppp, sur=None):
        rng = self.rng
        eth = None
        r = rng.random()
        if ppp in NORTH_HIGHLAND and r < 0.45:
            eth = ETH_HMONG if r < 0.2 else ETH_TAI
        elif ppp in CENTRAL_HIGHLAND and r < 0.2:
            eth = ETH_HIGHLAND
        elif ppp in KHMER_AREA and r < 0.2:
            eth = ETH_KHMER
        if eth is not None and sur is None:
            s = rng.choice(eth[0])
            mid = rng.choice(eth[1] if gender == "M" else eth[2])
            given = rng.choice(eth[3])
            return " ".join(x for x in (s, mid, given) if x), s
        if sur is None:
            sur = (self.sur_s if ppp >= "044" else self.sur_n).pick(rng)
        new = 1 if byear >= 1988 or (byear >= 1975 and rng.random() < 0.3) else 0
        mid = self.mid[(gender, new)].pick(rng)
        given = rng.choice(GIVEN_M if gender == "M" else GIVEN_F)
        parts = [sur, mid]
        if new and rng.random() < 0.12:
            m2 = self.mid[(gender, 1)].pick(rng)
            if m2 != mid and m2 not in ("Thị", "Văn"):
                parts.append(m2)
        if gender == "F" and rng.random() < 0.02:
            parts = [sur, "Tôn Nữ" if rng.random() < 0.5 else "Thị"] + parts[2:]
        if given == parts[-1]:
            given = rng.choice(GIVEN_M if gender == "M" else GIVEN_F)
        parts.append(given)
        return " ".join(parts), sur

    def new_person(self, ref_ts=None, age=None, prov=None, ppp=None, gender=None,
                   sur=None, phone_kind=None, remember=True):
        rng = self.rng
        p = Person()
        if ref_ts is None:
            ref_ts = self.day("legit")
        ry = ts_year(ref_ts)
        if age is None:
            lo, hi = self.age_w.pick(rng)
            a = rng.randint(lo, hi)
        else:
            a = rng.randint(age[0], age[1])
        by = ry - a
        bm = rng.randint(1, 12)
        bd = rng.randint(1, calendar.monthrange(by, bm)[1])
        if (bm, bd) > time.gmtime(ref_ts)[1:3]:
            by -= 1       # not had the birthday yet: keeps age >= lower bound
            if bm == 2 and bd == 29 and not calendar.isleap(by):
                bd = 28
        p.dob = (by, bm, bd)
        p.gender = gender or ("M" if rng.random() < 0.5 else "F")
        p.prov = prov or self.res_w.pick(rng)
        if ppp is None:
            stay = 0.85 if self.scn == "rural" or p.prov not in METRO else 0.55
            r = rng.random()
            ppp = p.prov if r < stay else (self.migr_w.pick(rng) if r < stay + (1 - stay) * 0.6
                                          else self.pop_w.pick(rng))
        p.ppp = ppp
        p.name, p.sur = self.vn_name(p.gender, by, ppp, sur)
        g = (by - 1900) // 100 * 2 + (1 if p.gender == "F" else 0)
        p.cccd = self._unique(lambda: "%s%d%02d%06d" % (ppp, g, by % 100, rng.randrange(10 ** 6)))
        p.cmnd = None
        if by <= 2006 and rng.random() < 0.93:
            if rng.random() < 0.04:
                p.cmnd = self._unique(lambda: "%012d" % rng.randrange(10 ** 11, 4 * 10 ** 11))
            else:
                pre = CMND_PREFIX[p.prov if rng.random() < 0.8 else ppp]

                def mk():
                    v = pre + "%0*d" % (9 - len(pre), rng.randrange(10 ** (9 - len(pre))))
                    if CMND_COLLIDE_LO <= int(v) <= CMND_COLLIDE_HI:
                        return "0"
                    return v
                p.cmnd = self._unique(mk)
                if p.cmnd == "0":
                    p.cmnd = None
        p.face = rng.getrandbits(64)
        if phone_kind is None:
            phone_kind = "feature" if (a > 68 and rng.random() < 0.55) else "phone"
        p.phone = self.new_imei(phone_kind)
        p.eth = None
        p.nat = "VN"
        p.passport = None
        if remember:
            self.remember(p)
        return p

    def remember(self, p):
        self.nvict += 1
        if len(self.victims) < 60000:
            self.victims.append(p)
        else:
            j = self.rng.randrange(self.nvict)
            if j < 60000:
                self.victims[j] = p

    def victim(self, fresh_share=0.5, age=None, ts=None):
        """A real person whose documents leaked: often someone who also has
        own genuine subscriptions in the batch (old enough at time ts)."""
        rng = self.rng
        if self.victims and rng.random() > fresh_share and age is None:
            for _ in range(6):
                p = self.victims[rng.randrange(len(self.victims))]
                if ts is None or (p.cccd and 16 <= self.age(p, ts) <= 90):
                    return p
        return self.new_person(ts or self.day("legit"), age=age or (16, 75),
                               prov=self.pop_w.pick(rng), remember=False)

    def foreigner(self, tourist=False, ref_ts=None):
        rng = self.rng
        p = Person()
        nat = (self.ftour_w if tourist else self.fres_w).pick(rng)
        surs, givs, east, pfmt = FOREIGN[nat]
        s, gv = rng.choice(surs), rng.choice(givs)
        p.name = (s + " " + gv) if east else (gv + " " + s)
        p.sur = s
        p.gender = "M" if rng.random() < (0.5 if tourist else 0.68) else "F"
        ry = ts_year(ref_ts or EXPORT)
        by = ry - rng.randint(20 if tourist else 23, 70 if tourist else 62)
        bm = rng.randint(1, 12)
        p.dob = (by, bm, rng.randint(1, 28))
        p.ppp = p.prov = None
        p.cccd = p.cmnd = None
        p.nat = nat
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"

        def mk():
            if pfmt == "KR":
                return "M%08d" % rng.randrange(10 ** 8)
            if pfmt == "CN":
                return "E%s%07d" % (rng.choice(L), rng.randrange(10 ** 7))
            if pfmt == "JP":
                return "T%s%07d" % (rng.choice("KRSZ"), rng.randrange(10 ** 7))
            if pfmt == "TW":
                return "3%08d" % rng.randrange(10 ** 8)
            if pfmt == "AU":
                return "P%s%07d" % (rng.choice("ABCDE"), rng.randrange(10 ** 7))
            if pfmt == "FR":
                return "%02d%s%s%05d" % (rng.randrange(100), rng.choice(L), rng.choice(L),
                                         rng.randrange(10 ** 5))
            if pfmt == "DE":
                return "C" + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
            if pfmt in ("TH", "KH"):
                return "%s%s%07d" % (rng.choice(L), rng.choice(L), rng.randrange(10 ** 7))
            if pfmt == "IN":
                return "%s%07d" % (rng.choice(L), rng.randrange(10 ** 7))
            if pfmt == "PH":
                return "P%07d%s" % (rng.randrange(10 ** 7), rng.choice("ABC"))
            return "%09d" % rng.randrange(10 ** 8, 10 ** 9)
        p.passport = self._unique(mk)
        p.face = rng.getrandbits(64)
        p.phone = self.new_imei("phone")
        p.eth = None
        return p

    def doc(self, p, ts):
        """(id_type, id_number) a person presents at time ts."""
        if p.passport and not p.cccd:
            return "PASSPORT", p.passport
        if p.cmnd and ts < D_CMND_END:
            y = ts_year(ts)
            pc = 0.95 if y < 2016 else 0.85 if y < 2019 else 0.65 if y < 2021 else (
                0.35 if y == 2021 else 0.15 if y == 2022 else 0.05)
            if self.scn == "rural":
                pc = min(0.98, pc * 1.4)
            if self.rng.random() < pc:
                return "CMND", p.cmnd
        return "CCCD", p.cccd

    def age(self, p, ts):
        y, m, d = time.gmtime(ts)[:3]
        a = y - p.dob[0]
        if (m, d) < p.dob[1:]:
            a -= 1
        return a

    # -------------------------------------------------------------- devices
    def new_imei(self, kind="phone"):
        rng = self.rng
        pool = {"phone": self.tac_phone, "feature": self.tac_feature,
                "tablet": self.tac_tablet, "iot": self.tac_iot,
                "router": self.tac_router, "simbox": self.tac_simbox}[kind]
        while True:
            body = pool.pick(rng) + "%06d" % rng.randrange(10 ** 6)
            if body not in self.used_imei:
                self.used_imei.add(body)
                return body + luhn_digit(body)

    def imei_run(self, kind, k):
        """k consecutive IMEIs of one model (giveaway phones, SIM-box ports)."""
        rng = self.rng
        pool = {"feature": self.tac_feature, "simbox": self.tac_simbox,
                "iot": self.tac_iot, "phone": self.tac_phone}[kind]
        tac = pool.pick(rng)
        start = rng.randrange(10 ** 6 - k - 1)
        out = []
        for i in range(k):
            body = tac + "%06d" % (start + i)
            self.used_imei.add(body)
            out.append(body + luhn_digit(body))
        return out

    # ---------------------------------------------------------------- shops
    def _build_shops(self):
        rng = self.rng
        n = max(40, int(self.N / 1000.0 * self.P["shops"]))
        self.shops = []
        self.shop_by_car = {}
        self.shop_by_cp = {}
        counters = {}
        alpha = self.P["alpha"]
        for c in CARRIER_NAMES:
            share = CARRIERS[c][0]
            k = max(3 if c in BIG3 else 1, int(round(n * share)))
            for _ in range(k):
                s = Shop()
                s.sid = len(self.shops)
                s.carrier = c
                s.kind = "STORE" if rng.random() < (0.14 if c in BIG3 else 0.3) else "AGENT"
                s.prov = (self.metro_w.pick(rng) if (s.kind == "STORE" and rng.random() < 0.4
                                                      and self.scn != "rural")
                          else self.res_w.pick(rng))
                w = min(400.0, (1.0 - rng.random()) ** (-1.0 / alpha))
                if s.kind == "STORE":
                    w *= 2.0
                s.weight = w
                counters[c] = counters.get(c, 0) + 1
                kk = "CH" if s.kind == "STORE" else "DB"
                st = STORE_CODE_STYLE.get(c, c[:3] + "{p}{k}{n:04d}")
                s.code = st.format(p=s.prov, k=kk, n=counters[c] * 7 + rng.randrange(7))
                s.busy = False
                s.devices = []
                self.shops.append(s)
        # busiest city shops become "busy" (queues, several tablets)
        if self.scn != "rural":
            metro = sorted((s for s in self.shops if s.prov in METRO and s.carrier in BIG3),
                           key=lambda s: -s.weight)
            for s in metro[:max(2, len(metro) // 25)]:
                s.busy = True
                s.weight *= 3
        self.busy_shops = [s for s in self.shops if s.busy]
        for s in self.shops:
            nd = rng.randint(3, 8) if s.busy else (rng.randint(1, 3) if s.kind == "STORE"
                                                    else rng.randint(1, 2))
            s.devices = [self.new_imei("tablet" if (s.kind == "STORE" or rng.random() < 0.3)
                                       else "phone") for _ in range(nd)]
            if s.busy:
                continue
            self.shop_by_car.setdefault(s.carrier, []).append((s, s.weight))
            self.shop_by_cp.setdefault((s.carrier, s.prov), []).append((s, s.weight))
        self.shop_by_car = {k: WChoice(v) for k, v in self.shop_by_car.items()}
        self.shop_by_cp = {k: WChoice(v) for k, v in self.shop_by_cp.items()}
        self.agents_by_car = {}
        for s in self.shops:
            if s.kind == "AGENT" and not s.busy:
                self.agents_by_car.setdefault(s.carrier, []).append(s)

    def shop(self, carrier, prov=None, local=0.8):
        rng = self.rng
        if prov is not None and rng.random() < local:
            w = self.shop_by_cp.get((carrier, prov))
            if w is not None:
                return w.pick(rng)
        return self.shop_by_car[carrier].pick(rng)

    def store(self, carrier, prov):
        """A carrier-owned store in the province (else one in a big city)."""
        if not hasattr(self, "_stores"):
            self._stores = {}
            for x in self.shops:
                if x.kind == "STORE" and x.weight > 0:
                    self._stores.setdefault((x.carrier, x.prov), []).append(x)
                    self._stores.setdefault((x.carrier, None), []).append(x)
        lst = self._stores.get((carrier, prov)) or self._stores.get((carrier, None))
        if not lst:
            return self.shop(carrier, prov, 1.0)
        return self.rng.choice(lst)

    def agent(self, carrier, prov=None):
        """A small or medium dealer (used by complicit-dealer patterns)."""
        rng = self.rng
        lst = self.agents_by_car.get(carrier) or [x for x in self.shops if x.carrier == carrier]
        if prov is not None:
            loc = [s for s in lst if s.prov == prov]
            if loc and rng.random() < 0.85:
                return rng.choice(loc)
        return rng.choice(lst)

    def shop_device(self, s, ts):
        if len(s.devices) == 1:
            return s.devices[0]
        if s.busy or s.kind == "STORE":
            return self.rng.choice(s.devices)
        return s.devices[min(len(s.devices) - 1, max(0, ts_year(ts) - 2014) // 5)]

    def carrier(self):
        return self.car_w.pick(self.rng)

    # --------------------------------------------------------------- numbers
    def msisdn(self, carrier, ported=False):
        rng = self.rng
        src = carrier
        if ported:
            src = rng.choice([c for c in ("VIETTEL", "VINAPHONE", "MOBIFONE",
                                          "VIETNAMOBILE", "ITEL") if c != carrier])
        wr = self.msisdn_ranges[src]
        while True:
            pre = wr.pick(rng)
            rest = 9 - len(pre)
            nat = pre + "%0*d" % (rest, rng.randrange(10 ** rest))
            if nat not in self.used_nat:
                self.used_nat.add(nat)
                return nat

    def msisdn_block(self, carrier, k, gaps=0.0):
        """k ascending numbers from one range (a kit box / an org number block)."""
        rng = self.rng
        wr = self.msisdn_ranges[carrier]
        for _ in range(100):
            pre = wr.pick(rng)
            rest = 9 - len(pre)
            span = int(k * (1 + gaps * 3)) + 2
            if 10 ** rest <= span:
                continue
            base = rng.randrange(10 ** rest - span)
            out = []
            v = base
            ok = True
            for _i in range(k):
                nat = pre + "%0*d" % (rest, v)
                if nat in self.used_nat:
                    ok = False
                    break
                out.append(nat)
                v += 1 + (rng.randrange(1, 4) if rng.random() < gaps else 0)
            if ok:
                self.used_nat.update(out)
                return out
        return [self.msisdn(carrier) for _ in range(k)]

    def new_slot(self, key, ts, carrier):
        """A SIM (ICCID/IMSI) taken from a stock `key`; resolved at the end so
        that consecutive sales from one stock get consecutive ICCIDs in time."""
        if CARRIERS[carrier][1] is None:
            return -1
        self.slot_key.append(key)
        self.slot_ts.append(ts)
        self.slot_car.append(carrier)
        return len(self.slot_key) - 1

    def _resolve_slots(self):
        rng = self.rng
        n = len(self.slot_key)
        iccid = [""] * n
        imsi = [""] * n
        nextser = {c: rng.randrange(10 ** 9, 5 * 10 ** 9) for c in CARRIERS}
        imsi_off = {c: rng.randrange(10 ** 9) for c in CARRIERS}
        groups = {}
        for i in range(n):
            groups.setdefault(self.slot_key[i], []).append(i)
        for key in sorted(groups, key=lambda k: (str(k[0]), str(k[1]), str(k[2:]))):
            idx = groups[key]
            idx.sort(key=lambda i: (self.slot_ts[i], i))
            car = self.slot_car[idx[0]]
            _w, iss, mnc, L, _r = CARRIERS[car]
            box = 100 if key[0] == "shop" else 500 if key[0] in ("org", "batch", "wh") else 1
            left = 0
            ser = 0
            prev = None
            for i in idx:
                t = self.slot_ts[i]
                if prev is not None and left > 0 and box > 1:
                    gap = t - prev
                    if gap > 2 * DAY:
                        left = 0            # rest of the box went to customers not in this batch
                    elif gap > 3600 and key[0] == "shop":
                        skip = min(left - 1, rng.randint(0, min(25, gap // 3600)))
                        ser += skip
                        left -= skip
                prev = t
                if left <= 0:
                    nextser[car] += rng.randrange(50, 5000)
                    ser = nextser[car]
                    nextser[car] += box
                    left = box
                    if key[0] == "shop":       # a box may have been partly sold already
                        skip = rng.randrange(0, 30) if rng.random() < 0.3 else 0
                        ser += skip
                        left -= skip
                body = "8984" + iss + "%0*d" % (L - 7, ser)
                iccid[i] = body + luhn_digit(body)
                imsi[i] = "452" + mnc + "%010d" % ((ser + imsi_off[car]) % 10 ** 10)
                ser += 1
                left -= 1
                if key[0] == "shop" and left > 0 and rng.random() < 0.04:
                    ser += 1        # damaged / returned kit
                    left -= 1
        return iccid, imsi

    # ------------------------------------------------------------------ emit
    def emit(self, carrier, nat, ts, pattern, *, slot=-1, org=False, id_type, id_number,
             name, dob=None, gender="", nationality="VN", province="", channel="",
             agent="", device="", selfie=None, fm=None, popdb="UNCHECKED",
             status="ACTIVE", fu="", usage=None, name_kind=None):
        rng = self.rng
        r = rng.random()
        ctext = carrier if r > 0.03 else (carrier.title() if r > 0.01 else carrier.lower())
        st = MSISDN_STYLE.get(carrier, (0.9, 0.07, 0.03))
        r = rng.random()
        mtext = ("0" + nat) if r < st[0] else ("84" + nat) if r < st[0] + st[1] else ("+84" + nat)
        iccid = imsi = ""
        if slot >= 0:
            if rng.random() < 0.985:
                iccid = "\x1e"
            if rng.random() < 0.95:
                imsi = "\x1f"
        if org:
            stype = "ORGANIZATION"
        else:
            stype = "INDIVIDUAL" if rng.random() < 0.8 else ""
        if name_kind is None:
            p = NAME_MESS.get(carrier, 0.05) + (0.08 if ts < lt(2018, 1, 1) else 0)
            r = rng.random()
            if r < p:
                r2 = rng.random()
                name_kind = 2 if r2 < 0.6 else 1 if r2 < 0.9 else 3
            elif r < p + 0.004:
                name_kind = 4
            elif r < p + 0.006:
                name_kind = 5
            else:
                name_kind = 0
        nm = name_form(name, name_kind) if name_kind else name
        if "," in nm or '"' in nm:
            nm = '"' + nm.replace('"', '""') + '"'
        if nationality == "VN" and rng.random() < 0.25:
            nationality = ""
        if province and rng.random() < 0.08:
            province = ""
        if gender and rng.random() < 0.04:
            gender = ""
        if device and rng.random() < 0.03:
            device = ""
        sh = ""
        if selfie is not None:
            sh = "%016x" % selfie
            if carrier == "VIETNAMOBILE":
                sh = sh.upper()
        fms = ""
        if fm is not None:
            fms = ("%.2f" if carrier == "MOBIFONE" else "%.3f") % fm
        if popdb == "UNCHECKED" and rng.random() < 0.5:
            popdb = ""
        if status == "ACTIVE" and rng.random() < 0.12:
            status = ""
        if channel and ts < lt(2017, 1, 1) and rng.random() < 0.15:
            channel = ""
        f = [ctext, mtext, imsi, iccid, stype, id_type, id_number, nm,
             fmt_dob(dob) if dob else "", gender, nationality, province,
             fmt_ts(ts, rng.random() < 0.03), channel, agent, device, sh, fms, popdb,
             status, fu]
        f.extend(usage if usage is not None else EMPTY8)
        if self.colperm is not None:
            f = [f[i] for i in self.colperm]
        self.seq += 1
        self.out.append((ts, self.seq, ",".join(f), slot))
        if self.rec_single:
            self.singles.append((len(self.out) - 1, carrier, nat))
        self.pat_rows[pattern] = self.pat_rows.get(pattern, 0) + 1

    def label(self, carrier, nat, ts, junk, non_owner, pattern):
        key = (carrier, "84" + nat)
        old = self.labels.get(key)
        if old is None or old[0] <= ts:
            self.labels[key] = (ts, junk, non_owner, pattern)

    # -------------------------------------------------------- verification
    def p_selfie(self, ts, channel):
        if channel == "EKYC_APP":
            return 0.98
        if ts < D_SELFIE_SHOP:
            return 0.0
        if ts < D_POPDB:
            return 0.12
        if ts < lt(2024, 1, 1):
            return 0.55
        if ts < lt(2025, 1, 1):
            return 0.8
        if ts < D_C08:
            return 0.93
        return 0.995

    def face_fields(self, ts, channel, face, mode="genuine", force=None):
        """(selfie_hash, face_match) for a capture of `face` (an int hash).
        mode: genuine | old_photo | impostor | leaked | stock."""
        rng = self.rng
        cap = force if force is not None else rng.random() < self.p_selfie(ts, channel)
        if not cap or face is None:
            return None, None
        k = rng.choice((0, 1, 1, 2, 2, 2, 3, 3, 4, 5))
        h = flip_bits(rng, face, k)
        if mode == "genuine":
            fm = clamp(rng.gauss(0.9, 0.045), 0.62, 0.995)
        elif mode == "old_photo":
            fm = clamp(rng.gauss(0.76, 0.08), 0.5, 0.95)
        elif mode == "impostor":
            fm = clamp(rng.gauss(0.38, 0.13), 0.05, 0.8)
        elif mode == "leaked":
            fm = clamp(rng.gauss(0.9, 0.05), 0.65, 0.995)
        else:
            fm = clamp(rng.gauss(0.3, 0.12), 0.03, 0.7)
        return h, round(fm, 3)

    def popdb(self, ts, kind="real", current=True):
        """kind: real | typo | idtypo | fabricated | foreign."""
        r = self.rng.random()
        if kind == "foreign":
            return "UNCHECKED" if r < 0.8 else "NOT_FOUND"
        if ts < D_POPDB:
            if not current:
                return "UNCHECKED"
            if kind == "real":
                return "MATCH" if r < 0.55 else "UNCHECKED"
            if kind == "fabricated":
                return "NOT_FOUND" if r < 0.5 else "UNCHECKED"
            return "MISMATCH" if r < 0.5 else "UNCHECKED"
        if kind == "real":
            return "MATCH" if r < 0.975 else "UNCHECKED" if r < 0.99 else "MISMATCH"
        if kind == "fabricated":
            return "NOT_FOUND" if r < 0.65 else "MISMATCH" if r < 0.9 else "UNCHECKED"
        if kind == "idtypo":
            return "NOT_FOUND" if r < 0.6 else "MISMATCH"
        return "MISMATCH" if r < 0.88 else "NOT_FOUND"

    def status(self, ts, fraud=False, popdb="MATCH", prof="normal", id_type="CCCD"):
        r = self.rng.random()
        bad = popdb in ("MISMATCH", "NOT_FOUND") and ts < EXPORT - 20 * DAY
        if fraud:
            if bad:
                return ("ACTIVE" if r < 0.25 else "ONE_WAY_LOCKED" if r < 0.55 else
                        "TWO_WAY_LOCKED" if r < 0.75 else "TERMINATED")
            act = 0.55 + 0.25 * self.P["adapt"]
            return ("ACTIVE" if r < act else "ONE_WAY_LOCKED" if r < act + 0.2 else
                    "TWO_WAY_LOCKED" if r < act + 0.28 else "TERMINATED")
        if bad:
            return ("ACTIVE" if r < 0.35 else "ONE_WAY_LOCKED" if r < 0.7 else
                    "TWO_WAY_LOCKED" if r < 0.88 else "TERMINATED")
        lock = 0.04 if prof not in ("backup", "elderly", "unused") else 0.14
        if id_type == "CMND":
            lock += 0.35
        return ("ONE_WAY_LOCKED" if r < lock else "TWO_WAY_LOCKED" if r < lock + 0.01 else
                "TERMINATED" if r < lock + 0.03 else "ACTIVE")

    # ---------------------------------------------------------------- usage
    def usage(self, prof, ts, carrier):
        """Early-life usage (first 30 days); empty strings = unknown."""
        rng = self.rng
        if EXPORT - ts < 31 * DAY:
            return EMPTY8
        y = ts_year(ts)
        avail = 0.93 if y >= 2021 else 0.5 if y >= 2018 else 0.15
        avail *= self.P["usage"]
        if carrier not in BIG3:
            avail *= 0.7
        if rng.random() > avail:
            return EMPTY8
        v = self._usage_values(prof)
        out = [str(x) for x in v]
        if carrier in ("GMOBILE", "REDDI", "WINTEL", "LOCAL", "ASIM", "DIGILIFE"):
            out[5] = ""
            if rng.random() < 0.5:
                out[6] = ""
        for i in range(8):
            if rng.random() < 0.02:
                out[i] = ""
        return out

    def _usage_values(self, prof):
        rng = self.rng
        lg = lambda mu, s: int(math.exp(rng.gauss(mu, s)))  # noqa: E731
        topup = lambda ch: rng.choice(ch)                    # noqa: E731
        NORMAL_TOP = (0, 10000, 20000, 20000, 50000, 50000, 50000, 100000, 100000,
                      120000, 200000, 300000, 500000)
        if prof == "unused":
            return [0] * 8
        if prof == "normal" or prof == "heavy":
            b = 0.8 if prof == "heavy" else 0.0
            ad = min(30, max(3, int(rng.triangular(5, 31, 29))))
            oc = lg(3.4 + b, 0.9)
            ic = lg(3.4 + b * 0.7, 0.8)
            os_ = lg(1.2, 1.2) if rng.random() < 0.7 else 0
            is_ = lg(3.0, 0.7)
            dc = min(oc + os_, max(1 if oc else 0, int(oc * rng.uniform(0.15, 0.55)) + rng.randint(0, 5)))
            return [ad, oc, ic, os_, is_, dc, topup(NORMAL_TOP), lg(7.6 + b * 0.5, 1.1)]
        if prof == "youth":
            ad = rng.randint(15, 30)
            oc = lg(2.3, 0.9)
            ic = lg(2.5, 0.8)
            os_ = lg(1.0, 1.0)
            return [ad, oc, ic, os_, lg(2.8, 0.7), min(oc + os_, lg(1.8, 0.7)),
                    topup((10000, 20000, 50000, 70000, 90000, 120000)), lg(8.8, 0.8)]
        if prof == "elderly":
            ad = rng.randint(6, 30)
            oc = lg(1.8, 0.8)
            ic = lg(3.0, 0.7)
            return [ad, oc, ic, 0 if rng.random() < 0.8 else rng.randint(1, 3),
                    lg(1.8, 0.8), min(oc, lg(1.1, 0.6)),
                    topup((0, 10000, 20000, 20000, 50000)),
                    0 if rng.random() < 0.5 else lg(3.5, 1.5)]
        if prof == "backup":
            ad = rng.randint(0, 6) if rng.random() < 0.8 else 0
            if ad == 0:
                return [0] * 8
            oc = rng.randint(0, 3)
            return [ad, oc, rng.randint(0, 4), 0, rng.randint(1, 12), min(oc, rng.randint(0, 2)),
                    rng.choice((0, 0, 0, 10000, 20000)), rng.randint(0, 30)]
        if prof == "data_only":
            return [rng.randint(18, 30), 0, 0, 0, rng.randint(0, 5), 0,
                    topup((0, 50000, 70000, 90000, 120000, 200000, 300000)), lg(9.6, 0.9)]
        if prof == "iot":
            return [rng.randint(24, 30), 0, 0, rng.randint(0, 40), rng.randint(0, 40),
                    rng.randint(0, 1), 0, lg(3.0, 1.2)]
        if prof == "fleet":
            oc = lg(4.6, 0.6)
            return [rng.randint(20, 30), oc, lg(4.4, 0.6), rng.randint(0, 20),
                    rng.randint(3, 40), min(oc, lg(3.4, 0.6)), 0, lg(7.5, 0.8)]
        if prof == "callcentre":
            oc = lg(6.8, 0.5)
            return [rng.randint(18, 26), oc, lg(4.2, 0.8), rng.randint(0, 50),
                    rng.randint(0, 30), int(oc * rng.uniform(0.55, 0.92)), 0, lg(3.0, 1.3)]
        if prof == "tourist":
            oc = rng.randint(0, 15)
            return [rng.randint(4, 20), oc, rng.randint(0, 10), rng.randint(0, 5),
                    rng.randint(3, 30), min(oc, rng.randint(0, 8)),
                    rng.choice((0, 0, 0, 100000, 200000)), lg(8.5, 0.8)]
        if prof == "scam":
            oc = lg(5.8, 0.8)
            return [rng.randint(2, 25), oc, rng.randint(0, 25), rng.randint(0, 40),
                    rng.randint(0, 30), int(oc * rng.uniform(0.65, 0.97)),
                    topup((50000, 100000, 200000, 300000, 500000, 1000000)), rng.randint(0, 200)]
        if prof == "spam_sms":
            os_ = lg(6.8, 0.8)
            oc = rng.randint(0, 30)
            return [rng.randint(2, 20), oc, rng.randint(0, 10), os_, rng.randint(0, 10),
                    int((os_ + oc) * rng.uniform(0.6, 0.95)),
                    topup((100000, 200000, 500000)), rng.randint(0, 50)]
        if prof == "otp":
            oc = rng.randint(0, 2)
            return [rng.randint(8, 30), oc, rng.randint(0, 3), rng.randint(0, 2),
                    lg(5.0, 0.7), min(oc, 1), rng.choice((0, 0, 0, 10000)), 0]
        if prof == "resold_data":
            oc = rng.randint(0, 5)
            return [rng.randint(12, 30), oc, rng.randint(0, 5), 0, rng.randint(0, 10),
                    min(oc, 3), 0, lg(9.5, 1.0)]
        if prof == "warmed":
            oc = lg(3.7, 0.6)
            os_ = rng.randint(0, 20)
            return [rng.randint(12, 29), oc, lg(3.0, 0.6), os_, lg(2.6, 0.6),
                    min(oc + os_, int(oc * rng.uniform(0.25, 0.7)) + 1),
                    topup((20000, 50000, 50000, 100000)), lg(6.5, 1.2)]
        if prof == "swap":
            oc = rng.randint(0, 10)
            return [rng.randint(1, 6), oc, rng.randint(0, 5), rng.randint(0, 3),
                    rng.randint(10, 80), min(oc, 5), rng.choice((0, 0, 20000, 50000)),
                    rng.randint(0, 500)]
        raise ValueError(prof)

    def gsize(self, pattern, lo, hi, frac=0.3):
        """Group size in [lo, hi], bounded by a fraction of the pattern budget
        so that every pattern gets several groups."""
        b = self.budget.get(pattern, 0)
        cap = max(lo, int(b * frac))
        return self.rng.randint(lo, max(lo, min(hi, cap)))


    # ================================================================ helpers
    def reg(self, p, carrier, ts, channel, pattern, *, shop=None, device=None, nat=None,
            slot=None, slot_key=None, prof="normal", face_mode="genuine", face=None,
            fu=None, doc=None, popkind="real", current=True, name=None, name_kind=None,
            dob=None, gender=None, province=None, status=None, usage=None, junk=0, non=0,
            selfie=False, fm=None, popdb=None, force_face=None, org=False):
        """Emit one registration row of person p and label the subscription."""
        rng = self.rng
        if nat is None:
            nat = self.msisdn(carrier)
        if doc is None:
            doc = self.doc(p, ts)
        elif doc[0] == "CMND" and ts >= D_CMND_END and p.cccd:
            doc = ("CCCD", p.cccd)
        if shop is not None and shop.carrier != carrier:
            raise AssertionError("shop/carrier mismatch in " + pattern)
        agent = shop.code if (shop is not None and channel in ("STORE", "AGENT")) else ""
        if device is None:
            device = self.shop_device(shop, ts) if shop is not None else p.phone
        if slot is None:
            if slot_key is None:
                if shop is not None and channel in ("STORE", "AGENT"):
                    slot_key = ("shop", shop.sid, carrier)
                elif channel == "ONLINE":
                    slot_key = ("wh", carrier, ts_year(ts))
                else:
                    slot_key = ("rand", self.seq + 1, carrier)
            slot = self.new_slot(slot_key, ts, carrier)
        if selfie is False:
            selfie, fm = self.face_fields(ts, channel, p.face if face is None else face,
                                          face_mode, force_face)
        if popdb is None:
            popdb = self.popdb(ts, "foreign" if doc[0] == "PASSPORT" else popkind, current)
        if usage is None:
            usage = self.usage(prof, ts, carrier)
        if status is None:
            status = self.status(ts, bool(junk or non), popdb, prof, doc[0])
        if usage[0] == "0":
            fu = ""
        elif fu is None:
            if usage[0] == "" and rng.random() < 0.4:
                fu = ""
            else:
                fu = p.phone if rng.random() < 0.92 else self.new_imei("phone")
        self.emit(carrier, nat, ts, pattern, slot=slot, org=org, id_type=doc[0],
                  id_number=doc[1], name=name or p.name, dob=dob or p.dob,
                  gender=p.gender if gender is None else gender,
                  nationality=p.nat, province=(p.prov or "") if province is None else province,
                  channel=channel, agent=agent, device=device, selfie=selfie, fm=fm,
                  popdb=popdb, status=status, fu=fu, usage=usage, name_kind=name_kind)
        self.label(carrier, nat, ts, junk, non, pattern)
        return nat, slot

    def prof_for(self, p, ts):
        a = self.age(p, ts)
        r = self.rng.random()
        if r < 0.008:
            return "unused"          # bought for later, a gift, a trip abroad...
        if a >= 68:
            return "elderly"
        if a <= 24:
            return "youth" if r < 0.6 else "normal"
        return "heavy" if r < 0.12 else "normal"

    def app_or_shop(self, ts):
        """Channel choice for a single registration at time ts."""
        r = self.rng.random()
        if ts < D_APP:
            return "SHOP"
        share = {2019: 0.05, 2020: 0.12, 2021: 0.2, 2022: 0.26, 2023: 0.3}.get(
            ts_year(ts), 0.36) * self.P["app"]
        return "EKYC_APP" if r < share else "SHOP"

    def nid(self):
        self.gid += 1
        return self.gid

    # ===================================================== legit: everyday
    def g_walkin(self):
        rng = self.rng
        c = self.carrier()
        d = self.day("legit")
        p0 = self.new_person(d)
        s = self.shop(c, p0.prov)
        pb = {"urban": 0.022, "dense": 0.02, "crackdown": 0.015}.get(self.scn, 0)
        if not self.busy_shops or rng.random() >= pb:
            ts = self.at_hour(d, HOURS_SHOP)
            self.rec_single = True
            self.reg(p0, c, ts, s.kind, "walkin_shop", shop=s, prof=self.prof_for(p0, ts))
            self.rec_single = False
            return
        s = rng.choice(self.busy_shops)
        c = s.carrier
        k = self.gsize("busy_shop", 6, 50, 0.05)
        t = d + 8 * 3600 + rng.randrange(1800)
        for i in range(k):
            p = p0 if i == 0 else self.new_person(d, prov=s.prov if rng.random() < 0.8 else None)
            t += rng.randrange(60, 900) // max(1, len(s.devices) // 2)
            if t > d + 21 * 3600:
                t = d + 8 * 3600 + rng.randrange(13 * 3600)
            self.reg(p, c, min(t, EXPORT - 60), s.kind, "busy_shop", shop=s,
                     prof=self.prof_for(p, t))

    def g_app(self):
        rng = self.rng
        c = self.carrier()
        ts = self.at_hour(self.day("app"), HOURS_APP)
        p = self.new_person(ts, age=(16, 60))
        ch = "EKYC_APP" if rng.random() < 0.88 else "ONLINE"
        dev = p.phone if (ch == "EKYC_APP" or rng.random() < 0.7) else ""
        self.reg(p, c, ts, ch, "app_selfservice", device=dev, prof=self.prof_for(p, ts),
                 fu=p.phone if rng.random() < 0.85 else None)

    def g_courier(self):
        rng = self.rng
        c = rng.choice(BIG3) if rng.random() < 0.9 else self.carrier()
        prov = self.metro_w.pick(rng)
        courier = self.new_imei("phone")
        ndays = rng.randint(1, 6)
        d0 = self.day("app", lo=lt(2021, 1, 1))
        for _ in range(ndays):
            d = d0 + rng.randrange(0, 60) * DAY
            if d >= EXPORT - DAY:
                continue
            for _j in range(rng.randint(3, 14)):
                p = self.new_person(d, prov=prov, age=(18, 55))
                ts = self.at_hour(d, HOURS_OFFICE)
                self.reg(p, c, ts, "ONLINE", "courier_delivery", device=courier,
                         prof=self.prof_for(p, ts))

    def g_family(self):
        rng = self.rng
        d = self.day("legit")
        prov = self.res_w.pick(rng)
        fa = self.new_person(d, age=(35, 58), prov=prov, gender="M")
        mo = self.new_person(d, age=(32, 55), prov=prov, gender="F", ppp=fa.ppp if rng.random() < 0.6 else None)
        mem = [fa, mo]
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            kid = self.new_person(d, age=(14, 26), prov=prov, ppp=prov, sur=fa.sur)
            mem.append(kid)
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            gp = self.new_person(d, age=(62, 88), prov=prov, ppp=fa.ppp, sur=fa.sur if rng.random() < 0.5 else None)
            mem.append(gp)
        c = self.carrier() if rng.random() < 0.3 else rng.choice(BIG3)
        use_app = d >= D_APP + 180 * DAY and rng.random() < 0.6 * self.P["app"] + 0.2
        if use_app:
            young = [m for m in mem if 18 <= self.age(m, d) <= 40] or [fa]
            dev = rng.choice(young).phone
            t = self.at_hour(d, HOURS_APP)
            for m in mem:
                cc = c if rng.random() < 0.8 else self.carrier()
                mode = "old_photo" if self.age(m, t) > 60 else "genuine"
                self.reg(m, cc, t, "EKYC_APP", "family_shared_phone", device=dev,
                         face_mode=mode, prof=self.prof_for(m, t))
                t += rng.randrange(120, 1500) if rng.random() < 0.7 else rng.randrange(1, 9) * DAY
                t = min(t, EXPORT - 60)
        else:
            s = self.shop(c, prov, 0.95)
            t = self.at_hour(d, HOURS_SHOP)
            for m in mem:
                mode = "old_photo" if self.age(m, t) > 60 else "genuine"
                self.reg(m, c, t, s.kind, "family_shared_phone", shop=s, face_mode=mode,
                         prof=self.prof_for(m, t))
                t = min(t + rng.randrange(90, 700), EXPORT - 60)

    def g_multi(self):
        rng = self.rng
        n = rng.choice((2, 2, 3, 3, 4, 5, 6, 7))
        times = sorted(self.day("legit") for _ in range(n))
        p = self.new_person(times[0], age=(20, 58))
        home = rng.choice(BIG3)
        second = self.new_imei("phone")
        count = {}
        for i, d in enumerate(times):
            c = home if rng.random() < 0.55 else self.carrier()
            count[c] = count.get(c, 0) + 1
            ch = self.app_or_shop(d)
            if count[c] > 3 and d >= D_DEC163:
                ch = "SHOP"
            if ch == "SHOP":
                s = self.shop(c, p.prov)
                ts = self.at_hour(d, HOURS_SHOP)
                ch, dev = s.kind, None
            else:
                s, ts, dev = None, self.at_hour(d, HOURS_APP), p.phone
            fu = p.phone if i < 2 else (second if rng.random() < 0.6 else None)
            prof = "normal" if i < 2 else rng.choice(("normal", "backup", "data_only", "normal"))
            nk = None if rng.random() < 0.8 else rng.choice((1, 2, 3))
            self.reg(p, c, ts, ch, "multi_sim_person", shop=s, device=dev, fu=fu, prof=prof,
                     name_kind=nk)

    def g_second_sim(self, kind):
        """data_only / backup_sim: a person's extra SIM (primary sometimes in batch)."""
        rng = self.rng
        d = self.day("legit")
        p = self.new_person(d, age=(20, 65))
        if rng.random() < 0.5:
            c = self.carrier()
            ch = self.app_or_shop(d)
            if ch == "SHOP":
                s = self.shop(c, p.prov)
                self.reg(p, c, self.at_hour(d, HOURS_SHOP), s.kind,
                         "walkin_shop" if not s.busy else "busy_shop", shop=s)
            else:
                self.reg(p, c, self.at_hour(d, HOURS_APP), "EKYC_APP", "app_selfservice")
        d2 = min(EXPORT - DAY, d + rng.randrange(0, 900) * DAY)
        c = self.carrier()
        ch = self.app_or_shop(d2)
        if kind == "data_only":
            fu = self.new_imei("router" if rng.random() < 0.6 else "tablet")
            prof = "data_only"
        else:
            fu = p.phone if rng.random() < 0.5 else self.new_imei("phone")
            prof = "backup"
        if ch == "SHOP":
            s = self.shop(c, p.prov)
            self.reg(p, c, self.at_hour(d2, HOURS_SHOP), s.kind, kind, shop=s, fu=fu, prof=prof)
        else:
            self.reg(p, c, self.at_hour(d2, HOURS_APP), "EKYC_APP", kind, fu=fu, prof=prof)

    # ================================================ legit: organisations
    def org_entity(self, prov):
        rng = self.rng
        o = Person()
        pre = MST_PREFIX.get(prov) or "%02d" % rng.randint(5, 80)
        mst = None
        while mst is None or mst in self.used_id:
            mst = mst_code(pre + "%07d" % rng.randrange(10 ** 7))
        self.used_id.add(mst)
        o.passport = mst
        return o

    def org_name(self, kind, prov):
        rng = self.rng
        nm = "%s %s %s" % (rng.choice(ORG_KIND), rng.choice(ORG_FIELD[kind]), rng.choice(ORG_BRAND))
        r = rng.random()
        if r < 0.25 and not nm.startswith("Chi nhánh"):
            pn = [p[1] for p in PROVINCES if p[0] == prov][0]
            nm += " - Chi nhánh " + pn if r < 0.1 else ", Chi nhánh " + pn
        elif r < 0.3:
            nm = nm.split(" ", 2)[0] + " " + nm.split(" ", 2)[1] + ' "' + rng.choice(ORG_BRAND) + '"'
        return nm

    def g_org(self, kind):
        rng = self.rng
        user_list = kind == "fleet" and rng.random() < 0.45
        pattern = {"iot": "org_iot", "fleet": "org_fleet_user_list" if user_list else "org_fleet",
                   "call": "org_call_centre"}[kind]
        big = 2.5 if self.scn == "dense" else 1.0
        lo, hi = {"iot": (30, int(1500 * big)), "fleet": (12, int(300 * big)),
                  "call": (25, int(400 * big))}[kind]
        k = self.gsize(pattern, lo, hi, 0.35)
        prov = self.metro_w.pick(rng) if rng.random() < 0.75 else self.res_w.pick(rng)
        c = rng.choice(BIG3) if rng.random() < 0.93 else self.carrier()
        ent = self.org_entity(prov)
        oname = self.org_name("call" if kind == "call" else kind, prov)
        s = self.store(c, prov)
        dev = self.shop_device(s, 0)
        gid = self.nid()
        rep_face = rng.getrandbits(64)
        nsess = 1 if k < 60 else rng.randint(1, 3)
        d0 = self.day("legit", lo=lt(2016, 1, 1))
        nats = self.msisdn_block(c, k, 0.08) if rng.random() < 0.7 else [self.msisdn(c) for _ in range(k)]
        fus = self.imei_run("iot", k) if (kind == "iot" and rng.random() < 0.5) else None
        phones = []
        t = d0 + 8 * 3600 + rng.randrange(3 * 3600)
        per = max(1, k // nsess)
        for i in range(k):
            if i and i % per == 0 and nsess > 1:
                t = min(EXPORT - 3 * DAY, t + rng.randrange(20, 400) * DAY)
                t = t - t % DAY + 8 * 3600 + rng.randrange(3 * 3600)
            t = min(t + rng.randrange(4, 70), EXPORT - 60)
            if kind == "iot":
                fu = fus[i] if fus else self.new_imei("iot")
                prof = "iot"
            elif kind == "call":
                if i % 2 == 0:
                    phones.append(self.new_imei("phone"))
                fu, prof = phones[-1], "callcentre"
            else:
                fu, prof = (None if user_list else self.new_imei("phone")), "fleet"
            if user_list:
                p = self.new_person(t, age=(21, 56), prov=prov,
                                    gender="M" if rng.random() < 0.85 else "F")
                self.reg(p, c, t, s.kind, pattern, shop=s, device=dev, nat=nats[i],
                         slot_key=("org", gid, c), prof=prof, org=True,
                         force_face=(t >= D_C08))
                continue
            selfie = fm = None
            if kind != "iot" and t >= D_C08:
                selfie, fm = self.face_fields(t, "STORE", rep_face, "genuine", True)
            usage = self.usage(prof, t, c)
            ent.name, ent.dob, ent.gender, ent.prov, ent.nat, ent.phone = oname, None, "", prov, "VN", fu
            self.reg(ent, c, t, s.kind, pattern, shop=s, device=dev, nat=nats[i],
                     slot_key=("org", gid, c), prof=prof, org=True, doc=("ORG", ent.passport),
                     selfie=selfie, fm=fm, popdb="UNCHECKED", usage=usage, fu=fu,
                     status="ACTIVE" if rng.random() < 0.96 else "TERMINATED",
                     name_kind=1 if rng.random() < 0.2 else 0)

    # ========================================== legit: messy but genuine data
    def g_name_variant(self):
        rng = self.rng
        n = rng.choice((1, 1, 2, 2, 3))
        days = sorted(self.day("legit") for _ in range(n))
        p = self.new_person(days[0])
        for i in range(n):
            c = self.carrier()
            d = days[i]
            nk = rng.choice((1, 2, 2, 3, 4, 5)) if (i == 0 or rng.random() < 0.5) else 0
            if self.app_or_shop(d) == "SHOP":
                s = self.shop(c, p.prov)
                self.reg(p, c, self.at_hour(d, HOURS_SHOP), s.kind, "name_variant",
                         shop=s, name_kind=nk, prof=self.prof_for(p, d))
            else:
                self.reg(p, c, self.at_hour(d, HOURS_APP), "EKYC_APP", "name_variant",
                         name_kind=nk, prof=self.prof_for(p, d))

    def g_typo(self):
        rng = self.rng
        d = self.day("legit", lo=lt(2018, 1, 1))
        p = self.new_person(d)
        c = self.carrier()
        s = self.shop(c, p.prov)
        ts = self.at_hour(d, HOURS_SHOP)
        doc = self.doc(p, ts)
        name, dob, idn, kind = p.name, p.dob, doc[1], "typo"
        r = rng.random()
        if r < 0.45:
            name = typo_name(rng, p.name)
        elif r < 0.75 and self.age(p, ts) >= 16:
            y, m, dd = p.dob
            if dd <= 12 and dd != m:
                dob = (y, dd, m)
            else:
                dob = (y, m, dd + rng.randint(1, 2) if dd <= 26 else dd - rng.randint(1, 2))
        elif r >= 0.75:
            pos = rng.randrange(len(idn) - 5, len(idn))
            nd = str((int(idn[pos]) + rng.randint(1, 9)) % 10)
            idn = idn[:pos] + nd + idn[pos + 1:]
            kind = "idtypo"
        else:
            name = typo_name(rng, p.name)
        fix = ts >= D_POPDB and rng.random() < 0.6
        nat, slot = self.reg(p, c, ts, s.kind, "clerical_typo", shop=s, doc=(doc[0], idn),
                             name=name, dob=dob, popkind=kind, current=not fix,
                             prof=self.prof_for(p, ts), name_kind=0 if name != p.name else None)
        if fix:
            t2 = min(EXPORT - 60, ts + rng.randrange(1, 25) * DAY + rng.randrange(-3, 3) * 3600)
            s2 = s if rng.random() < 0.6 else self.shop(c, p.prov)
            self.reg(p, c, t2, s2.kind if s2.kind == "STORE" else "AGENT", "clerical_typo",
                     shop=s2, nat=nat, slot=slot, doc=("CCCD", p.cccd) if doc[0] == "CCCD" else doc,
                     prof=self.prof_for(p, ts))

    def g_standardised(self, preact=False):
        """2023 clean-up: an old registration re-registered with a CCCD."""
        rng = self.rng
        d1 = self.day("old")
        p = self.new_person(d1, age=(20, 65))
        c = self.carrier()
        s1 = self.agent(c, p.prov) if preact else self.shop(c, p.prov)
        t1 = self.at_hour(d1, HOURS_NIGHT if (preact and rng.random() < 0.4) else HOURS_SHOP)
        nat = self.msisdn(c)
        if preact:
            fake = self.new_person(d1, prov=s1.prov, remember=False)
            doc1 = self.doc(fake, t1)
            nat, slot = self.reg(fake, c, t1, "AGENT", "standardised_preactivated", shop=s1,
                                 nat=nat, doc=doc1, popkind="fabricated", current=False,
                                 name_kind=2 if rng.random() < 0.5 else None,
                                 usage=EMPTY8, status="ACTIVE", fu="")
        else:
            doc1 = ("CMND", p.cmnd) if p.cmnd else self.doc(p, t1)
            nat, slot = self.reg(p, c, t1, s1.kind, "standardised_2023", shop=s1, nat=nat,
                                 doc=doc1, current=False, usage=EMPTY8, status="ACTIVE",
                                 name_kind=2 if rng.random() < 0.4 else None)
        d2 = self.day("cleanup", lo=max(d1 + 30 * DAY, lt(2023, 2, 1)))
        pat = "standardised_preactivated" if preact else "standardised_2023"
        ch = "EKYC_APP" if rng.random() < 0.35 * self.P["app"] else "SHOP"
        if ch == "SHOP":
            s2 = self.shop(c, p.prov)
            self.reg(p, c, self.at_hour(d2, HOURS_SHOP), s2.kind, pat, shop=s2, nat=nat,
                     slot=slot, doc=("CCCD", p.cccd), prof=self.prof_for(p, d2))
        else:
            self.reg(p, c, self.at_hour(d2, HOURS_APP), "EKYC_APP", pat, nat=nat, slot=slot,
                     doc=("CCCD", p.cccd), prof=self.prof_for(p, d2))

    def g_recycled(self):
        rng = self.rng
        c = self.carrier()
        d1 = self.day("old")
        a = self.new_person(d1)
        s1 = self.shop(c, a.prov)
        nat, _slot = self.reg(a, c, self.at_hour(d1, HOURS_SHOP), s1.kind, "recycled_number",
                              shop=s1, current=False,
                              status="TERMINATED" if rng.random() < 0.5 else "ACTIVE")
        d2 = self.day("recent", lo=d1 + 400 * DAY)
        b = self.new_person(d2)
        if self.app_or_shop(d2) == "SHOP":
            s2 = self.shop(c, b.prov)
            self.reg(b, c, self.at_hour(d2, HOURS_SHOP), s2.kind, "recycled_number", shop=s2,
                     nat=nat, prof=self.prof_for(b, d2))
        else:
            self.reg(b, c, self.at_hour(d2, HOURS_APP), "EKYC_APP", "recycled_number", nat=nat,
                     prof=self.prof_for(b, d2))

    def g_app_fail(self):
        rng = self.rng
        t1 = self.at_hour(self.day("app", lo=lt(2021, 6, 1)), HOURS_APP)
        p = self.new_person(t1, age=(18, 70))
        c = self.carrier()
        if rng.random() < 0.5:
            nat, slot = self.reg(p, c, t1, "EKYC_APP", "app_fail_then_store",
                                 name=typo_name(rng, p.name), popkind="typo", current=False,
                                 status="ONE_WAY_LOCKED", usage=EMPTY8, fu="")
        else:
            sh, _fm = self.face_fields(t1, "EKYC_APP", p.face, "genuine", True)
            nat, slot = self.reg(p, c, t1, "EKYC_APP", "app_fail_then_store", selfie=sh,
                                 fm=round(rng.uniform(0.35, 0.62), 3), current=False,
                                 status="ONE_WAY_LOCKED", usage=EMPTY8, fu="")
        t2 = min(EXPORT - 60, t1 + rng.randint(1, 6) * DAY + rng.randrange(-5, 5) * 3600)
        s = self.shop(c, p.prov)
        self.reg(p, c, t2, s.kind, "app_fail_then_store", shop=s, nat=nat, slot=slot,
                 doc=("CCCD", p.cccd), force_face=True, prof=self.prof_for(p, t2))

    # ======================================= legit: bursts and special groups
    def g_factory(self):
        rng = self.rng
        prov = rng.choice(("074", "075", "027", "024", "031", "026", "030", "080", "033", "019"))
        c = rng.choice(BIG3)
        s = self.store(c, prov)
        tabs = [self.new_imei("tablet") for _ in range(rng.randint(2, 4))]
        k = self.gsize("factory_gate_campaign", 25, 400, 0.3)
        d = self.day("legit", lo=lt(2019, 1, 1))
        gid = self.nid()
        nats = self.msisdn_block(c, k, 0.15) if rng.random() < 0.6 else None
        shift = (6 * 3600 + 1800, 11 * 3600 + 1800, 16 * 3600 + 1800)
        t = d + rng.choice(shift)
        for i in range(k):
            if i and rng.random() < 0.012:
                d = min(EXPORT - DAY, d + DAY)
                t = d + rng.choice(shift)
            t = min(t + rng.randrange(40, 240) // len(tabs) + 5, EXPORT - 60)
            ppp = self.migr_w.pick(rng) if rng.random() < 0.75 else self.pop_w.pick(rng)
            p = self.new_person(t, age=(18, 34), prov=prov, ppp=ppp)
            self.reg(p, c, t, s.kind, "factory_gate_campaign", shop=s, device=tabs[i % len(tabs)],
                     nat=nats[i] if nats else None, slot_key=("batch", gid, c),
                     prof="youth" if rng.random() < 0.6 else "normal")

    def g_elderly(self):
        rng = self.rng
        d = self.day("legit")
        p = self.new_person(d, age=(68, 92))
        c = self.carrier()
        if d >= D_APP + 200 * DAY and rng.random() < 0.45:
            helper = self.new_person(d, age=(18, 40), prov=p.prov, sur=p.sur)
            ts = self.at_hour(d, HOURS_APP)
            self.reg(p, c, ts, "EKYC_APP", "elderly_assisted", device=helper.phone,
                     face_mode="old_photo", prof="elderly")
        else:
            s = self.shop(c, p.prov, 0.95)
            self.reg(p, c, self.at_hour(d, HOURS_SHOP), s.kind, "elderly_assisted", shop=s,
                     face_mode="old_photo", prof="elderly")

    def g_outreach(self):
        rng = self.rng
        prov = self.rural_w.pick(rng)
        c = rng.choice(BIG3)
        s = self.store(c, prov)
        k = self.gsize("rural_outreach_campaign", 10, 120, 0.4)
        d = self.day("legit", lo=lt(2020, 6, 1))
        dev = self.new_imei("tablet")
        phones = self.imei_run("feature", k) if rng.random() < 0.7 else None
        nats = self.msisdn_block(c, k, 0.1) if rng.random() < 0.5 else None
        gid = self.nid()
        t = d + 8 * 3600 + rng.randrange(3600)
        for i in range(k):
            t = min(t + rng.randrange(120, 500), EXPORT - 60)
            p = self.new_person(t, age=(55, 88), prov=prov, ppp=prov, phone_kind="feature")
            if phones:
                p.phone = phones[i]
            self.reg(p, c, t, s.kind, "rural_outreach_campaign", shop=s, device=dev,
                     nat=nats[i] if nats else None, slot_key=("batch", gid, c),
                     face_mode="old_photo", prof="elderly")

    def g_foreign(self):
        rng = self.rng
        d = self.day("legit", lo=lt(2016, 1, 1))
        p = self.foreigner(False, d)
        p.prov = rng.choice(("001", "079", "079", "048", "074", "075", "027", "031", "056", "022"))
        c = rng.choice(BIG3) if rng.random() < 0.9 else self.carrier()
        s = self.store(c, p.prov)
        self.reg(p, c, self.at_hour(d, HOURS_SHOP), s.kind, "foreign_resident", shop=s,
                 name_kind=0, prof="normal")
        if rng.random() < 0.25:
            d2 = min(EXPORT - DAY, d + rng.randrange(30, 700) * DAY)
            self.reg(p, c, self.at_hour(d2, HOURS_SHOP), s.kind, "foreign_resident", shop=s,
                     name_kind=0, prof="data_only", fu=self.new_imei("router"))

    def g_tourist(self):
        rng = self.rng
        prov = rng.choice(("001", "079", "079", "048", "056", "091"))
        c = rng.choice(BIG3)
        key = (c, prov)
        if not hasattr(self, "kiosks"):
            self.kiosks = {}
        s = self.kiosks.get(key)
        if s is None:
            s = Shop()
            s.sid = len(self.shops)
            s.carrier, s.prov, s.kind, s.busy = c, prov, rng.choice(("STORE", "AGENT")), False
            s.code = STORE_CODE_STYLE[c].format(p=prov, k="SB", n=rng.randrange(100, 999))
            s.weight = 0
            s.devices = [self.new_imei("tablet") for _ in range(rng.randint(1, 3))]
            self.shops.append(s)
            self.kiosks[key] = s
        d = self.day("legit", lo=lt(2016, 6, 1))
        k = self.gsize("tourist_sim", 4, 45, 0.2)
        for _ in range(k):
            p = self.foreigner(True, d)
            p.prov = ""
            ts = self.at_hour(d, HOURS_APP)
            old = EXPORT - ts > 60 * DAY
            r = rng.random()
            st = (("TERMINATED" if r < 0.55 else "ONE_WAY_LOCKED" if r < 0.7 else
                   "TWO_WAY_LOCKED" if r < 0.8 else "ACTIVE") if old else "ACTIVE")
            self.reg(p, c, ts, s.kind, "tourist_sim", shop=s, name_kind=0, prof="tourist",
                     status=st, province="")

    def g_mnp(self):
        d = self.day("legit", lo=lt(2018, 11, 16))
        p = self.new_person(d, age=(20, 65))
        c = self.carrier()
        nat = self.msisdn(c, ported=True)
        if self.app_or_shop(d) == "SHOP":
            s = self.shop(c, p.prov)
            self.reg(p, c, self.at_hour(d, HOURS_SHOP), s.kind, "mnp_ported", shop=s, nat=nat,
                     prof=self.prof_for(p, d))
        else:
            self.reg(p, c, self.at_hour(d, HOURS_APP), "EKYC_APP", "mnp_ported", nat=nat,
                     prof=self.prof_for(p, d))

    def g_kiosk(self):
        rng = self.rng
        prov = self.res_w.pick(rng)
        dev = self.new_imei("phone")
        d0 = self.day("app", lo=lt(2021, 1, 1))
        k = self.gsize("assisted_app_kiosk", 4, 50, 0.25)
        for _ in range(k):
            d = min(EXPORT - DAY, d0 + rng.randrange(0, 120) * DAY)
            p = self.new_person(d, prov=prov)
            c = self.carrier()
            mode = "old_photo" if self.age(p, d) > 62 else "genuine"
            self.reg(p, c, self.at_hour(d, HOURS_SHOP), "EKYC_APP", "assisted_app_kiosk",
                     device=dev, face_mode=mode, prof=self.prof_for(p, d))

    def g_twins(self):
        rng = self.rng
        d = self.day("legit")
        a = self.new_person(d, age=(16, 45))
        b = self.new_person(d, age=(16, 45), prov=a.prov, ppp=a.ppp, sur=a.sur,
                            gender=a.gender if rng.random() < 0.7 else None)
        g = (a.dob[0] - 1900) // 100 * 2 + (1 if b.gender == "F" else 0)
        b.dob = a.dob
        self.used_id.discard(b.cccd)
        b.cccd = self._unique(lambda: "%s%d%02d%06d" % (a.ppp, g, a.dob[0] % 100, rng.randrange(10 ** 6)))
        b.face = flip_bits(rng, a.face, rng.randint(2, 6))
        c = self.carrier()
        together = rng.random() < 0.5
        s = self.shop(c, a.prov)
        t = self.at_hour(d, HOURS_SHOP)
        for p in (a, b):
            self.reg(p, c, t, s.kind, "twins", shop=s, prof=self.prof_for(p, t))
            t = min(EXPORT - 60, t + (rng.randrange(60, 600) if together else rng.randrange(5, 900) * DAY))
            if not together:
                c = self.carrier()
                s = self.shop(c, p.prov)

    def g_cmnd_collision(self):
        rng = self.rng
        num = str(rng.randint(CMND_COLLIDE_LO, CMND_COLLIDE_HI))
        for prov in ("077", "075"):
            d = self.day("old")
            p = self.new_person(d, age=(25, 65), prov=prov)
            p.cmnd = num
            c = self.carrier()
            s = self.shop(c, prov, 0.95)
            t = self.at_hour(d, HOURS_SHOP)
            nat, slot = self.reg(p, c, t, s.kind, "cmnd_collision", shop=s, doc=("CMND", num),
                                 current=rng.random() < 0.5, prof=self.prof_for(p, t))
            if rng.random() < 0.4:
                d2 = self.day("cleanup", lo=max(d + 30 * DAY, lt(2023, 2, 1)))
                self.reg(p, c, self.at_hour(d2, HOURS_SHOP), s.kind, "cmnd_collision", shop=s,
                         nat=nat, slot=slot, doc=("CCCD", p.cccd), prof=self.prof_for(p, d2))


    # ================================================================ fraud
    def level(self):
        return clamp(self.rng.gauss(self.P["adapt"], 0.22), 0.0, 1.0)

    def fprof(self, kind, lvl):
        rng = self.rng
        r = rng.random()
        if kind == "resale":
            if r < 0.28:
                return "unused"
            if r < 0.55:
                return "resold_data"
            if r < 0.75:
                return "normal"
            return "warmed" if rng.random() < lvl else "scam"
        if kind == "otp":
            return "warmed" if r < 0.35 * lvl else "otp"
        if r < 0.1 + 0.6 * lvl:
            return "warmed"
        if kind == "farm":
            return "spam_sms" if rng.random() < 0.3 else "scam"
        return ("scam", "scam", "scam", "spam_sms", "otp")[rng.randrange(5)]

    def scam_devices(self, n, kind="phone"):
        return [self.new_imei(kind) for _ in range(max(1, n))]

    def fu_pick(self, prof, pool):
        if prof in ("unused",):
            return ""
        if prof in ("normal", "resold_data"):
            return self.new_imei("phone" if prof == "normal" else
                                 ("router" if self.rng.random() < 0.5 else "phone"))
        return self.rng.choice(pool)

    def fday(self, lvl):
        return self.day("fraud_adapt" if lvl > 0.55 else "fraud_naive")

    def g_preact(self, leaked):
        rng = self.rng
        pattern = "preactivation_leaked" if leaked else "preactivation_fabricated"
        lvl = self.level() * (1.0 if leaked else 0.5)
        c = self.carrier()
        s = self.agent(c)
        dealers = [s] + ([self.agent(c, s.prov) for _ in range(rng.randint(1, 3))]
                         if lvl > 0.6 else [])
        k = self.gsize(pattern, 8, 300 if lvl < 0.6 else 60, 0.25)
        d = self.fday(lvl) if leaked else self.day("fraud_naive")
        gid = self.nid()
        block = rng.random() < 0.7 - 0.5 * lvl
        nats = self.msisdn_block(c, k, 0.05) if block else None
        stock = [rng.getrandbits(64) for _ in range(rng.randint(1, 8))]
        scam = self.scam_devices(rng.randint(2, 10))
        night = rng.random() < 0.6 * (1 - lvl)
        t = self.at_hour(d, HOURS_NIGHT if night else HOURS_SHOP)
        templ_g = rng.random() < 0.5 and not leaked
        tppp = s.prov if rng.random() < 0.6 else self.pop_w.pick(rng)
        tyear = rng.randint(1965, 2001)
        per_doc = 0
        p = None
        for i in range(k):
            if lvl > 0.55:
                t = self.at_hour(min(EXPORT - DAY, d + rng.randrange(0, 40) * DAY), HOURS_SHOP)
                sh = rng.choice(dealers)
            else:
                t = min(EXPORT - 60, t + rng.randrange(15, 200))
                sh = s
            if per_doc <= 0:
                if leaked:
                    p = self.victim(0.5, ts=t)
                    per_doc = rng.randint(1, 3 if lvl > 0.5 else 5)
                else:
                    if templ_g:
                        a0 = max(16, ts_year(t) - tyear)
                        p = self.new_person(t, prov=sh.prov, ppp=tppp, remember=False,
                                            age=(a0, a0 + 2))
                        if rng.random() < 0.4:
                            p.dob = (p.dob[0], 1, 1)
                    else:
                        p = self.new_person(t, prov=sh.prov, remember=False)
                    per_doc = 1 if rng.random() < 0.8 else rng.randint(2, 3)
            per_doc -= 1
            prof = self.fprof("resale", lvl)
            if leaked and lvl > 0.5 and rng.random() < 0.7:
                face, mode = p.face, "leaked"
            else:
                face, mode = rng.choice(stock), "stock"
            self.reg(p, c, t, sh.kind, pattern, shop=sh, nat=nats[i] if nats else None,
                     slot_key=("batch", gid, c) if lvl < 0.55 else None,
                     device=sh.devices[0] if lvl < 0.55 else None,
                     popkind="real" if leaked else "fabricated", face=face, face_mode=mode,
                     prof=prof, usage=self.usage(prof, t, c), fu=self.fu_pick(prof, scam),
                     junk=1, non=1 if leaked else 0,
                     name_kind=(2 if rng.random() < 0.5 else None) if not leaked else None)

    def g_ring(self):
        rng = self.rng
        lvl = self.level()
        op_face = rng.getrandbits(64)
        phones = self.scam_devices(rng.randint(1, 2) if lvl < 0.5 else rng.randint(3, 7))
        handsets = self.scam_devices(rng.randint(2, 6) if lvl < 0.5 else rng.randint(8, 25))
        k = self.gsize("identity_theft_ring", 8, 250 if lvl < 0.5 else 120, 0.25)
        cars = [self.carrier()] if lvl < 0.5 else [self.carrier() for _ in range(3)]
        d = self.day("fraud_adapt" if lvl > 0.4 else "app", lo=D_APP)
        span = rng.randint(1, 4) if lvl < 0.5 else rng.randint(20, 100)
        n = 0
        while n < k:
            c = rng.choice(cars)
            t = self.at_hour(min(EXPORT - DAY, d + rng.randrange(span) * DAY),
                             HOURS_APP if lvl > 0.4 else HOURS_NIGHT)
            v = self.victim(0.4, ts=t)
            m = rng.randint(1, 5) if lvl < 0.5 else rng.randint(1, 2)
            if t >= D_DEC163 or lvl >= 0.5:
                m = min(m, 3)
            for _j in range(m):
                if n >= k:
                    break
                t = min(EXPORT - 60, t + rng.randrange(30, 600))
                leaked = lvl >= 0.5 and rng.random() < 0.85
                prof = self.fprof("scam", lvl)
                self.reg(v, c, t, "EKYC_APP" if rng.random() < 0.9 else "ONLINE",
                         "identity_theft_ring", device=rng.choice(phones),
                         face=v.face if leaked else op_face,
                         face_mode="leaked" if leaked else "impostor", force_face=True,
                         prof=prof, usage=self.usage(prof, t, c),
                         fu=self.fu_pick(prof, handsets), junk=1, non=1)
                n += 1

    def g_extra(self):
        rng = self.rng
        lvl = self.level()
        c = self.carrier()
        d = self.fday(lvl)
        p = self.new_person(d, age=(18, 75))
        s = self.shop(c, p.prov)
        if self.busy_shops and rng.random() < 0.15:
            s = rng.choice(self.busy_shops)
            c = s.carrier
        t = self.at_hour(d, HOURS_SHOP)
        ch = s.kind
        doc = self.doc(p, t)
        sh, fm = self.face_fields(t, ch, p.face, "old_photo" if self.age(p, t) > 60 else "genuine")
        self.reg(p, c, t, ch, "busy_shop" if s.busy else "walkin_shop", shop=s, doc=doc,
                 selfie=sh, fm=fm, prof=self.prof_for(p, t))
        handsets = self.scam_devices(2)
        m = rng.choice((1, 1, 1, 2, 2, 3)) if lvl < 0.5 else rng.choice((1, 1, 2))
        for _ in range(m):
            if lvl < 0.5 or rng.random() < 0.3:
                t2 = min(EXPORT - 60, t + rng.randrange(60, 1500))
            else:
                t2 = self.at_hour(min(EXPORT - DAY, d + rng.randint(1, 45) * DAY), HOURS_SHOP)
            if sh is not None and (lvl < 0.5 or rng.random() < 0.5):
                sh2, fm2 = sh, fm                       # replayed capture
            elif sh is not None or t2 >= D_C08:
                sh2, fm2 = self.face_fields(t2, ch, p.face, "leaked", True)
            else:
                sh2 = fm2 = None
            prof = self.fprof("scam" if rng.random() < 0.5 else "resale", lvl)
            self.reg(p, c, t2, ch, "dealer_extra_sims", shop=s, doc=doc, selfie=sh2, fm=fm2,
                     prof=prof, usage=self.usage(prof, t2, c), fu=self.fu_pick(prof, handsets),
                     junk=1, non=1)

    def g_farm(self):
        rng = self.rng
        lvl = self.level()
        big = 3 if self.scn == "dense" else 1
        k = self.gsize("sim_farm", 20, 600 * big, 0.3)
        prov = self.res_w.pick(rng)
        cars = [self.carrier()] if lvl < 0.5 else [rng.choice(BIG3) for _ in range(3)]
        dealers = {c: [self.agent(c, prov) for _ in range(1 if lvl < 0.5 else rng.randint(2, 5))]
                   for c in sorted(set(cars))}
        boxes = []
        if lvl < 0.7:
            for _ in range(max(1, k // rng.choice((16, 32, 64)))):
                boxes.extend(self.imei_run("simbox", rng.choice((8, 16, 32))))
        broker = self.new_imei("phone")
        d = self.fday(lvl)
        span = rng.randint(1, 6) if lvl < 0.5 else rng.randint(20, 120)
        n = 0
        while n < k:
            seller = self.new_person(d, age=(18, 45), prov=prov if rng.random() < 0.5 else None,
                                     ppp=self.rural_w.pick(rng) if rng.random() < 0.7 else None,
                                     remember=False)
            m = rng.randint(2, 10) if lvl < 0.5 else rng.randint(1, 3)
            day0 = min(EXPORT - DAY, d + rng.randrange(span) * DAY)
            for _j in range(m):
                if n >= k:
                    break
                c = rng.choice(cars)
                ts = self.at_hour(min(EXPORT - DAY, day0 + (rng.randrange(3) * DAY if lvl > 0.5 else 0)),
                                  HOURS_SHOP)
                prof = self.fprof("farm", lvl)
                if boxes and (prof != "warmed" or rng.random() < 0.5):
                    fu = rng.choice(boxes)
                else:
                    fu = self.new_imei("simbox")
                if lvl > 0.6 and rng.random() < 0.3 and ts >= D_APP:
                    self.reg(seller, c, ts, "EKYC_APP", "sim_farm", device=broker, prof=prof,
                             usage=self.usage(prof, ts, c), fu=fu, junk=1, non=1)
                else:
                    sh = rng.choice(dealers[c])
                    self.reg(seller, c, ts, sh.kind, "sim_farm", shop=sh, prof=prof,
                             usage=self.usage(prof, ts, c), fu=fu, junk=1, non=1)
                n += 1

    def g_rented(self):
        rng = self.rng
        lvl = self.level()
        broker_face = rng.getrandbits(64)
        handsets = self.scam_devices(rng.randint(2, 8))
        for _r in range(rng.randint(1, 5)):
            d = self.fday(lvl)
            p = self.victim(0.5, ts=d)
            in_person = rng.random() < 0.6
            provs = [p.prov] + [self.res_w.pick(rng) for _ in range(rng.randint(0, 3))]
            nshops = rng.randint(3, 8) if lvl < 0.5 else rng.randint(2, 6)
            span = rng.randint(1, 8) if lvl < 0.5 else rng.randint(14, 70)
            cnt = {}
            c0 = self.carrier()
            for _s in range(nshops):
                c = self.carrier() if (lvl >= 0.5 or rng.random() < 0.3) else c0
                s = self.shop(c, rng.choice(provs), 0.9)
                t = self.at_hour(min(EXPORT - DAY, d + rng.randrange(span) * DAY), HOURS_SHOP)
                for _j in range(rng.randint(1, 3) if lvl < 0.5 else 1):
                    cnt[c] = cnt.get(c, 0) + 1
                    if lvl >= 0.5 and cnt[c] > 3:
                        break
                    t = min(EXPORT - 60, t + rng.randrange(60, 400))
                    prof = self.fprof("scam", lvl)
                    self.reg(p, c, t, s.kind, "rented_identity_multishop", shop=s,
                             face=p.face if in_person else broker_face,
                             face_mode="genuine" if in_person else "impostor",
                             prof=prof, usage=self.usage(prof, t, c),
                             fu=self.fu_pick(prof, handsets), junk=1, non=1)

    def g_otp(self):
        rng = self.rng
        lvl = self.level()
        k = self.gsize("otp_resale_sink", 10, 400, 0.3)
        modems = []
        for _ in range(max(1, k // rng.choice((8, 16, 32)))):
            modems.extend(self.imei_run("simbox", rng.choice((4, 8, 16))))
        if lvl > 0.6:
            modems.extend(self.scam_devices(k // 3 + 1))
        phones = self.scam_devices(rng.randint(1, 3) if lvl < 0.5 else rng.randint(3, 8))
        op_face = rng.getrandbits(64)
        c0 = self.carrier()
        s = self.agent(c0)
        d = self.fday(lvl)
        span = rng.randint(1, 10) if lvl < 0.5 else rng.randint(20, 90)
        n = 0
        via_app = rng.random() < 0.6
        while n < k:
            c = c0 if lvl < 0.5 or rng.random() < 0.5 else self.carrier()
            t = min(EXPORT - 60, d + rng.randrange(span) * DAY + rng.randrange(DAY))
            v = self.victim(0.5, ts=t)
            for _j in range(rng.randint(1, 3)):
                if n >= k:
                    break
                t = min(EXPORT - 60, t + rng.randrange(60, 900))
                prof = self.fprof("otp", lvl)
                fu = rng.choice(modems)
                leaked = lvl > 0.5 and rng.random() < 0.8
                if via_app and t >= D_APP:
                    self.reg(v, c, t, "EKYC_APP", "otp_resale_sink", device=rng.choice(phones),
                             face=v.face if leaked else op_face, force_face=True,
                             face_mode="leaked" if leaked else "impostor", prof=prof,
                             usage=self.usage(prof, t, c), fu=fu, junk=1, non=1)
                else:
                    sh = s if c == c0 else self.agent(c, s.prov)
                    self.reg(v, c, t, sh.kind, "otp_resale_sink", shop=sh,
                             face=v.face if leaked else op_face,
                             face_mode="leaked" if leaked else "impostor", prof=prof,
                             usage=self.usage(prof, t, c), fu=fu, junk=1, non=1)
                n += 1

    def g_used_by(self):
        rng = self.rng
        r = rng.random()
        d = self.day("legit", lo=lt(2017, 1, 1))
        c = self.carrier()
        if r < 0.3:            # foreign worker uses a Vietnamese co-worker's registration
            a = self.new_person(d, age=(20, 45), prov=rng.choice(("074", "075", "027", "024", "031", "079")))
            users = [self.foreigner(False, d).phone]
            n = rng.randint(1, 3)
            prof = "normal"
        elif r < 0.55:         # employer / broker: staff registrations used by the business
            a = None
            users = [self.new_imei("phone") for _ in range(rng.randint(1, 2))]
            n = rng.randint(2, 6)
            prof = "heavy"
        elif r < 0.8:          # bought for somebody else who also has an own SIM
            a = self.new_person(d, age=(25, 70))
            b = self.new_person(d, age=(18, 50), prov=a.prov)
            cb = self.carrier()
            s = self.shop(cb, b.prov)
            self.reg(b, cb, self.at_hour(d, HOURS_SHOP), s.kind,
                     "walkin_shop" if not s.busy else "busy_shop", shop=s)
            users = [b.phone]
            n = 1
            prof = "normal"
        else:                  # parent's registration used by a child
            a = self.new_person(d, age=(33, 55))
            users = [self.new_imei("phone")]
            n = 1
            prof = "youth"
        prov = a.prov if a else self.res_w.pick(rng)
        s = self.shop(c, prov)
        t = self.at_hour(d, HOURS_SHOP)
        for _i in range(n):
            p = a if a is not None else self.new_person(t, age=(18, 40), prov=prov)
            ch = s.kind
            dev = None
            if t >= D_APP + 200 * DAY and rng.random() < 0.3:
                ch, dev = "EKYC_APP", p.phone
            self.reg(p, c, t, ch, "used_by_someone_else", shop=None if dev else s, device=dev,
                     face_mode="old_photo" if self.age(p, t) > 62 else "genuine",
                     prof=prof, fu=rng.choice(users), junk=0, non=1)
            t = min(EXPORT - 60, t + (rng.randrange(120, 3600) if a is None else
                                      rng.randrange(1, 300) * DAY))

    def g_agent_own(self):
        rng = self.rng
        lvl = self.level()
        c = self.carrier()
        s = self.agent(c)
        d = self.fday(lvl)
        owner = self.new_person(d, age=(25, 55), prov=s.prov)
        fam = [owner]
        if lvl > 0.5:
            fam += [self.new_person(d, age=(25, 75), prov=s.prov, sur=owner.sur)
                    for _ in range(rng.randint(1, 3))]
        k = self.gsize("agent_own_id_mass", 10, 400 if lvl < 0.5 else 60, 0.3)
        span = rng.randint(2, 30) if lvl < 0.5 else rng.randint(30, 200)
        handsets = self.scam_devices(3)
        for i in range(k):
            p = fam[i % len(fam)]
            t = self.at_hour(min(EXPORT - DAY, d + rng.randrange(span) * DAY),
                             HOURS_NIGHT if (lvl < 0.4 and rng.random() < 0.5) else HOURS_SHOP)
            prof = self.fprof("resale", lvl)
            self.reg(p, c, t, s.kind, "agent_own_id_mass", shop=s, prof=prof,
                     usage=self.usage(prof, t, c), fu=self.fu_pick(prof, handsets),
                     face_mode="genuine", junk=1, non=1)

    def g_photo_stock(self):
        rng = self.rng
        lvl = self.level()
        c = self.carrier()
        s = self.agent(c)
        stock = [rng.getrandbits(64) for _ in range(rng.randint(3, 12) if lvl < 0.5 else rng.randint(20, 40))]
        k = self.gsize("photo_stock_dealer", 10, 250, 0.3)
        if self.scn == "crackdown":
            d0 = self.day("fraud_adapt")
        else:
            d0 = self.day("legit", lo=lt(2019, 6, 1), hi=lt(2023, 6, 1))
        handsets = self.scam_devices(4)
        span = rng.randint(60, 400)
        for _ in range(k):
            t = self.at_hour(min(EXPORT - DAY, d0 + rng.randrange(span) * DAY), HOURS_SHOP)
            p = self.victim(0.7, ts=t)
            prof = self.fprof("resale", lvl)
            self.reg(p, c, t, s.kind, "photo_stock_dealer", shop=s, face=rng.choice(stock),
                     face_mode="stock", force_face=True, prof=prof,
                     usage=self.usage(prof, t, c), fu=self.fu_pick(prof, handsets), junk=1, non=1)

    def g_swap(self):
        rng = self.rng
        lvl = self.level()
        d1 = self.day("legit", hi=lt(2025, 6, 1))
        v = self.new_person(d1, age=(30, 70))
        c = self.carrier()
        s1 = self.shop(c, v.prov)
        t1 = self.at_hour(d1, HOURS_SHOP)
        nat, _slot = self.reg(v, c, t1, s1.kind, "sim_swap_takeover", shop=s1, current=False,
                              prof=self.prof_for(v, t1), status="ACTIVE")
        d2 = self.day("fraud_adapt", lo=max(d1 + 60 * DAY, lt(2022, 1, 1)))
        far = self.res_w.pick(rng)
        s2 = self.shop(c, far, 0.9)
        t2 = self.at_hour(d2, HOURS_SHOP)
        leaked = lvl > 0.5 and rng.random() < 0.8
        r = rng.random()
        self.reg(v, c, t2, s2.kind, "sim_swap_takeover", shop=s2, nat=nat,
                 doc=("CCCD", v.cccd), face=v.face if leaked else rng.getrandbits(64),
                 face_mode="leaked" if leaked else "impostor", prof="swap",
                 usage=self.usage("swap", t2, c), fu=self.new_imei("phone"),
                 status="ONE_WAY_LOCKED" if r < 0.3 else "TWO_WAY_LOCKED" if r < 0.4 else "ACTIVE",
                 junk=0, non=1)

    def g_harvest(self):
        rng = self.rng
        lvl = self.level()
        prov = self.rural_w.pick(rng)
        c = rng.choice(BIG3)
        s = self.agent(c, prov)
        k = self.gsize("elderly_id_harvest", 10, 150, 0.3)
        d = self.fday(lvl)
        handsets = self.scam_devices(rng.randint(2, 6) if lvl < 0.5 else rng.randint(10, 30))
        dev = self.new_imei("tablet")
        events = 1 if lvl < 0.5 else rng.randint(2, 4)
        n = 0
        for e in range(events):
            de = min(EXPORT - DAY, d + e * rng.randint(7, 40) * DAY)
            t = de + 7 * 3600 + rng.randrange(3600)
            while n < k * (e + 1) // events:
                p = self.new_person(de, age=(60, 90), prov=prov, ppp=prov)
                for _j in range(rng.randint(1, 3) if lvl < 0.5 else 1):
                    t = min(EXPORT - 60, t + rng.randrange(60, 400))
                    prof = self.fprof("scam", lvl)
                    self.reg(p, c, t, "AGENT" if s.kind == "AGENT" else "STORE", "elderly_id_harvest",
                             shop=s, device=dev, face_mode="old_photo", prof=prof,
                             usage=self.usage(prof, t, c), fu=self.fu_pick(prof, handsets),
                             junk=1, non=1)
                    n += 1


# ----------------------------------------------------------------------------
# Budgets, driver and output
# ----------------------------------------------------------------------------
LEGIT_W = {
    "urban": dict(walkin=0.34, app_selfservice=0.15, courier_delivery=0.03,
                  family_shared_phone=0.07, multi_sim_person=0.05, data_only=0.02,
                  backup_sim=0.025, org_iot=0.03, org_fleet=0.025, org_call_centre=0.012,
                  name_variant=0.02, clerical_typo=0.012, standardised_2023=0.04,
                  standardised_preactivated=0.008, recycled_number=0.01,
                  app_fail_then_store=0.006, factory_gate_campaign=0.02,
                  elderly_assisted=0.015, rural_outreach_campaign=0.004,
                  foreign_resident=0.012, tourist_sim=0.012, mnp_ported=0.02,
                  assisted_app_kiosk=0.012, twins=0.002, cmnd_collision=0.0015),
    "rural": dict(walkin=0.42, app_selfservice=0.07, courier_delivery=0.005,
                  family_shared_phone=0.09, multi_sim_person=0.03, data_only=0.01,
                  backup_sim=0.03, org_iot=0.01, org_fleet=0.008, org_call_centre=0.002,
                  name_variant=0.03, clerical_typo=0.015, standardised_2023=0.09,
                  standardised_preactivated=0.012, recycled_number=0.012,
                  app_fail_then_store=0.004, factory_gate_campaign=0.01,
                  elderly_assisted=0.05, rural_outreach_campaign=0.025,
                  foreign_resident=0.003, tourist_sim=0.002, mnp_ported=0.01,
                  assisted_app_kiosk=0.015, twins=0.002, cmnd_collision=0.004),
    "crackdown": dict(walkin=0.32, app_selfservice=0.2, courier_delivery=0.035,
                      family_shared_phone=0.07, multi_sim_person=0.06, data_only=0.02,
                      backup_sim=0.03, org_iot=0.03, org_fleet=0.025, org_call_centre=0.01,
                      name_variant=0.02, clerical_typo=0.015, standardised_2023=0.02,
                      standardised_preactivated=0.004, recycled_number=0.012,
                      app_fail_then_store=0.01, factory_gate_campaign=0.02,
                      elderly_assisted=0.015, rural_outreach_campaign=0.005,
                      foreign_resident=0.012, tourist_sim=0.012, mnp_ported=0.02,
                      assisted_app_kiosk=0.015, twins=0.002, cmnd_collision=0.0005),
    "dense": dict(walkin=0.3, app_selfservice=0.12, courier_delivery=0.03,
                  family_shared_phone=0.06, multi_sim_person=0.05, data_only=0.02,
                  backup_sim=0.025, org_iot=0.07, org_fleet=0.05, org_call_centre=0.03,
                  name_variant=0.02, clerical_typo=0.012, standardised_2023=0.035,
                  standardised_preactivated=0.008, recycled_number=0.01,
                  app_fail_then_store=0.006, factory_gate_campaign=0.025,
                  elderly_assisted=0.012, rural_outreach_campaign=0.004,
                  foreign_resident=0.012, tourist_sim=0.01, mnp_ported=0.02,
                  assisted_app_kiosk=0.012, twins=0.002, cmnd_collision=0.001),
}
FRAUD_W = {
    "urban": dict(preactivation_fabricated=0.10, preactivation_leaked=0.12,
                  identity_theft_ring=0.13, dealer_extra_sims=0.12, sim_farm=0.13,
                  rented_identity_multishop=0.08, otp_resale_sink=0.08,
                  used_by_someone_else=0.08, agent_own_id_mass=0.05,
                  photo_stock_dealer=0.04, sim_swap_takeover=0.03, elderly_id_harvest=0.04),
    "rural": dict(preactivation_fabricated=0.14, preactivation_leaked=0.14,
                  identity_theft_ring=0.06, dealer_extra_sims=0.15, sim_farm=0.08,
                  rented_identity_multishop=0.07, otp_resale_sink=0.05,
                  used_by_someone_else=0.12, agent_own_id_mass=0.07,
                  photo_stock_dealer=0.05, sim_swap_takeover=0.02, elderly_id_harvest=0.05),
    "crackdown": dict(preactivation_fabricated=0.02, preactivation_leaked=0.13,
                      identity_theft_ring=0.15, dealer_extra_sims=0.14, sim_farm=0.12,
                      rented_identity_multishop=0.12, otp_resale_sink=0.10,
                      used_by_someone_else=0.08, agent_own_id_mass=0.03,
                      photo_stock_dealer=0.02, sim_swap_takeover=0.04, elderly_id_harvest=0.05),
    "dense": dict(preactivation_fabricated=0.08, preactivation_leaked=0.10,
                  identity_theft_ring=0.16, dealer_extra_sims=0.08, sim_farm=0.22,
                  rented_identity_multishop=0.07, otp_resale_sink=0.12,
                  used_by_someone_else=0.05, agent_own_id_mass=0.04,
                  photo_stock_dealer=0.03, sim_swap_takeover=0.02, elderly_id_harvest=0.03),
}


def _gens(g):
    legit = {
        "walkin": (g.g_walkin, ("walkin_shop", "busy_shop")),
        "app_selfservice": (g.g_app, ("app_selfservice",)),
        "courier_delivery": (g.g_courier, ("courier_delivery",)),
        "family_shared_phone": (g.g_family, ("family_shared_phone",)),
        "multi_sim_person": (g.g_multi, ("multi_sim_person",)),
        "data_only": (lambda: g.g_second_sim("data_only"), ("data_only",)),
        "backup_sim": (lambda: g.g_second_sim("backup_sim"), ("backup_sim",)),
        "org_iot": (lambda: g.g_org("iot"), ("org_iot",)),
        "org_fleet": (lambda: g.g_org("fleet"), ("org_fleet", "org_fleet_user_list")),
        "org_call_centre": (lambda: g.g_org("call"), ("org_call_centre",)),
        "name_variant": (g.g_name_variant, ("name_variant",)),
        "clerical_typo": (g.g_typo, ("clerical_typo",)),
        "standardised_2023": (lambda: g.g_standardised(False), ("standardised_2023",)),
        "standardised_preactivated": (lambda: g.g_standardised(True),
                                      ("standardised_preactivated",)),
        "recycled_number": (g.g_recycled, ("recycled_number",)),
        "app_fail_then_store": (g.g_app_fail, ("app_fail_then_store",)),
        "factory_gate_campaign": (g.g_factory, ("factory_gate_campaign",)),
        "elderly_assisted": (g.g_elderly, ("elderly_assisted",)),
        "rural_outreach_campaign": (g.g_outreach, ("rural_outreach_campaign",)),
        "foreign_resident": (g.g_foreign, ("foreign_resident",)),
        "tourist_sim": (g.g_tourist, ("tourist_sim",)),
        "mnp_ported": (g.g_mnp, ("mnp_ported",)),
        "assisted_app_kiosk": (g.g_kiosk, ("assisted_app_kiosk",)),
        "twins": (g.g_twins, ("twins",)),
        "cmnd_collision": (g.g_cmnd_collision, ("cmnd_collision",)),
    }
    fraud = {
        "preactivation_fabricated": (lambda: g.g_preact(False), ("preactivation_fabricated",)),
        "preactivation_leaked": (lambda: g.g_preact(True), ("preactivation_leaked",)),
        "identity_theft_ring": (g.g_ring, ("identity_theft_ring",)),
        "dealer_extra_sims": (g.g_extra, ("dealer_extra_sims",)),
        "sim_farm": (g.g_farm, ("sim_farm",)),
        "rented_identity_multishop": (g.g_rented, ("rented_identity_multishop",)),
        "otp_resale_sink": (g.g_otp, ("otp_resale_sink",)),
        "used_by_someone_else": (g.g_used_by, ("used_by_someone_else",)),
        "agent_own_id_mass": (g.g_agent_own, ("agent_own_id_mass",)),
        "photo_stock_dealer": (g.g_photo_stock, ("photo_stock_dealer",)),
        "sim_swap_takeover": (g.g_swap, ("sim_swap_takeover",)),
        "elderly_id_harvest": (g.g_harvest, ("elderly_id_harvest",)),
    }
    return legit, fraud


def _run(g):
    N = g.N
    legit, fraud = _gens(g)
    F = N * g.P["fraud"] * 0.93
    fw = FRAUD_W[g.scn]
    lw = LEGIT_W[g.scn]
    ft = sum(fw.values())
    lt_ = sum(lw.values())
    fb = {k: F * v / ft for k, v in fw.items()}
    L = 0.96 * (N - F - 0.55 * fb["dealer_extra_sims"] - 0.3 * fb["used_by_someone_else"])
    lb = {k: L * v / lt_ for k, v in lw.items()}
    g.budget = {}
    for table, budget in ((legit, lb), (fraud, fb)):
        for k, (_fn, pats) in table.items():
            for p in pats:
                g.budget[p] = budget[k]
    for table, budget in ((legit, lb), (fraud, fb)):
        for k, (fn, pats) in table.items():
            b = budget[k]
            if b < 1.0:
                continue
            guard = 0
            while sum(g.pat_rows.get(p, 0) for p in pats) < b and guard < 20 * b + 50:
                fn()
                guard += 1
    while len(g.out) < N:
        g.g_walkin()
    # small batches: minimum group sizes overshoot; drop evenly spread
    # single-row walk-in subscriptions to land close to N rows
    excess = len(g.out) - N
    if excess > 0 and g.singles:
        k = min(excess, len(g.singles) // 2)
        step = len(g.singles) / float(k) if k else 0
        drop = set()
        for i in range(k):
            idx, car, nat = g.singles[int(i * step)]
            drop.add(idx)
            del g.labels[(car, "84" + nat)]
            g.pat_rows["walkin_shop"] -= 1
        g.out = [r for i, r in enumerate(g.out) if i not in drop]


def _write(g, outdir):
    iccid, imsi = g._resolve_slots()
    g.out.sort(key=lambda r: (r[0], r[1]))
    cols = COLUMNS if g.colperm is None else [COLUMNS[i] for i in g.colperm]
    path = os.path.join(outdir, "batch.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        if g.scn == "rural":
            f.write("\ufeff")
        f.write(",".join(cols) + "\r\n")
        buf = []
        for _ts, _seq, line, slot in g.out:
            if slot >= 0:
                line = line.replace("\x1e", iccid[slot]).replace("\x1f", imsi[slot])
            buf.append(line)
            if len(buf) >= 5000:
                f.write("\r\n".join(buf) + "\r\n")
                buf = []
        if buf:
            f.write("\r\n".join(buf) + "\r\n")
    with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("carrier,msisdn,junk,non_owner,pattern\n")
        for key in sorted(g.labels):
            _ts, j, n, p = g.labels[key]
            f.write("%s,%s,%d,%d,%s\n" % (key[0], key[1], j, n, p))
    return len(g.out), len(g.labels)


Gen.run = _run
Gen.write = _write


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scenario", required=True, choices=SCENARIOS)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    if a.rows < 1:
        ap.error("--rows must be positive")
    t0 = time.time()
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    os.makedirs(a.out, exist_ok=True)
    nrows, nsubs = g.write(a.out)
    sys.stderr.write("indep3_gen: %s rows=%d subscriptions=%d in %.1fs\n"
                     % (a.scenario, nrows, nsubs, time.time() - t0))


if __name__ == "__main__":
    main()
