#!/usr/bin/env python3
"""indep7_gen.py - independent, blind test-data generator for the Vietnam
SIM-registration anomaly auditor (standard library only).

Built only from the interface contract (batch-format.md) and the domain fact
sheet (domain-vietnam.md); nothing in it was fitted to the detector.

USAGE
    python3 tools/indep7_gen.py --rows N --seed S --scenario NAME --out DIR
        [--list-scenarios]

    Writes DIR/batch.csv  (the contract's batch columns in contract order, header,
    UTF-8, exactly N data rows, sorted by registered_at) and DIR/labels.csv
    (carrier,msisdn,junk,non_owner,pattern - one row per subscription, carrier and
    msisdn spelt exactly as in batch.csv).  Output is a pure function of
    (rows, seed, scenario): one random.Random seeded with "indep7|N|S|scenario".
    Default scenario: national.

LABEL SEMANTICS (contract section 2)
    junk=1       the registration does not stand for a genuine end user at
                 activation (pre-activated / mass-registered for resale,
                 fabricated, borrowed, bought or leaked identity, SIM farm / SIM
                 box, spam, scam calls, OTP resale).
    non_owner=1  registered in the name of a REAL person who is not the one
                 holding/using it (stolen/leaked documents, dealer extras on a
                 walk-in's documents, identities sold or rented out, an agent's
                 own identity on SIMs sold to strangers).  Fabricated
                 (non-existent) identities are junk only.
    Subscription history: a few subscriptions (recycled numbers, re-auth on a
    new device, ownership transfer) have an older row; the label describes the
    latest registered_at row.  Fraud share is counted over batch rows.

SCENARIOS (fraud share of rows / stealth share of fraud clusters)
    national          default: national carrier/channel mix, 2025-01..2026-05, ~7 % fraud, 25 % stealth
    quiet             big-3 heavy, store/app heavy, little fraud (~3 %), two MVNOs export no usage
    junk_wave         2024-06..2025-12 dealer-heavy junk wave, MVNO boost, ~14 % fraud, crude
    careful           ~8 % fraud, 85 % stealth variants (spread, matched faces, human usage)
    mvno_ekyc         MVNO and self-service heavy, ID-theft rings / OTP / spam, ~10 %
    confounder_heavy  ~4 % fraud buried under 3-4x legit look-alikes (events, factories, orgs, families)
    post_c08          registrations 15 Apr-31 Jul 2026 (Circular 08), export 31 Aug 2026
                      (VNeID-unconfirmed numbers locked/terminated), ~6 % fraud, 50 % stealth

PATTERNS (junk, non_owner)
  legitimate (0,0):
    legit_walkin                 ordinary customer at a carrier store or dealer
    legit_busy_shop              customer of one of the heavy-tailed high-volume points
    legit_ekyc_self              self-registration in the carrier app on own phone
    legit_online_delivery        web order with delivery
    legit_online_courier         web order; courier's phone runs the face check at the door (one device, many customers)
    legit_shop_test_phone        clerk activates the SIM in the shop's test phone (first_use_imei shared by many)
    legit_family_one_phone       3-6 relatives registered one evening in the app on one family phone
    legit_elderly_helped         person 68-92 registered by a relative (relative's phone / accompanied)
    legit_multi_sim              2-6 SIMs on one document within the law (4th+ in a store)
    legit_data_sim               data-only SIM in a MiFi/tablet (zero calls)
    legit_backup_sim             rarely used backup SIM (near-zero usage, sometimes unconfirmed)
    legit_name_variant           same person, same document, name sent with/without diacritics/upper case
    legit_clerical_typo          honest DOB/ID-digit/gender/name slip (soft inconsistency, popdb MISMATCH/NOT_FOUND)
    legit_promo_event            carrier roadshow at a university/fair: hundreds in a weekend, sequential kits
    legit_factory_onboarding     industrial-park intake: hundreds of migrant workers from far provinces in days
    legit_foreign_staff          employer HR brings foreign engineers (passports) to a store in one sitting
    legit_tourist_airport        airport kiosk, passports, night-time arrival bursts, data-only short life
    legit_org_iot                organisation, hundreds of data-only IoT SIMs, bulk-loaded seconds apart
    legit_org_fleet              organisation drivers' SIMs (many distinct callees)
    legit_org_callcentre         organisation telesales SIMs (very high outbound, many callees)
    legit_org_rep_cccd           organisation SIMs under the representative's CCCD (ID degree >= 10)
    legit_recycled_number        revoked number reissued to a new owner (old TERMINATED row kept)
    legit_reauth_device          Circular 08 re-authentication on a new phone (second row, same subscription)
    legit_ownership_transfer     number transferred parent -> child (second row, new document)
    legit_legacy_sub             old (2019-2024) subscription still live
    legit_legacy_cmnd            old subscription on a 9- or 12-digit CMND
    legit_cmnd_collision         two real people sharing one CMND number (BR-VT / Dong Nai overlap 271450001-271500000)
    legit_victim_genuine_sim     the walk-in's own genuine SIM at a dealer who then added extras
  fraud (each also as <name>_stealth, a careful variant that leaves weaker evidence):
    fraud_preact_leaked          (1,1) dealer pre-activation on leaked real documents; bursts, sequential stock
    fraud_preact_fabricated      (1,0) dealer pre-activation on fabricated documents (NOT_FOUND/UNCHECKED, stock photos)
    fraud_idtheft_ring           (1,1) one operator's phones/face behind many victims' documents (app)
    fraud_dealer_extra_sim       (1,1) dealer adds SIMs to a walk-in's documents reusing the stored selfie
    fraud_simfarm_bought_ids     (1,1) bought identities, many SIMs each, first used in SIM-box modules
    fraud_otp_modem_pool         (1,1) leaked IDs, SIMs run in USB-modem pools for OTP resale
    fraud_spam_caller            (1,0) fabricated IDs, spam/scam outbound profile, SIMs rotated in cheap phones
    fraud_agent_own_id           (1,1) agent activates hundreds of SIMs on own (and relatives') CCCD for resale
    fraud_id_hopping             (1,1) one leaked ID shopped at many dealers across provinces in days (fake card, crew face)
    fraud_photo_template         (1,0) fabricated CMND/CCCD from a template + small stock of photos (flower images)
    fraud_elderly_harvest        (1,1) elderly villagers' IDs harvested at a 'gift' event, SIMs sold on
    fraud_simbox_bypass          (1,0) fabricated IDs in GSM gateways for interconnect bypass
"""

import argparse
import bisect
import datetime
import math
import os
import random
import sys
import time
import unicodedata

COLUMNS = [
    "carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type", "id_number",
    "full_name", "date_of_birth", "gender", "nationality", "province", "registered_at",
    "channel", "agent_id", "device_imei", "selfie_hash", "face_match", "popdb_check",
    "status", "first_use_imei", "active_days_30d", "out_calls_30d", "in_calls_30d",
    "out_sms_30d", "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d",
]

# code, name, population (millions, approx.), region
PROVINCES = [
    ("001", "Hà Nội", 8.05, "RR"), ("002", "Hà Giang", 0.85, "NM"), ("004", "Cao Bằng", 0.53, "NM"),
    ("006", "Bắc Kạn", 0.31, "NM"), ("008", "Tuyên Quang", 0.78, "NM"), ("010", "Lào Cai", 0.73, "NM"),
    ("011", "Điện Biên", 0.60, "NM"), ("012", "Lai Châu", 0.46, "NM"), ("014", "Sơn La", 1.25, "NM"),
    ("015", "Yên Bái", 0.82, "NM"), ("017", "Hòa Bình", 0.85, "NM"), ("019", "Thái Nguyên", 1.29, "NM"),
    ("020", "Lạng Sơn", 0.78, "NM"), ("022", "Quảng Ninh", 1.32, "RR"), ("024", "Bắc Giang", 1.80, "NM"),
    ("025", "Phú Thọ", 1.46, "NM"), ("026", "Vĩnh Phúc", 1.15, "RR"), ("027", "Bắc Ninh", 1.37, "RR"),
    ("030", "Hải Dương", 1.89, "RR"), ("031", "Hải Phòng", 2.03, "RR"), ("033", "Hưng Yên", 1.25, "RR"),
    ("034", "Thái Bình", 1.86, "RR"), ("035", "Hà Nam", 0.85, "RR"), ("036", "Nam Định", 1.78, "RR"),
    ("037", "Ninh Bình", 0.98, "RR"), ("038", "Thanh Hóa", 3.64, "NC"), ("040", "Nghệ An", 3.33, "NC"),
    ("042", "Hà Tĩnh", 1.29, "NC"), ("044", "Quảng Bình", 0.90, "NC"), ("045", "Quảng Trị", 0.63, "NC"),
    ("046", "Thừa Thiên Huế", 1.13, "NC"), ("048", "Đà Nẵng", 1.13, "SC"), ("049", "Quảng Nam", 1.50, "SC"),
    ("051", "Quảng Ngãi", 1.23, "SC"), ("052", "Bình Định", 1.49, "SC"), ("054", "Phú Yên", 0.87, "SC"),
    ("056", "Khánh Hòa", 1.23, "SC"), ("058", "Ninh Thuận", 0.59, "SC"), ("060", "Bình Thuận", 1.23, "SC"),
    ("062", "Kon Tum", 0.54, "CH"), ("064", "Gia Lai", 1.51, "CH"), ("066", "Đắk Lắk", 1.87, "CH"),
    ("067", "Đắk Nông", 0.62, "CH"), ("068", "Lâm Đồng", 1.30, "CH"), ("070", "Bình Phước", 0.99, "SE"),
    ("072", "Tây Ninh", 1.17, "SE"), ("074", "Bình Dương", 2.46, "SE"), ("075", "Đồng Nai", 3.10, "SE"),
    ("077", "Bà Rịa–Vũng Tàu", 1.15, "SE"), ("079", "TP Hồ Chí Minh", 8.99, "SE"), ("080", "Long An", 1.69, "MK"),
    ("082", "Tiền Giang", 1.76, "MK"), ("083", "Bến Tre", 1.29, "MK"), ("084", "Trà Vinh", 1.01, "MK"),
    ("086", "Vĩnh Long", 1.02, "MK"), ("087", "Đồng Tháp", 1.60, "MK"), ("089", "An Giang", 1.91, "MK"),
    ("091", "Kiên Giang", 1.72, "MK"), ("092", "Cần Thơ", 1.24, "MK"), ("093", "Hậu Giang", 0.73, "MK"),
    ("094", "Sóc Trăng", 1.20, "MK"), ("095", "Bạc Liêu", 0.91, "MK"), ("096", "Cà Mau", 1.19, "MK"),
]
PCODES = [p[0] for p in PROVINCES]
PREGION = {p[0]: p[3] for p in PROVINCES}
REGION_CODES = {}
for _p in PROVINCES:
    REGION_CODES.setdefault(_p[3], []).append(_p[0])
CITY = ("001", "079", "048", "031", "092")
DESTS = [("079", 40), ("001", 25), ("074", 10), ("075", 6), ("048", 4), ("027", 4), ("092", 3),
         ("031", 3), ("024", 2), ("056", 1), ("077", 2)]
INDUSTRIAL = ["074", "027", "075", "024", "031", "026", "033", "080", "030", "038"]
POOR = ["002", "004", "011", "012", "014", "010", "062", "064", "066", "084", "094", "040", "038", "017"]
MOUNTAIN = {"002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "020"}
KHMER = {"084", "094", "091", "089", "095"}
RURAL = [c for c in PCODES if c not in ("001", "079", "048", "031", "092", "074", "075", "027")]

# legacy 9-digit CMND issuing-police prefixes (approximate; 280 = Bình Dương, 27 shared Đồng Nai/BR-VT)
CMND_PREFIX = {
    "001": "01", "079": "02", "031": "03", "011": "04", "012": "04", "014": "05", "010": "06", "015": "06",
    "002": "07", "008": "07", "004": "08", "020": "08", "019": "09", "006": "09", "022": "10",
    "024": "12", "027": "12", "025": "13", "026": "13", "017": "11", "030": "14", "033": "14", "034": "15",
    "035": "16", "036": "16", "037": "16", "038": "17", "040": "18", "042": "18", "044": "19", "045": "19",
    "046": "19", "048": "20", "049": "20", "051": "21", "052": "21", "054": "22", "056": "22",
    "062": "23", "064": "23", "066": "24", "067": "24", "068": "25", "058": "26", "060": "26",
    "075": "27", "077": "27", "074": "280", "070": "285", "072": "29", "080": "30", "082": "31",
    "083": "32", "084": "33", "086": "33", "087": "34", "089": "35", "092": "36", "093": "36",
    "094": "36", "091": "37", "095": "38", "096": "38",
}

CARRIERS = ["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "GMOBILE", "ITEL", "REDDI",
            "WINTEL", "ASIM", "DIGILIFE", "LOCAL"]
MARKET = {"VIETTEL": 0.53, "VINAPHONE": 0.22, "MOBIFONE": 0.20, "VIETNAMOBILE": 0.018,
          "GMOBILE": 0.006, "ITEL": 0.012, "REDDI": 0.004, "WINTEL": 0.003, "ASIM": 0.003,
          "DIGILIFE": 0.002, "LOCAL": 0.002}
BIG3 = ("VIETTEL", "VINAPHONE", "MOBIFONE")
MVNO = ("VIETNAMOBILE", "GMOBILE", "ITEL", "REDDI", "WINTEL", "ASIM", "DIGILIFE", "LOCAL")
CCODE = {"VIETTEL": "VT", "VINAPHONE": "VNP", "MOBIFONE": "MBF", "VIETNAMOBILE": "VNM",
         "GMOBILE": "GTL", "ITEL": "ITL", "REDDI": "RDI", "WINTEL": "WTL", "ASIM": "ASM",
         "DIGILIFE": "DGL", "LOCAL": "LCL"}
# (base, span) of 9-digit national numbers; the prefix does not identify the carrier (MNP)
def _pp(*xs):
    return [(x * 10 ** 7, 10 ** 7) for x in xs]
PREFIXES = {
    "VIETTEL": _pp(86, 96, 97, 98, 32, 33, 34, 35, 36, 37, 38, 39),
    "VINAPHONE": _pp(88, 91, 94, 81, 82, 83, 84, 85),
    "MOBIFONE": _pp(89, 90, 93, 70, 76, 77, 78, 79),
    "VIETNAMOBILE": _pp(92, 52, 56, 58),
    "GMOBILE": [(993 * 10 ** 6, 5 * 10 ** 6)] + _pp(59),
    "ITEL": _pp(87),
    "REDDI": _pp(55),
    "WINTEL": _pp(55),
    "ASIM": _pp(89, 79),
    "DIGILIFE": _pp(85, 84),
    "LOCAL": _pp(81, 87),
}
ICC = {"VIETTEL": ("04", 11), "VINAPHONE": ("02", 10), "MOBIFONE": ("01", 10),
       "VIETNAMOBILE": ("05", 10), "GMOBILE": ("07", 10), "ITEL": ("08", 10), "REDDI": ("09", 10),
       "WINTEL": ("09", 10), "ASIM": ("21", 10), "DIGILIFE": ("22", 10), "LOCAL": ("23", 10)}
MNC = {"VIETTEL": "04", "VINAPHONE": "02", "MOBIFONE": "01", "VIETNAMOBILE": "05",
       "GMOBILE": "07", "ITEL": "08", "REDDI": "09", "WINTEL": "09", "ASIM": None,
       "DIGILIFE": None, "LOCAL": None}
IMSI_BASE = {"REDDI": 0, "WINTEL": 5 * 10 ** 9}

# made-up 8-digit type allocation codes per device class
PHONE_TACS = ["35332511", "35391110", "35467211", "35289311", "35205708", "35899908", "86154804",
              "86459005", "86720604", "86891105", "86263405", "86980406", "35407115", "35676211",
              "35944510", "86073004", "86440106", "86769205", "35209121", "86531206", "35161812",
              "86377107", "35720414", "86612908", "35498613", "86045609", "35317216", "86258310"]
FEATURE_TACS = ["35720910", "35846803", "86793503", "86107902"]
TABLET_TACS = ["35867210", "35283912", "86887605", "35512614"]
MIFI_TACS = ["86582104", "86199903", "86340807"]
GATEWAY_TACS = ["86247103", "86058602", "35622908"]
MODEM_TACS = ["86134901", "86612703", "86921502"]
IOT_TACS = ["86775604", "86391005", "35937408", "86052711"]
FWT_TACS = ["86903204", "86411806"]

SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 3), ("Huỳnh", 2.5),
            ("Phan", 4.5), ("Vũ", 2.2), ("Võ", 1.7), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3),
            ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.6), ("Đào", 0.5), ("Lâm", 0.4),
            ("Mai", 0.4), ("Trịnh", 0.4), ("Trương", 0.5), ("Cao", 0.3), ("Lương", 0.3), ("Tạ", 0.2),
            ("Hà", 0.4), ("Tô", 0.2), ("Châu", 0.2), ("Quách", 0.1), ("Kiều", 0.1), ("Thái", 0.2),
            ("Tăng", 0.1), ("La", 0.1), ("Hứa", 0.1), ("Lưu", 0.2), ("Triệu", 0.1), ("Chu", 0.1),
            ("Phùng", 0.2), ("Vương", 0.2), ("Giang", 0.1), ("Tống", 0.1), ("Doãn", 0.05), ("Âu", 0.05)]
MID_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Hoàng", "Ngọc", "Xuân", "Tuấn",
         "Gia", "Quốc", "Anh", "Trọng", "Thành", "Đình", "Bảo", "Nhật", "Hải", "Tiến", "Duy"]
MID_F = ["Thị", "Ngọc", "Thu", "Thanh", "Phương", "Minh", "Kim", "Mai", "Thúy", "Hồng", "Bích",
         "Khánh", "Hoài", "Diệu", "Bảo", "Như", "Quỳnh", "Thảo", "Mỹ", "Hải", "Tường", "Cẩm"]
GIV_M = ["Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Long", "Phúc", "Thắng", "Sơn",
         "Cường", "Hoàng", "Huy", "Khoa", "Quân", "Trung", "Đạt", "Tâm", "Bảo", "Khang", "Duy",
         "Thịnh", "Tùng", "Hiếu", "Lâm", "Phong", "Vinh", "Tài", "Lộc", "Nghĩa", "Toàn", "Kiên",
         "Việt", "Hưng", "Thành", "Quang", "Tiến", "Bình", "Hậu", "Đông", "Trí", "Nhân", "Khải",
         "Khôi", "Đăng", "An", "Phát", "Tín", "Hòa", "Thái", "Lực", "Sang", "Vũ", "Tú"]
GIV_F = ["Lan", "Hương", "Linh", "Trang", "Hà", "Ngọc", "Thảo", "Mai", "Hạnh", "Huyền", "Nhung",
         "Phương", "Yến", "Vy", "Anh", "Nhi", "Thủy", "Hằng", "Dung", "Oanh", "Nga", "Hoa", "Vân",
         "Trinh", "Loan", "Thư", "Quyên", "Tuyết", "Hiền", "Chi", "My", "Ngân", "Giang", "Châu",
         "Diễm", "Uyên", "Hân", "Tâm", "Nhàn", "Liên", "Cúc", "Xuân", "Thoa", "Hồng", "Tuyền", "Ly",
         "Ánh", "Duyên", "Kiều", "Trâm", "Thơ"]
OLD_M = ["Tư", "Tám", "Sáu", "Bảy", "Chín", "Mười", "Năm", "Thìn", "Tý", "Sửu", "Đức", "Lộc"]
OLD_F = ["Lụa", "Tý", "Nở", "Đào", "Mận", "Cúc", "Lành", "Thơm", "Gái", "Tươi", "Sen", "Hoa"]
HMONG_SUR = ["Giàng", "Sùng", "Vàng", "Thào", "Lý", "Mùa", "Hờ", "Lầu"]
HMONG_GIV = ["Sử", "Páo", "Chứ", "Dế", "Sính", "Mỷ", "Pó", "Chơ", "Dình", "Mang", "Sềnh", "Pàng"]
TAY_SUR = ["Lò", "Lường", "Cầm", "Hà", "Nông", "Hoàng", "Lục", "Ma", "Quàng", "Bế", "Hứa"]
KHMER_SUR = ["Thạch", "Sơn", "Kim", "Danh", "Lâm", "Chau", "Néang"]
KHMER_GIV = ["Sa Phol", "Sô Phi", "Ra Tha", "Sóc Khêm", "Chanh Đa", "Sà Rươne", "Kim Sang",
             "Sa Rinh", "Pho Ly", "Sô Khum", "Thi Da", "Mây"]

FOREIGN = {
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
           ["MIN JUN", "SEO YEON", "JI HOON", "HYUN WOO", "SU BIN", "DONG HYUN", "JI YEON", "SUNG HO",
            "YOUNG SOO", "EUN JI"], True),
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
           ["WEI", "FANG", "JING", "LEI", "MIN", "QIANG", "XIUYING", "JUN", "HAO", "YAN"], True),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA"],
           ["HIROSHI", "TAKESHI", "YUKI", "KENJI", "AYAKA", "HARUTO", "SAKURA", "DAISUKE"], True),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU", "TSAI"],
           ["CHIA-HAO", "YI-TING", "CHIH-MING", "SHU-FEN", "WEN-HSIUNG", "PEI-YU"], True),
    "US": (["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "NGUYEN"],
           ["JOHN", "MICHAEL", "EMILY", "SARAH", "DAVID", "JESSICA", "KEVIN", "ASHLEY"], False),
    "AU": (["TAYLOR", "WILSON", "MARTIN", "ANDERSON", "THOMPSON", "WHITE"],
           ["JACK", "OLIVIA", "NOAH", "CHLOE", "LIAM", "MIA"], False),
    "GB": (["EVANS", "ROBERTS", "WALKER", "WRIGHT", "HUGHES", "GREEN"],
           ["OLIVER", "HARRY", "AMELIA", "GEORGE", "ISLA", "SOPHIE"], False),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "PETIT"],
           ["LUCAS", "CAMILLE", "LÉA", "HUGO", "CHLOÉ", "THÉO"], False),
    "DE": (["MÜLLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER", "MEYER"],
           ["LUKAS", "ANNA", "JONAS", "LENA", "FELIX", "SOPHIE"], False),
    "RU": (["IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "VOLKOVA", "PETROVA"],
           ["ALEXEI", "DMITRY", "OLGA", "NATALIA", "SERGEI", "ANNA"], False),
    "IN": (["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA", "REDDY"],
           ["RAHUL", "PRIYA", "AMIT", "ANJALI", "VIKRAM", "NEHA"], False),
    "TH": (["SRISAI", "WONGSA", "CHAIYAPORN", "SUKSAWAT", "BOONMA"],
           ["SOMCHAI", "NATTAYA", "KITTI", "PORNTIP", "ANAN"], False),
}
TOURIST_MIX = [("KR", 30), ("CN", 25), ("US", 8), ("JP", 5), ("TW", 5), ("AU", 5), ("IN", 4),
               ("TH", 3), ("RU", 4), ("GB", 4), ("FR", 3), ("DE", 3)]
STAFF_MIX = [("KR", 45), ("CN", 35), ("JP", 10), ("TW", 10)]

ORG_KIND = ["Thương mại", "Vận tải", "Giải pháp IoT", "Dịch vụ Viễn thông", "Logistics",
            "Chăm sóc Khách hàng", "Công nghệ", "Đầu tư và Xây dựng", "Bảo vệ", "Năng lượng"]
ORG_NAME = ["Phương Nam", "Hưng Thịnh", "Minh Phát", "An Khang", "Sao Việt", "Đại Dương",
            "Toàn Cầu", "Thái Bình Dương", "Hoàng Long", "Nam Việt", "Trường Sơn", "Bình Minh",
            "Thành Công", "Việt Nhật", "Hòa Phát", "Tân Tiến", "Kim Long", "Đông Á"]

HOURS = {
    "STORE": [0] * 8 + [3, 6, 8, 7, 5, 5, 6, 6, 6, 7, 8, 7, 4, 2] + [0, 0],
    "AGENT": [0] * 7 + [2, 4, 6, 7, 6, 5, 5, 6, 6, 7, 8, 8, 7, 5, 3, 1] + [0],
    "EKYC_APP": [1, .5, .3, .2, .2, .4, 1, 2, 3, 4, 4, 4, 4, 3.5, 3.5, 3.5, 4, 4.5, 5, 6, 7, 7, 5, 2.5],
    "ONLINE": [.6, .3, .2, .1, .1, .2, .6, 1.5, 3, 4, 4, 4, 3.5, 3.5, 3.5, 3.5, 3.5, 4, 4.5, 5, 5.5, 5, 3.5, 1.5],
    "COURIER": [0] * 8 + [3, 5, 5, 4, 3, 4, 5, 5, 5, 4, 3, 1] + [0] * 4,
    "AIRPORT": [4, 3, 2, 1, .5, .5, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5],
    "NIGHT": [5, 3, 1, .5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 6],
    "EVENING": [0] * 18 + [3, 5, 6, 4, 1, 0],
}
HCUM = {}
for _k, _v in HOURS.items():
    assert len(_v) == 24, _k
    _c, _s = [], 0.0
    for _x in _v:
        _s += _x
        _c.append(_s)
    HCUM[_k] = (_c, _s)

EPOCH = datetime.date(2019, 1, 1)
NDAYS = (datetime.date(2027, 1, 1) - EPOCH).days
DAYSTR, DAYYEAR, DOW = [], [], []
for _i in range(NDAYS):
    _d = EPOCH + datetime.timedelta(days=_i)
    DAYSTR.append(_d.isoformat())
    DAYYEAR.append(_d.year)
    DOW.append(_d.weekday())


def dnum(s):
    return (datetime.date.fromisoformat(s) - EPOCH).days


C08_DAY = dnum("2026-04-15")          # Circular 08/2026 in force
LOCK1_DAY = dnum("2026-06-15")        # one-way lock of VNeID-unconfirmed numbers
POPDB_DAY = dnum("2022-08-01")        # population-database check mandatory
USAGE_FROM = dnum("2024-01-01")       # carriers keep early-life usage from here
TET = ["2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
       "2025-01-29", "2026-02-17"]
HUNG = ["2024-04-18", "2025-04-07", "2026-04-26"]
DOWF = [1.0, .97, .97, .98, 1.05, 1.15, .95]
DBL = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
ZERO = (0, 0, 0, 0, 0, 0, 0, 0)
BUSY = 40.0


def luhn_digit(body):
    rev = body[::-1]
    s = 0
    for ch in rev[0::2]:
        s += DBL[ord(ch) - 48]
    for ch in rev[1::2]:
        s += ord(ch) - 48
    return str((10 - s % 10) % 10)


def luhn_ok(full):
    return full.isdigit() and luhn_digit(full[:-1]) == full[-1]


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def csvq(s):
    if "," in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def cum(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out, s


# ---------------------------------------------------------------- scenarios
BASE_LEGIT = {  # name: (share of legit rows, mean rows per event)
    "single": (0.60, 1), "multi": (0.07, 2.6), "data_sim": (0.025, 2), "backup": (0.02, 2),
    "name_variant": (0.01, 2), "family": (0.05, 4.5), "org_iot": (0.03, 250), "org_fleet": (0.015, 120),
    "org_callcentre": (0.008, 80), "org_rep": (0.006, 45), "typo": (0.012, 1), "elderly": (0.02, 1.6),
    "promo": (0.02, 220), "factory": (0.02, 250), "foreign_staff": (0.006, 50), "tourist": (0.012, 15),
    "recycled": (0.012, 2), "reauth": (0.01, 2), "transfer": (0.006, 2), "legacy": (0.025, 1),
    "courier": (0.015, 12), "cmnd_collision": (0.0005, 2),
}
BASE_FRAUD = {  # name: (share of fraud rows, mean rows per event)
    "preact_leaked": (0.16, 80), "preact_fabricated": (0.10, 70), "idtheft_ring": (0.10, 90),
    "dealer_extra": (0.10, 40), "simfarm": (0.12, 150), "otp_modem": (0.08, 60),
    "spam_caller": (0.08, 50), "agent_own_id": (0.06, 150), "id_hopping": (0.05, 30),
    "photo_template": (0.05, 60), "elderly_harvest": (0.05, 70), "simbox_bypass": (0.05, 70),
}

SCENARIOS = {
    "national": dict(
        desc="national mix, 2025-01..2026-05, ~7% fraud, 25% stealth",
        fraud=0.07, stealth=0.25, start="2025-01-01", end="2026-05-31", export="2026-06-30",
        mvno_mult=1.0, fraud_mvno_boost=3.0, channels=(0.19, 0.50, 0.25, 0.06),
        legit_mult={}, fraud_mult={}, ported=0.03, nodiac=0.06, upper=0.04, nfd=0.0,
        usage_missing=(), test_phone=0.04, imsi_missing=0.02, mixed_case=()),
    "quiet": dict(
        desc="big-3 heavy, store/app heavy, ~3% fraud, two MVNOs export no usage",
        fraud=0.03, stealth=0.30, start="2025-03-01", end="2026-03-31", export="2026-04-30",
        mvno_mult=0.5, fraud_mvno_boost=2.0, channels=(0.30, 0.35, 0.30, 0.05),
        legit_mult={}, fraud_mult={"simfarm": 0.5, "simbox_bypass": 0.5}, ported=0.025,
        nodiac=0.04, upper=0.03, nfd=0.0, usage_missing=("ITEL", "GMOBILE"), test_phone=0.03,
        imsi_missing=0.01, mixed_case=()),
    "junk_wave": dict(
        desc="2024-06..2025-12 dealer-heavy junk wave, MVNO boost, ~14% fraud, mostly crude",
        fraud=0.14, stealth=0.10, start="2024-06-01", end="2025-12-31", export="2026-01-31",
        mvno_mult=3.0, fraud_mvno_boost=4.0, channels=(0.10, 0.72, 0.13, 0.05),
        legit_mult={"legacy": 0.5, "reauth": 0.0},
        fraud_mult={"preact_leaked": 2.0, "preact_fabricated": 2.5, "simfarm": 1.5, "spam_caller": 1.5,
                    "photo_template": 2.0, "simbox_bypass": 1.5, "idtheft_ring": 0.5},
        ported=0.03, nodiac=0.10, upper=0.06, nfd=0.0, usage_missing=(), test_phone=0.04,
        imsi_missing=0.04, mixed_case=()),
    "careful": dict(
        desc="~8% fraud, 85% stealth variants (spread, matched faces, human usage)",
        fraud=0.08, stealth=0.85, start="2025-01-01", end="2026-06-30", export="2026-07-31",
        mvno_mult=1.0, fraud_mvno_boost=2.0, channels=(0.19, 0.50, 0.25, 0.06),
        legit_mult={"family": 1.5, "multi": 1.3}, fraud_mult={}, ported=0.03, nodiac=0.06,
        upper=0.04, nfd=0.0, usage_missing=(), test_phone=0.05, imsi_missing=0.02, mixed_case=()),
    "mvno_ekyc": dict(
        desc="MVNO + self-service heavy; ID-theft rings, OTP, spam; ~10% fraud",
        fraud=0.10, stealth=0.40, start="2025-06-01", end="2026-05-31", export="2026-06-30",
        mvno_mult=8.0, fraud_mvno_boost=2.0, channels=(0.08, 0.30, 0.47, 0.15),
        legit_mult={"family": 2.0, "courier": 2.0},
        fraud_mult={"idtheft_ring": 3.0, "otp_modem": 2.0, "spam_caller": 1.5, "preact_leaked": 0.5,
                    "preact_fabricated": 0.5},
        ported=0.05, nodiac=0.08, upper=0.05, nfd=0.01, usage_missing=(), test_phone=0.03,
        imsi_missing=0.03, mixed_case=("MOBIFONE", "ITEL")),
    "confounder_heavy": dict(
        desc="~4% fraud buried under 3-4x legit look-alikes",
        fraud=0.04, stealth=0.50, start="2025-01-01", end="2026-05-31", export="2026-06-30",
        mvno_mult=1.0, fraud_mvno_boost=2.0, channels=(0.22, 0.45, 0.26, 0.07),
        legit_mult={"promo": 4, "factory": 4, "family": 3, "org_iot": 3, "org_fleet": 3,
                    "org_callcentre": 3, "org_rep": 3, "courier": 3, "tourist": 3, "elderly": 3,
                    "typo": 3, "name_variant": 3, "foreign_staff": 3, "backup": 2, "recycled": 2,
                    "multi": 2, "data_sim": 2, "cmnd_collision": 4},
        fraud_mult={"dealer_extra": 2.0, "agent_own_id": 2.0, "elderly_harvest": 2.0},
        ported=0.04, nodiac=0.10, upper=0.06, nfd=0.01, usage_missing=(), test_phone=0.12,
        imsi_missing=0.02, mixed_case=()),
    "post_c08": dict(
        desc="15 Apr-31 Jul 2026 under Circular 08, export 31 Aug 2026 (VNeID locks), ~6% fraud",
        fraud=0.06, stealth=0.50, start="2026-04-15", end="2026-07-31", export="2026-08-31",
        mvno_mult=1.0, fraud_mvno_boost=2.5, channels=(0.22, 0.40, 0.32, 0.06),
        legit_mult={"reauth": 5.0, "legacy": 2.0},
        fraud_mult={"idtheft_ring": 1.5, "dealer_extra": 1.5, "id_hopping": 1.5, "photo_template": 0.3},
        ported=0.03, nodiac=0.06, upper=0.04, nfd=0.0, usage_missing=(), test_phone=0.04,
        imsi_missing=0.02, mixed_case=()),
}
DEFAULT_SCENARIO = "national"


class Person:
    __slots__ = ("name", "sur", "g", "dob", "by", "idt", "idn", "bp", "res", "face", "ph", "nat")


class Point:
    __slots__ = ("pid", "c", "kind", "prov", "w", "devs", "box", "test", "trate", "hours")

    def dev(self, r):
        d = self.devs
        if len(d) == 1 or r.random() < 0.6:
            return d[0]
        return d[r.randrange(len(d))]


class Gen:
    def __init__(self, n, seed, scen):
        self.N = n
        self.scen = scen
        S = self.S = SCENARIOS[scen]
        self.rng = r = random.Random("indep7|%d|%d|%s" % (n, seed, scen))
        self.rows = []
        self.labels = {}
        self.n = 0
        self.nf = 0
        self.fshare = S["fraud"]
        self.ftarget = int(round(n * S["fraud"]))
        self.d0, self.d1, self.E = dnum(S["start"]), dnum(S["end"]), dnum(S["export"])
        self.E_ts = self.E * 86400 + 86399
        self.used_id, self.used_imei, self.used_ms = set(), set(), set()
        self.pool = []
        self.rcache = {}
        self.pseq = 0
        # days
        w = []
        tet = [dnum(x) for x in TET]
        hung = set(dnum(x) for x in HUNG)
        for d in range(self.d0, self.d1 + 1):
            f = DOWF[DOW[d]] * (1.0 + 0.12 * (d - self.d0) / max(1, self.d1 - self.d0))
            for t in tet:
                if -1 <= d - t <= 4:
                    f *= 0.2
                elif -14 <= d - t <= -2:
                    f *= 1.25
            md = DAYSTR[d][5:]
            if d in hung or md in ("04-30", "05-01"):
                f *= 0.55
            elif md in ("01-01", "09-02"):
                f *= 0.6
            w.append(f)
        self.dcum, self.dtot = cum(w)
        # carriers
        cs = {}
        for c in CARRIERS:
            cs[c] = MARKET[c] * (S["mvno_mult"] if c in MVNO else 1.0)
        t = sum(cs.values())
        self.cshare = {c: cs[c] / t for c in CARRIERS}
        self.ccum = cum([self.cshare[c] for c in CARRIERS])
        self.fccum = cum([self.cshare[c] * (S["fraud_mvno_boost"] if c in MVNO else 1.0) for c in CARRIERS])
        self.pcum = cum([p[2] for p in PROVINCES])
        self.bcum = cum([p[2] * (0.7 if p[0] in ("079", "001", "074", "075", "048") else 1.0) for p in PROVINCES])
        self.destcum = cum([x[1] for x in DESTS])
        self.surcum = cum([x[1] for x in SURNAMES])
        self.chcum = cum(S["channels"])
        self.agebins = [(14, 17, 4), (18, 24, 20), (25, 34, 25), (35, 44, 20), (45, 54, 14),
                        (55, 64, 10), (65, 74, 5), (75, 90, 2)]
        self.agecum = cum([b[2] for b in self.agebins])
        # carrier export styles
        self.style = {}
        fmts = {"VIETTEL": "84", "VINAPHONE": "0", "MOBIFONE": "+84", "VIETNAMOBILE": "0",
                "GMOBILE": "84", "ITEL": "0", "REDDI": "0", "WINTEL": "0", "ASIM": "0",
                "DIGILIFE": "84", "LOCAL": "0"}
        for c in CARRIERS:
            nod, up = S["nodiac"], S["upper"]
            if c == "VIETNAMOBILE":
                nod, up = 0.15, 0.55      # legacy system exports upper case
            if c == "GMOBILE":
                nod = 0.25
            disp = c
            if c in S["mixed_case"]:
                disp = c.capitalize() if c != "MOBIFONE" else "MobiFone"
            self.style[c] = dict(fmt=fmts[c], disp=disp, sparse=c in ("GMOBILE", "LOCAL", "DIGILIFE"),
                                 nod=nod, up=up, nfd=S["nfd"])
        self.usage_missing = set(S["usage_missing"])
        # sim counters
        self.ictr = {c: r.randrange(10 ** 8, 2 * 10 ** 9) for c in CARRIERS}
        self.ibase = {c: IMSI_BASE.get(c, r.randrange(10 ** 9, 4 * 10 ** 9)) for c in CARRIERS}
        self.port_cum = cum([0.55, 0.22, 0.20, 0.03])
        self.build_points()
        # events
        lm, fm = S["legit_mult"], S["fraud_mult"]
        self.lev = list(BASE_LEGIT)
        self.levcum = cum([BASE_LEGIT[k][0] * lm.get(k, 1.0) / BASE_LEGIT[k][1] for k in self.lev])
        self.fev = list(BASE_FRAUD)
        self.fevcum = cum([BASE_FRAUD[k][0] * fm.get(k, 1.0) / BASE_FRAUD[k][1] for k in self.fev])

    # ------------------------------------------------------------ basics
    def pick(self, cw, items):
        c, t = cw
        return items[bisect.bisect_right(c, self.rng.random() * t)]

    def pick_carrier(self):
        return self.pick(self.ccum, CARRIERS)

    def pick_fcarrier(self):
        return self.pick(self.fccum, CARRIERS)

    def sample_day(self):
        c, t = self.dcum, self.dtot
        i = bisect.bisect_right(c, self.rng.random() * t)
        return self.d0 + min(i, len(c) - 1)

    def clamp_day(self, d):
        return max(self.d0, min(self.d1, d))

    def ts_at(self, day, hk):
        c, t = HCUM[hk]
        r = self.rng
        h = bisect.bisect_right(c, r.random() * t)
        if h > 23:
            h = 23
        return day * 86400 + h * 3600 + r.randrange(3600)

    def tsstr(self, ts):
        d, s = divmod(ts, 86400)
        return "%sT%02d:%02d:%02d+07:00" % (DAYSTR[d], s // 3600, s // 60 % 60, s % 60)

    def province(self):
        return self.pick(self.pcum, PCODES)

    def pick_channel(self):
        return self.pick(self.chcum, ("STORE", "AGENT", "EKYC_APP", "ONLINE"))

    # ------------------------------------------------------------ devices
    def imei_block(self, tacs, k):
        r = self.rng
        used = self.used_imei
        while True:
            tac = int(tacs[r.randrange(len(tacs))])
            base = tac * 1000000 + r.randrange(0, 1000000 - k)
            ok = True
            for j in range(k):
                if base + j in used:
                    ok = False
                    break
            if ok:
                break
        out = []
        for j in range(k):
            used.add(base + j)
            s = "%014d" % (base + j)
            out.append(s + luhn_digit(s))
        return out

    def imei(self, tacs):
        return self.imei_block(tacs, 1)[0]

    def phone(self, p):
        if p.ph is None:
            r = self.rng
            old = p.by is not None and DAYYEAR[self.d1] - p.by >= 68
            tacs = FEATURE_TACS if (old and r.random() < 0.6) else PHONE_TACS
            if r.random() < 0.55:
                a, b = self.imei_block(tacs, 2)     # dual-SIM handset: two adjacent IMEIs
                p.ph = (a, b)
            else:
                p.ph = (self.imei(tacs), None)
        return p.ph

    # ------------------------------------------------------------ SIMs and numbers
    def msisdn_nat(self, c):
        r = self.rng
        cc = c
        if r.random() < self.S["ported"]:
            cc = self.pick(self.port_cum, ("VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE"))
        bases = PREFIXES[cc]
        used = self.used_ms
        while True:
            base, span = bases[r.randrange(len(bases))]
            x = base + r.randrange(span)
            if x not in used:
                used.add(x)
                return x

    def msisdn_block(self, c, k):
        r = self.rng
        used = self.used_ms
        bases = PREFIXES[c]
        for _ in range(30):
            base, span = bases[r.randrange(len(bases))]
            st = base + r.randrange(span - k)
            if all((st + j) not in used for j in range(k)):
                for j in range(k):
                    used.add(st + j)
                return [st + j for j in range(k)]
        return [self.msisdn_nat(c) for _ in range(k)]

    def new_box(self, c, size, seq, day):
        start = self.ictr[c] + self.rng.randrange(1, 3000)
        self.ictr[c] = start + size
        ms = self.msisdn_block(c, size) if seq else None
        yy = (DAYYEAR[day] - (1 if self.rng.random() < 0.4 else 0)) % 100
        return [start, start + size, ms, yy, start]

    def box_sim(self, c, box):
        serial = box[0]
        box[0] += 1
        nat9 = box[2][serial - box[4]] if box[2] is not None else self.msisdn_nat(c)
        return self.mk_sim(c, serial, box[3], nat9)

    def take_sim(self, c, holder, day):
        b = holder.box
        if b is None or b[0] >= b[1]:
            if holder.kind == "WH":
                b = self.new_box(c, 500, False, day)
            elif holder.kind == "AGENT":
                b = self.new_box(c, 100, self.rng.random() < 0.12, day)
            else:
                b = self.new_box(c, 50, False, day)
            holder.box = b
        return self.box_sim(c, b)

    def mk_sim(self, c, serial, yy, nat9):
        iss, L = ICC[c]
        body = "8984%s%02d%0*d" % (iss, yy, L, serial)
        iccid = body + luhn_digit(body)
        mnc = MNC[c]
        if mnc is None or self.rng.random() < self.S["imsi_missing"]:
            imsi = ""
        else:
            imsi = "452%s%010d" % (mnc, (self.ibase[c] + serial) % 10 ** 10)
        f = self.style[c]["fmt"]
        if f == "0":
            ms = "0%09d" % nat9
        elif f == "84":
            ms = "84%09d" % nat9
        else:
            ms = "+84%09d" % nat9
        return (ms, iccid, imsi)

    # ------------------------------------------------------------ points of sale
    def new_point(self, c, kind, prov, w, hours=None):
        r = self.rng
        self.pseq += 1
        pt = Point()
        letter = {"STORE": "S", "AGENT": "A", "MOBILE": "M", "AIRPORT": "K"}[kind]
        pt.pid = "%s%s%s%05d" % (CCODE[c], letter, prov, self.pseq)
        pt.c = c
        pt.kind = "AGENT" if kind in ("AGENT", "AIRPORT") else "STORE"
        pt.prov = prov
        pt.w = w
        nd = 1 + min(5, int(math.sqrt(w) / 2))
        if pt.kind == "AGENT" and r.random() < 0.5:
            devs = [self.imei(PHONE_TACS)] + [self.imei(TABLET_TACS) for _ in range(nd - 1)]
        else:
            devs = [self.imei(TABLET_TACS) for _ in range(nd)]
        pt.devs = devs
        pt.box = None
        pt.test = None
        pt.trate = 0.0
        if kind in ("STORE", "AGENT") and r.random() < self.S["test_phone"]:
            pt.test = self.imei(PHONE_TACS)
            pt.trate = r.uniform(0.3, 0.75)
        pt.hours = hours or ("STORE" if pt.kind == "STORE" else "AGENT")
        return pt

    def build_points(self):
        r = self.rng
        N = self.N
        self.idx, self.idxc = {}, {}
        self.rogues = {}
        self.wh = {}
        self.airports = {}
        big_cities = ["079", "001", "048", "092", "031", "074", "075", "056", "027", "040", "038", "066"]
        for c in CARRIERS:
            sh = self.cshare[c]
            wh = Point()
            wh.pid, wh.c, wh.kind, wh.box = "", c, "WH", None
            self.wh[c] = wh
            pts = {"STORE": [], "AGENT": []}
            n_ag = max(6, int(N * sh / 70))
            n_st = max(3, int(N * sh / 900))
            for kind, nk in (("AGENT", n_ag), ("STORE", n_st)):
                for _ in range(nk):
                    if c in BIG3:
                        prov = self.province() if r.random() < 0.85 else CITY[r.randrange(len(CITY))]
                    else:
                        prov = big_cities[r.randrange(len(big_cities))]
                    w = min(400.0, r.paretovariate(1.15))
                    if kind == "STORE":
                        w *= 3
                    pts[kind].append(self.new_point(c, kind, prov, w))
            for kind in ("STORE", "AGENT"):
                lst = pts[kind]
                self.idxc[(c, kind)] = (lst, cum([p.w for p in lst]))
                byp = {}
                for p in lst:
                    byp.setdefault(p.prov, []).append(p)
                for prov, l2 in byp.items():
                    self.idx[(c, kind, prov)] = (l2, cum([p.w for p in l2]))
            cand = [p for p in pts["AGENT"] if p.w < 25]
            nr = max(2, int(len(pts["AGENT"]) * 0.02))
            rog = [cand[r.randrange(len(cand))] for _ in range(nr)] if cand else pts["AGENT"][:nr]
            self.rogues[c] = (rog, cum([r.paretovariate(1.3) for _ in rog]))
            if c in BIG3 or c == "VIETNAMOBILE":
                self.airports[c] = [self.new_point(c, "AIRPORT", a, 5.0, "AIRPORT")
                                    for a in ("079", "001", "048", "056", "091")]

    def pick_point(self, c, kind, prov):
        r = self.rng
        key = (c, kind, prov)
        if r.random() < 0.85 and key in self.idx:
            lst, cw = self.idx[key]
        else:
            lst, cw = self.idxc[(c, kind)]
        return lst[bisect.bisect_right(cw[0], r.random() * cw[1])] if len(lst) > 1 else lst[0]

    def pick_rogue(self, c):
        lst, cw = self.rogues[c]
        return lst[min(len(lst) - 1, bisect.bisect_right(cw[0], self.rng.random() * cw[1]))]

    # ------------------------------------------------------------ people
    def surname(self):
        return self.pick(self.surcum, SURNAMES)[0]

    def make_name(self, g, sur, bp, by, old_style=False):
        r = self.rng
        if bp in MOUNTAIN and r.random() < 0.2:
            if r.random() < 0.5:
                s = HMONG_SUR[r.randrange(len(HMONG_SUR))]
                mid = "A" if g == "M" else "Thị"
                return s, "%s %s %s" % (s, mid, HMONG_GIV[r.randrange(len(HMONG_GIV))])
            s = TAY_SUR[r.randrange(len(TAY_SUR))]
            mid = "Văn" if g == "M" else "Thị"
            giv = GIV_M if g == "M" else GIV_F
            return s, "%s %s %s" % (s, mid, giv[r.randrange(len(giv))])
        if bp in KHMER and r.random() < 0.15:
            s = KHMER_SUR[r.randrange(len(KHMER_SUR))]
            mid = "" if r.random() < 0.5 else ("Thị " if g == "F" else "")
            return s, "%s %s%s" % (s, mid, KHMER_GIV[r.randrange(len(KHMER_GIV))])
        if sur is None:
            sur = self.surname()
        young = by is not None and by >= 1995
        if g == "M":
            mid = "Văn" if (r.random() < (0.15 if young else 0.45)) else MID_M[r.randrange(len(MID_M))]
            giv = (OLD_M if old_style and r.random() < 0.5 else GIV_M)
        else:
            mid = "Thị" if (r.random() < (0.2 if young else 0.6)) else MID_F[r.randrange(len(MID_F))]
            giv = (OLD_F if old_style and r.random() < 0.5 else GIV_F)
        g1 = giv[r.randrange(len(giv))]
        if r.random() < 0.14 and not old_style:
            mids = MID_M if g == "M" else MID_F
            m2 = mids[r.randrange(1, len(mids))]
            if m2 != mid:
                return sur, "%s %s %s %s" % (sur, mid, m2, g1)
        return sur, "%s %s %s" % (sur, mid, g1)

    def cccd(self, bp, g, by):
        r = self.rng
        G = (by // 100 - 19) * 2 + (1 if g == "F" else 0)
        while True:
            s = "%s%d%02d%06d" % (bp, G, by % 100, r.randrange(1000000))
            if s not in self.used_id:
                self.used_id.add(s)
                return s

    def cmnd9(self, prov):
        r = self.rng
        pre = CMND_PREFIX.get(prov, "01")
        while True:
            k = 9 - len(pre)
            s = pre + "%0*d" % (k, r.randrange(10 ** k))
            if s not in self.used_id:
                self.used_id.add(s)
                return s

    def dob_for(self, by):
        d = datetime.date(by, 1, 1) + datetime.timedelta(days=self.rng.randrange(365))
        return d.isoformat()

    def new_person(self, day, age=None, g=None, bp=None, res=None, sur=None, idt="CCCD",
                   old_style=False):
        r = self.rng
        p = Person()
        if age is None:
            lo, hi, _ = self.pick(self.agecum, self.agebins)
            age = r.randint(lo, hi)
        by = DAYYEAR[day] - age
        p.g = g or ("M" if r.random() < 0.51 else "F")
        p.by = by
        p.dob = self.dob_for(by)
        p.bp = bp or self.pick(self.bcum, PCODES)
        if res is None:
            res = p.bp if r.random() < 0.75 else self.pick(self.destcum, DESTS)[0]
        p.res = res
        p.sur, p.name = self.make_name(p.g, sur, p.bp, by, old_style or age >= 70)
        p.idt = idt
        if idt == "CMND":
            p.idn = self.cmnd9(p.res if r.random() < 0.5 else p.bp)
        elif idt == "CMND12":
            p.idt = "CMND"
            p.idn = self.cccd(p.bp, p.g, by)
        else:
            p.idn = self.cccd(p.bp, p.g, by)
        p.face = r.getrandbits(64)
        p.ph = None
        p.nat = "VN"
        return p

    def fab_person(self, day, consistent, res=None, cmnd_prefix=None):
        """Fabricated identity: uniform province choice, name from a short list."""
        r = self.rng
        p = Person()
        p.g = "M" if r.random() < 0.6 else "F"
        age = r.randint(19, 58)
        by = DAYYEAR[day] - age
        p.by = by
        p.dob = self.dob_for(by)
        if consistent or r.random() < 0.85:
            p.bp = PCODES[r.randrange(len(PCODES))]
        else:
            p.bp = ("003", "005", "018", "039", "050", "099", "100")[r.randrange(7)]
        p.res = res or PCODES[r.randrange(len(PCODES))]
        sur = SURNAMES[r.randrange(12)][0]
        p.sur, p.name = self.make_name(p.g, sur, "", by)
        if cmnd_prefix is not None:
            p.idt = "CMND"
            p.idn = cmnd_prefix
        else:
            p.idt = "CCCD"
            if consistent:
                p.idn = self.cccd(p.bp, p.g, by)
            else:
                G = r.randrange(4)
                yy = by % 100 if r.random() < 0.4 else r.randrange(100)
                while True:
                    s = "%s%d%02d%06d" % (p.bp, G, yy, r.randrange(1000000))
                    if s not in self.used_id:
                        self.used_id.add(s)
                        break
                p.idn = s
                if r.random() < 0.3:
                    p.g = "M" if p.g == "F" else "F"
        p.face = r.getrandbits(64)
        p.ph = None
        p.nat = "VN"
        return p

    def passport(self, nat):
        r = self.rng
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if nat == "KR":
            return "M%08d" % r.randrange(10 ** 8)
        if nat == "CN":
            return "E%08d" % r.randrange(10 ** 8) if r.random() < 0.6 else "EA%07d" % r.randrange(10 ** 7)
        if nat == "JP":
            return "T%s%07d" % (L[r.randrange(len(L))], r.randrange(10 ** 7))
        if nat in ("TW", "US", "GB", "RU"):
            return "%09d" % r.randrange(10 ** 8, 10 ** 9)
        if nat == "FR":
            return "%02d%s%s%05d" % (r.randrange(100), L[r.randrange(len(L))], L[r.randrange(len(L))], r.randrange(10 ** 5))
        if nat == "DE":
            return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if nat == "TH":
            return "A%s%07d" % (L[r.randrange(len(L))], r.randrange(10 ** 7))
        if nat == "VN":
            return "%s%07d" % ("BCNP"[r.randrange(4)], r.randrange(10 ** 7))
        return "%s%07d" % (L[r.randrange(len(L))], r.randrange(10 ** 7))

    def foreigner(self, day, nat, res, age=None):
        r = self.rng
        p = Person()
        p.g = "M" if r.random() < 0.6 else "F"
        age = age or r.randint(22, 60)
        p.by = DAYYEAR[day] - age
        p.dob = self.dob_for(p.by)
        p.bp = ""
        p.res = res
        sn, gn, east = FOREIGN[nat]
        s, gv = sn[r.randrange(len(sn))], gn[r.randrange(len(gn))]
        p.sur = s
        p.name = ("%s %s" % (s, gv)) if east else ("%s %s" % (gv, s))
        if r.random() < 0.2:
            p.name = p.name.title()
        p.idt = "PASSPORT"
        while True:
            x = self.passport(nat)
            if x not in self.used_id:
                self.used_id.add(x)
                break
        p.idn = x
        p.face = r.getrandbits(64)
        p.ph = None
        p.nat = nat
        return p

    def pool_add(self, p):
        if p.idt != "CCCD":
            return
        pl = self.pool
        if len(pl) < 200000:
            pl.append(p)
        else:
            pl[self.rng.randrange(200000)] = p

    def victim(self, day, from_pool=0.5):
        r = self.rng
        if self.pool and r.random() < from_pool:
            return self.pool[r.randrange(len(self.pool))]
        return self.new_person(day, age=r.randint(18, 70))

    # ------------------------------------------------------------ faces, checks
    def cap(self, face, lo=0):
        """One capture of a face: flip a few bits (live captures rarely identical)."""
        r = self.rng
        x = r.random()
        k = 0 if x < 0.06 else 1 if x < 0.30 else 2 if x < 0.60 else 3 if x < 0.82 else 4 if x < 0.96 else 5
        if k < lo:
            k = lo
        m = 0
        for _ in range(k):
            m |= 1 << r.randrange(64)
        return "%016x" % (face ^ m)

    def flip(self, face, k):
        r = self.rng
        m = 0
        for _ in range(k):
            m |= 1 << r.randrange(64)
        return face ^ m

    def fm_legit(self, p, day):
        r = self.rng
        age = DAYYEAR[day] - (p.by or 1990)
        x = r.random()
        if x < 0.03:
            v = r.uniform(0.55, 0.75)
        elif age >= 65 or p.idt == "CMND":
            v = r.gauss(0.80, 0.07)
        else:
            v = r.gauss(0.90, 0.045)
        return "%.3f" % min(0.999, max(0.35, v))

    def selfie_p(self, ch, day):
        if day >= C08_DAY:
            return 1.0
        if day < POPDB_DAY:
            return 0.0 if ch != "EKYC_APP" else 1.0
        y = DAYYEAR[day]
        if ch == "EKYC_APP":
            return 1.0
        if ch == "STORE":
            return 0.93 if y >= 2025 else 0.85
        if ch == "AGENT":
            return 0.72 if y >= 2025 else 0.5
        return 0.6

    def popdb_legit(self, day):
        x = self.rng.random()
        if day >= POPDB_DAY:
            return "MATCH" if x < 0.985 else "UNCHECKED" if x < 0.997 else "MISMATCH"
        return "MATCH" if x < 0.7 else "UNCHECKED" if x < 0.92 else "MISMATCH"

    def status(self, ts, unconf=0.03, lock1=0.0, lock2=0.0, churn=0.02, term=0.0):
        r = self.rng
        E_ts = self.E_ts
        if unconf > 0 and self.E >= LOCK1_DAY and r.random() < unconf:
            start = max(LOCK1_DAY * 86400, ts + 20 * 86400)
            if E_ts >= start:
                dd = (E_ts - start) // 86400
                return "ONE_WAY_LOCKED" if dd < 60 else "TWO_WAY_LOCKED" if dd < 65 else "TERMINATED"
        x = r.random()
        if x < term and ts < E_ts - 30 * 86400:
            return "TERMINATED"
        x -= term
        if x < lock2:
            return "TWO_WAY_LOCKED"
        x -= lock2
        if x < lock1:
            return "ONE_WAY_LOCKED"
        x -= lock1
        if x < churn and ts < E_ts - 90 * 86400:
            return "TERMINATED"
        return "ACTIVE"

    # ------------------------------------------------------------ usage profiles
    def u_human(self, lvl=1.0, data=1.0):
        r = self.rng
        lg = r.lognormvariate
        a = 30 if r.random() < 0.55 else max(1, min(30, int(r.gauss(22, 6))))
        f = a / 30.0
        oc = int(lg(3.3, 0.85) * f * lvl)
        ic = int(lg(3.4, 0.8) * f)
        osm = int(lg(0.8, 1.1) * f)
        ism = int(lg(2.8, 0.7) * f) + r.randrange(6)
        dc = min(oc, int(oc * r.uniform(0.12, 0.45)) + (1 if oc else 0))
        top = 10000 * int(lg(2.2, 0.7)) if r.random() < 0.9 else 0
        dm = int(lg(7.6, 1.1) * f * data)
        return (a, oc, ic, osm, ism, dc, top, dm)

    def u_elderly(self):
        r = self.rng
        a = r.randint(12, 30)
        oc = int(r.lognormvariate(1.8, 0.8))
        ic = int(r.lognormvariate(2.7, 0.7))
        return (a, oc, ic, 0, r.randint(1, 15), min(oc, r.randint(1, 6)), 10000 * r.randint(1, 5),
                int(r.lognormvariate(2.5, 1.5)) if r.random() < 0.4 else 0)

    def u_data(self):
        r = self.rng
        return (r.randint(18, 30), 0, 0, 0, r.randint(0, 8), 0, 10000 * r.randint(7, 20),
                int(r.lognormvariate(9.3, 0.8)))

    def u_backup(self):
        r = self.rng
        if r.random() < 0.4:
            return ZERO
        a = r.randint(1, 4)
        oc = r.randint(0, 3)
        return (a, oc, r.randint(0, 4), 0, r.randint(0, 5), min(oc, 2), 10000 * r.randint(0, 2),
                r.randint(0, 120))

    def u_iot(self):
        r = self.rng
        return (r.randint(27, 30), 0, 0, r.randint(0, 60) if r.random() < 0.3 else 0,
                r.randint(0, 10), 0, 0, int(r.lognormvariate(2.5, 1.0)))

    def u_callcentre(self):
        r = self.rng
        oc = r.randint(800, 3000)
        return (r.randint(20, 26), oc, r.randint(100, 600), r.randint(0, 20), r.randint(0, 20),
                int(oc * r.uniform(0.7, 0.95)), 0, r.randint(0, 30))

    def u_fleet(self):
        r = self.rng
        oc = r.randint(120, 450)
        return (r.randint(24, 30), oc, r.randint(100, 400), r.randint(5, 60), r.randint(10, 80),
                int(oc * r.uniform(0.5, 0.85)), 0 if r.random() < 0.7 else 100000,
                r.randint(500, 6000))

    def u_tourist(self):
        r = self.rng
        oc = r.randint(0, 10)
        return (r.randint(3, 14), oc, r.randint(0, 8), r.randint(0, 5), r.randint(2, 20),
                min(oc, r.randint(0, 6)), 0, r.randint(1500, 25000))

    def u_resale(self, zero_p):
        """SIM sold on over the counter: often never used, else a stranger's ordinary use."""
        r = self.rng
        if r.random() < zero_p:
            return ZERO
        if r.random() < 0.25:
            return self.u_data()
        return self.u_human(0.8)

    def u_otp(self, st):
        r = self.rng
        if st:
            oc = r.randint(0, 3)
            return (r.randint(12, 30), oc, r.randint(0, 6), r.randint(0, 4), r.randint(15, 90),
                    oc, 10000 * r.randint(1, 5), r.randint(0, 50))
        return (r.randint(8, 30), 0, r.randint(0, 2), 0, r.randint(40, 500), 0,
                10000 * r.randint(0, 2), 0)

    def u_spam(self, st):
        r = self.rng
        if st:
            oc = r.randint(60, 220)
            return (r.randint(10, 30), oc, r.randint(3, 25), r.randint(0, 20), r.randint(2, 20),
                    int(oc * r.uniform(0.85, 0.97)), 10000 * r.randint(5, 20), r.randint(0, 300))
        oc = r.randint(300, 2500)
        return (r.randint(3, 15), oc, r.randint(0, 15), r.randint(0, 1500), r.randint(0, 10),
                int(oc * r.uniform(0.82, 0.98)), 10000 * r.randint(20, 200), 0)

    def u_scam(self, st):
        r = self.rng
        oc = r.randint(40, 150) if st else r.randint(80, 600)
        return (r.randint(8, 30), oc, r.randint(5, 40) if st else r.randint(0, 12),
                r.randint(0, 30), r.randint(2, 30), int(oc * r.uniform(0.75, 0.95)),
                10000 * r.randint(5, 50), r.randint(0, 800) if st else r.randint(0, 50))

    def u_bypass(self, st):
        r = self.rng
        if st:
            oc = r.randint(300, 900)
            return (r.randint(10, 30), oc, r.randint(20, 80), r.randint(0, 15), r.randint(2, 20),
                    int(oc * r.uniform(0.5, 0.9)), 10000 * r.randint(20, 100), r.randint(10, 200))
        oc = r.randint(1500, 6000)
        return (r.randint(3, 20), oc, r.randint(0, 3), 0, 0, int(oc * r.uniform(0.5, 0.9)),
                10000 * r.randint(20, 200), 0)

    # ------------------------------------------------------------ output
    def rend(self, name, c, mode=None):
        st = self.style[c]
        if mode is None:
            x = self.rng.random()
            if x < st["nod"]:
                mode = 1
            elif x < st["nod"] + st["up"]:
                mode = 2 if x < st["nod"] + st["up"] * 0.6 else 3
            elif x < st["nod"] + st["up"] + st["nfd"]:
                mode = 4
            else:
                return name
        if mode == 0:
            return name
        key = (name, mode)
        v = self.rcache.get(key)
        if v is None:
            if mode == 1:
                v = strip_diacritics(name)
            elif mode == 2:
                v = name.upper()
            elif mode == 3:
                v = strip_diacritics(name).upper()
            else:
                v = unicodedata.normalize("NFD", name)
            if len(self.rcache) < 500000:
                self.rcache[key] = v
        return v

    def room(self):
        return self.N - self.n

    def froom(self):
        return max(0, min(self.N - self.n, self.ftarget - self.nf))

    def emit(self, ts, c, sim, subtype, idt, idn, name, dob, gender, nat, prov, ch, agent, dev,
             selfie, fm, popdb, status, fu, usage, junk, non, pat, current=True):
        if self.n >= self.N:
            return False
        r = self.rng
        st = self.style[c]
        if st["sparse"]:
            if subtype == "INDIVIDUAL":
                subtype = ""
            if nat == "VN":
                nat = ""
            if status == "ACTIVE":
                status = ""
            if popdb == "UNCHECKED":
                popdb = ""
        elif subtype == "INDIVIDUAL" and r.random() < 0.2:
            subtype = ""
        if gender and r.random() < 0.03:
            gender = ""
        if prov and r.random() < 0.06:
            prov = ""
        if usage is None or ts < USAGE_FROM * 86400 or ts + 30 * 86400 > self.E_ts \
                or c in self.usage_missing:
            us = ",,,,,,,"
        else:
            us = "%d,%d,%d,%d,%d,%d,%d,%d" % usage
        ms, iccid, imsi = sim
        cd = st["disp"]
        line = ",".join((cd, ms, imsi, iccid, subtype, idt, idn, csvq(name), dob, gender, nat, prov,
                         self.tsstr(ts), ch, agent, dev, selfie, fm, popdb, status, fu, us))
        self.rows.append((ts, line))
        self.n += 1
        if current:
            self.labels[cd + "," + ms] = (ts, "%s,%s,%d,%d,%s" % (cd, ms, junk, non, pat))
        if junk or non:
            self.nf += 1
        return True

    def emit_p(self, ts, c, sim, p, name, ch, agent, dev, selfie, fm, popdb, status, fu, usage,
               junk, non, pat, subtype="INDIVIDUAL", current=True, gender=None):
        return self.emit(ts, c, sim, subtype, p.idt, p.idn, name, p.dob,
                         p.g if gender is None else gender, p.nat, p.res, ch, agent, dev,
                         selfie, fm, popdb, status, fu, usage, junk, non, pat, current)

    # ------------------------------------------------------------ legit registration
    def reg(self, p, c, day, ch, pat=None, point=None, ts=None, dev=None, fu=None, usage=None,
            unconf=0.06, subtype="INDIVIDUAL", force_selfie=False, fm=None, selfie=None,
            popdb=None, name=None, sim=None, current=True, status=None, gender=None):
        r = self.rng
        agent = ""
        if ch == "STORE" or ch == "AGENT":
            if point is None:
                point = self.pick_point(c, ch, p.res)
            agent = point.pid
            if dev is None:
                dev = point.dev(r)
            if ts is None:
                ts = self.ts_at(day, point.hours)
        else:
            if ts is None:
                ts = self.ts_at(day, ch)
            if dev is None:
                dev = self.phone(p)[0] if (ch == "EKYC_APP" or r.random() < 0.3) else ""
        if sim is None:
            sim = self.take_sim(c, point if point is not None else self.wh[c], day)
        if selfie is None:
            if force_selfie or r.random() < self.selfie_p(ch, day):
                selfie = self.cap(p.face)
                if fm is None:
                    fm = self.fm_legit(p, day)
            else:
                selfie, fm = "", ""
        elif fm is None:
            fm = self.fm_legit(p, day) if selfie else ""
        if popdb is None:
            popdb = self.popdb_legit(day) if p.idt != "PASSPORT" else "UNCHECKED"
        if pat is None:
            if point is not None:
                pat = "legit_busy_shop" if point.w >= BUSY else "legit_walkin"
            elif ch == "EKYC_APP":
                pat = "legit_ekyc_self"
            else:
                pat = "legit_online_delivery"
            if fu is None and point is not None and point.test is not None and r.random() < point.trate:
                fu = point.test
                pat = "legit_shop_test_phone"
        if fu is None:
            if r.random() < 0.015:
                fu, usage = "", ZERO
            else:
                ph = self.phone(p)
                fu = ph[1] if (ph[1] is not None and r.random() < 0.25) else ph[0]
        if usage is None:
            usage = self.u_human()
        if status is None:
            status = self.status(ts, unconf)
        self.emit_p(ts, c, sim, p, name if name is not None else self.rend(p.name, c), ch, agent,
                    dev, selfie, fm, popdb, status, fu, usage, 0, 0, pat, subtype, current, gender)
        return ts, sim, selfie, fm

    # ------------------------------------------------------------ legit events
    def ev_single(self):
        c = self.pick_carrier()
        day = self.sample_day()
        p = self.new_person(day)
        self.reg(p, c, day, self.pick_channel())
        self.pool_add(p)

    def ev_multi(self):
        r = self.rng
        c0 = self.pick_carrier()
        p = self.new_person(self.d1, age=r.randint(22, 60))
        k = r.choice((2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6))
        days = sorted(self.sample_day() for _ in range(k))
        cnt = {}
        for j, day in enumerate(days):
            c = c0 if r.random() < 0.7 else self.pick_carrier()
            cnt[c] = cnt.get(c, 0) + 1
            ch = self.pick_channel() if cnt[c] <= 3 else "STORE"
            if j == 0:
                u, fu = self.u_human(), None
            else:
                x = r.random()
                if x < 0.4:
                    u, fu = self.u_human(0.6), None
                elif x < 0.7:
                    u, fu = self.u_data(), self.imei(MIFI_TACS + TABLET_TACS)
                else:
                    u, fu = self.u_backup(), None
            self.reg(p, c, day, ch, pat="legit_multi_sim", usage=u, fu=fu,
                     unconf=0.06 if j == 0 else 0.12)
        self.pool_add(p)

    def ev_data_sim(self):
        r = self.rng
        c = self.pick_carrier()
        day = self.sample_day()
        p = self.new_person(day, age=r.randint(18, 60))
        self.reg(p, c, day, self.pick_channel())
        c2 = c if r.random() < 0.6 else self.pick_carrier()
        d2 = self.clamp_day(day + r.randint(0, 200))
        ch = "EKYC_APP" if r.random() < 0.5 else self.pick_channel()
        self.reg(p, c2, d2, ch, pat="legit_data_sim", usage=self.u_data(),
                 fu=self.imei(MIFI_TACS + TABLET_TACS))
        self.pool_add(p)

    def ev_backup(self):
        r = self.rng
        c = self.pick_carrier()
        day = self.sample_day()
        p = self.new_person(day, age=r.randint(20, 65))
        self.reg(p, c, day, self.pick_channel())
        c2 = c if r.random() < 0.5 else self.pick_carrier()
        d2 = self.clamp_day(day + r.randint(0, 300))
        u = self.u_backup()
        ph = self.phone(p)
        fu = "" if u is ZERO else (ph[1] or ph[0])
        self.reg(p, c2, d2, self.pick_channel(), pat="legit_backup_sim", usage=u, fu=fu, unconf=0.2)
        self.pool_add(p)

    def ev_name_variant(self):
        r = self.rng
        c = self.pick_carrier()
        day = self.sample_day()
        p = self.new_person(day, age=r.randint(20, 70))
        self.reg(p, c, day, self.pick_channel(), pat="legit_name_variant", name=p.name)
        c2 = c if r.random() < 0.5 else self.pick_carrier()
        self.reg(p, c2, self.sample_day(), r.choice(("STORE", "AGENT", "AGENT")),
                 pat="legit_name_variant", name=self.rend(p.name, c2, r.choice((1, 2, 3, 3))),
                 usage=self.u_human(0.6))
        self.pool_add(p)

    def ev_family(self):
        r = self.rng
        c = self.pick_carrier()
        day = self.sample_day()
        bp = self.pick(self.bcum, PCODES)
        res = bp if r.random() < 0.7 else self.pick(self.destcum, DESTS)[0]
        fa_age = r.randint(36, 58)
        fa = self.new_person(day, age=fa_age, g="M", bp=bp, res=res)
        mo = self.new_person(day, age=max(30, fa_age - r.randint(-2, 7)), g="F",
                             bp=bp if r.random() < 0.7 else None, res=res)
        mem = [fa, mo]
        for _ in range(r.choice((0, 1, 1, 2, 2, 3))):
            mem.append(self.new_person(day, age=r.randint(14, min(26, fa_age - 20)), bp=bp, res=res,
                                       sur=fa.sur))
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            g = r.choice("MF")
            mem.append(self.new_person(day, age=r.randint(62, 86), g=g, bp=bp, res=res,
                                       sur=fa.sur if g == "M" else None))
        mem = mem[:6]
        owner = mem[2] if len(mem) > 2 and r.random() < 0.5 else fa
        dev = self.phone(owner)[0]
        t = day * 86400 + self.ts_at(0, "EVENING")
        for m in mem:
            cm = c if r.random() < 0.85 else self.pick_carrier()
            age = DAYYEAR[day] - m.by
            u = self.u_elderly() if age >= 62 else self.u_human(1.0, 1.6 if age < 25 else 1.0)
            self.reg(m, cm, day, "EKYC_APP", pat="legit_family_one_phone", ts=t, dev=dev, usage=u,
                     unconf=0.2 if age >= 62 else 0.06)
            t += r.randint(90, 900)
            self.pool_add(m)

    def ev_elderly(self):
        r = self.rng
        c = self.pick_carrier()
        day = self.sample_day()
        old = self.new_person(day, age=r.randint(68, 92))
        helper = self.new_person(day, age=r.randint(28, 55), sur=old.sur if r.random() < 0.6 else None,
                                 bp=old.bp, res=old.res)
        u = self.u_elderly()
        fu = self.imei(FEATURE_TACS) if r.random() < 0.7 else self.imei(PHONE_TACS)
        if r.random() < 0.6:
            dev = self.phone(helper)[0]
            if r.random() < 0.5:
                self.reg(helper, c, self.clamp_day(day - r.randint(1, 200)), "EKYC_APP", dev=dev)
                self.pool_add(helper)
            self.reg(old, c, day, "EKYC_APP", pat="legit_elderly_helped", dev=dev, usage=u, fu=fu,
                     unconf=0.2)
        else:
            self.reg(old, c, day, r.choice(("STORE", "AGENT")), pat="legit_elderly_helped", usage=u,
                     fu=fu, unconf=0.2)

    def ev_typo(self):
        r = self.rng
        c = self.pick_carrier()
        day = self.sample_day()
        p = self.new_person(day, age=r.randint(18, 75))
        kind = r.random()
        popdb = "MISMATCH"
        gender = None
        name = None
        if kind < 0.35:        # DOB year slip: CCCD keeps the true year
            y, rest = p.dob[:4], p.dob[4:]
            y2 = y[:2] + y[3] + y[2]
            if r.random() < 0.5 or y2 == y or int(y2) > DAYYEAR[day] - 14:
                y2 = str(int(y) + r.choice((-1, 1)))
            if rest == "-02-29":
                rest = "-02-28"
            p.dob = y2 + rest
        elif kind < 0.55:      # day/month swapped
            yy, mm, dd = p.dob.split("-")
            if int(dd) <= 12 and dd != mm:
                p.dob = "%s-%s-%s" % (yy, dd, mm)
            else:
                p.dob = "%s-%s-%02d" % (yy, mm, max(1, int(dd) - 1))
        elif kind < 0.75:      # one digit of the random part mistyped
            s = p.idn
            i = r.randrange(6, 12)
            for _ in range(10):
                nd = str((int(s[i]) + r.choice((1, 9, 3))) % 10)
                s2 = s[:i] + nd + s[i + 1:]
                if s2 not in self.used_id:
                    break
            self.used_id.add(s2)
            p.idn = s2
            popdb = "NOT_FOUND" if r.random() < 0.7 else "MISMATCH"
        elif kind < 0.88:      # gender keyed wrong
            gender = "F" if p.g == "M" else "M"
            popdb = "MATCH"
        else:                  # name typo (a lost diacritic / swapped letter)
            parts = p.name.split(" ")
            j = r.randrange(len(parts))
            w = parts[j]
            w2 = strip_diacritics(w)
            if w2 == w and len(w) > 2:
                w2 = w[0] + w[2] + w[1] + w[3:]
            parts[j] = w2
            name = " ".join(parts)
        self.reg(p, c, day, r.choice(("STORE", "AGENT", "AGENT")), pat="legit_clerical_typo",
                 popdb=popdb, name=name, gender=gender,
                 status="ONE_WAY_LOCKED" if (popdb != "MATCH" and r.random() < 0.2) else None)

    def org(self, prov):
        r = self.rng
        name = "Công ty %s %s %s" % (r.choice(("TNHH", "Cổ phần", "TNHH MTV")), r.choice(ORG_KIND),
                                     r.choice(ORG_NAME))
        if r.random() < 0.2:
            name += ", chi nhánh %s" % dict((p[0], p[1]) for p in PROVINCES)[prov]
        if r.random() < 0.3:
            name = name.upper()
        while True:
            tax = "%02d%08d" % (r.choice((1, 3, 2, 4, 37, 36, 23, 31, 40)), r.randrange(10 ** 8))
            if tax not in self.used_id:
                self.used_id.add(tax)
                return name, tax

    def ev_org(self, kind):
        r = self.rng
        c = self.pick(cum([0.5, 0.25, 0.25]), BIG3)
        prov = CITY[r.randrange(len(CITY))] if r.random() < 0.7 else self.province()
        name, tax = self.org(prov)
        if kind == "iot":
            k, pat = int(r.lognormvariate(5.3, 0.6)), "legit_org_iot"
        elif kind == "fleet":
            k, pat = int(r.lognormvariate(4.6, 0.6)), "legit_org_fleet"
        else:
            k, pat = int(r.lognormvariate(4.2, 0.6)), "legit_org_callcentre"
        k = max(10, min(k, self.room()))
        pt = self.pick_point(c, "STORE", prov)
        day = self.sample_day()
        seq = kind != "fleet" or r.random() < 0.3
        box = self.new_box(c, k, seq, day)
        ts = self.ts_at(day, "STORE")
        dev = pt.dev(r)
        mods = self.imei_block(IOT_TACS if kind == "iot" else FWT_TACS, k) if kind != "fleet" else None
        for i in range(k):
            sim = self.box_sim(c, box)
            if kind == "iot":
                u, fu = self.u_iot(), (mods[i] if r.random() < 0.92 else "")
                if fu == "":
                    u = ZERO
                ts += r.randint(0, 3)
            elif kind == "fleet":
                u, fu = self.u_fleet(), self.imei(PHONE_TACS)
                ts += r.randint(20, 240)
                if r.random() < 0.01:
                    day = self.clamp_day(day + r.randint(1, 3))
                    ts = max(ts, self.ts_at(day, "STORE"))
            else:
                u, fu = self.u_callcentre(), mods[i]
                ts += r.randint(5, 60)
            st = self.status(ts, 0.0, churn=0.01)
            if not self.emit(ts, c, sim, "ORGANIZATION", "ORG", tax, name, "", "", "VN", prov, "STORE",
                             pt.pid, dev, "", "", "UNCHECKED", st, fu, u, 0, 0, pat):
                break

    def ev_org_rep(self):
        r = self.rng
        c = self.pick(cum([0.5, 0.25, 0.25]), BIG3)
        day = self.sample_day()
        rep = self.new_person(day, age=r.randint(32, 60))
        pt = self.pick_point(c, "STORE", rep.res)
        k = max(12, min(int(r.lognormvariate(3.7, 0.5)), self.room()))
        sessions = r.randint(1, 3)
        per = [k // sessions + (1 if i < k % sessions else 0) for i in range(sessions)]
        trackers = r.random() < 0.4
        for s in range(sessions):
            d = self.clamp_day(day + s * r.randint(7, 60))
            ts = self.ts_at(d, "STORE")
            selfie = self.cap(rep.face)          # one capture per contract session
            fm = self.fm_legit(rep, d)
            box = self.new_box(c, per[s], r.random() < 0.5, d)
            dev = pt.dev(r)
            for _ in range(per[s]):
                sim = self.box_sim(c, box)
                if trackers:
                    u, fu = self.u_iot(), self.imei(IOT_TACS)
                else:
                    u, fu = self.u_human(), self.imei(PHONE_TACS)
                ts += r.randint(30, 120)
                if not self.emit_p(ts, c, sim, rep, self.rend(rep.name, c), "STORE", pt.pid, dev,
                                   selfie, fm, "MATCH", self.status(ts, 0.01), fu, u, 0, 0,
                                   "legit_org_rep_cccd", "ORGANIZATION"):
                    return

    def ev_promo(self):
        r = self.rng
        c = self.pick(cum([0.5, 0.25, 0.25, 0.05]), BIG3 + ("VIETNAMOBILE",))
        prov = r.choice(("079", "001", "048", "092", "046", "040", "066"))
        pt = self.new_point(c, "MOBILE", prov, 1.0)
        pt.devs = pt.devs + [self.imei(TABLET_TACS) for _ in range(r.randint(1, 3))]
        day = self.sample_day()
        while DOW[day] != 5 and day < self.d1:
            day += 1
        ndays = r.randint(1, 3)
        k = max(30, min(int(r.lognormvariate(5.2, 0.5)), self.room()))
        per_day = k // ndays + 1
        box = None
        done = 0
        for dd in range(ndays):
            d = self.clamp_day(day + dd)
            ts = d * 86400 + 8 * 3600 + r.randrange(1800)
            for _ in range(per_day):
                if done >= k:
                    break
                if box is None or box[0] >= box[1]:
                    box = self.new_box(c, 100, r.random() < 0.5, d)
                p = self.new_person(d, age=r.randint(18, 23),
                                    res=prov if r.random() < 0.6 else None)
                u = ZERO if r.random() < 0.15 else self.u_human(0.8, 2.0)
                ts += r.randint(40, 200)
                if ts > d * 86400 + 20 * 3600:
                    break
                self.reg(p, c, d, "STORE", pat="legit_promo_event", point=pt, ts=ts,
                         sim=self.box_sim(c, box), usage=u, fu="" if u is ZERO else None,
                         force_selfie=True, unconf=0.1)
                self.pool_add(p)
                done += 1
            if self.n >= self.N:
                return

    def ev_factory(self):
        r = self.rng
        c = self.pick_carrier() if r.random() < 0.7 else "VIETTEL"
        prov = r.choice(INDUSTRIAL)
        kind = "AGENT" if r.random() < 0.7 else "STORE"
        pt = self.pick_point(c, kind, prov)
        day = self.sample_day()
        ndays = r.randint(2, 6)
        k = max(40, min(int(r.lognormvariate(5.3, 0.5)), self.room()))
        src = [self.pick(self.bcum, PCODES) for _ in range(r.randint(3, 8))] + POOR[:]
        dev = pt.devs[0]
        for i in range(k):
            d = self.clamp_day(day + r.randrange(ndays))
            bp = src[r.randrange(len(src))] if r.random() < 0.85 else self.province()
            p = self.new_person(d, age=r.randint(18, 35), bp=bp,
                                res=prov if r.random() < 0.7 else bp)
            hk = "EVENING" if r.random() < 0.4 else pt.hours
            u = self.u_human(1.3, 0.4)
            self.reg(p, c, d, kind, pat="legit_factory_onboarding", point=pt,
                     ts=self.ts_at(d, hk), dev=dev if r.random() < 0.8 else None, usage=u)
            self.pool_add(p)
            if self.n >= self.N:
                return

    def ev_foreign_staff(self):
        r = self.rng
        c = self.pick(cum([0.5, 0.25, 0.25]), BIG3)
        prov = r.choice(INDUSTRIAL + ["079", "001"])
        pt = self.pick_point(c, "STORE", prov)
        day = self.sample_day()
        k = max(8, min(int(r.lognormvariate(3.8, 0.5)), self.room()))
        nat = self.pick(cum([x[1] for x in STAFF_MIX]), [x[0] for x in STAFF_MIX])
        ts = self.ts_at(day, "STORE")
        for i in range(k):
            p = self.foreigner(day, nat if r.random() < 0.85 else "KR", prov)
            ts += r.randint(120, 420)
            self.reg(p, c, day, "STORE", pat="legit_foreign_staff", point=pt, ts=ts,
                     usage=self.u_human(0.7, 1.5), force_selfie=True, popdb="UNCHECKED", unconf=0.0)
            if self.n >= self.N:
                return

    def ev_tourist(self):
        r = self.rng
        c = self.pick(cum([0.45, 0.2, 0.25, 0.1]), BIG3 + ("VIETNAMOBILE",))
        pt = r.choice(self.airports[c])
        day = self.sample_day()
        k = max(3, min(int(r.lognormvariate(2.5, 0.6)), self.room()))
        ts = self.ts_at(day, "AIRPORT")
        nat0 = self.pick(cum([x[1] for x in TOURIST_MIX]), [x[0] for x in TOURIST_MIX])
        for i in range(k):
            nat = nat0 if r.random() < 0.6 else self.pick(cum([x[1] for x in TOURIST_MIX]),
                                                          [x[0] for x in TOURIST_MIX])
            p = self.foreigner(day, nat, pt.prov, age=r.randint(19, 70))
            ts += r.randint(40, 400)
            d = ts // 86400
            st = "TERMINATED" if (ts < self.E_ts - 60 * 86400 and r.random() < 0.6) else "ACTIVE"
            self.reg(p, c, min(d, self.d1), "AGENT", pat="legit_tourist_airport", point=pt, ts=ts,
                     usage=self.u_tourist(), force_selfie=True, popdb="UNCHECKED", status=st)
            if self.n >= self.N:
                return

    def legacy_day(self, hi=None):
        hi = min(hi if hi is not None else self.d0 - 1, self.d0 - 1)
        return self.rng.randint(0, max(0, hi))

    def ev_legacy(self):
        r = self.rng
        c = self.pick_carrier()
        x = r.random()
        idt = "CMND" if x < 0.5 else "CMND12" if x < 0.6 else "CCCD"
        day = self.legacy_day(dnum("2024-12-31") if idt != "CCCD" else None)
        p = self.new_person(day, age=r.randint(20, 70), idt=idt)
        ch = r.choice(("STORE", "AGENT", "AGENT", "AGENT")) if day < dnum("2021-06-01") else self.pick_channel()
        unconf = 0.06
        st = None
        if p.idt == "CMND" and self.E > dnum("2026-06-14") and r.random() < 0.25:
            st = "ONE_WAY_LOCKED"     # did not re-verify within the Circular 08 60-day window
        self.reg(p, c, day, ch, pat="legit_legacy_cmnd" if p.idt == "CMND" else "legit_legacy_sub",
                 unconf=unconf, status=st)
        if p.idt == "CCCD":
            self.pool_add(p)

    def ev_cmnd_collision(self):
        r = self.rng
        if self.room() < 2:
            return self.ev_single()
        num = "%09d" % r.randint(271450001, 271500000)
        for prov in ("077", "075"):
            day = self.legacy_day(dnum("2024-06-30"))
            p = self.new_person(day, age=r.randint(25, 65), bp=prov, res=prov)
            p.idt, p.idn = "CMND", num
            self.reg(p, self.pick_carrier(), day, r.choice(("STORE", "AGENT")),
                     pat="legit_cmnd_collision")

    def ev_courier(self):
        r = self.rng
        c = self.pick_carrier()
        day = self.sample_day()
        prov = self.province()
        dev = self.imei(PHONE_TACS)
        k = max(3, min(r.randint(5, 25), self.room()))
        ts = day * 86400 + 8 * 3600 + r.randrange(3600)
        for _ in range(k):
            p = self.new_person(day, age=r.randint(18, 65), res=prov)
            ts += r.randint(600, 2400)
            if ts > day * 86400 + 20 * 3600:
                break
            self.reg(p, c, day, "ONLINE", pat="legit_online_courier", ts=ts, dev=dev, force_selfie=True)
            self.pool_add(p)

    def ev_recycled(self):
        r = self.rng
        if self.room() < 2 or self.d0 < 200:
            return self.ev_single()
        c = self.pick_carrier()
        nat9 = self.msisdn_nat(c)
        old_day = self.legacy_day(self.d0 - 120)
        junk_old = r.random() < 0.4
        if junk_old:
            op = self.fab_person(old_day, True)
            popdb = "NOT_FOUND"
        else:
            op = self.new_person(old_day, age=r.randint(20, 70))
            popdb = self.popdb_legit(old_day)
        b = self.new_box(c, 1, False, old_day)
        old_sim = self.mk_sim(c, b[0], b[3], nat9)
        ch = r.choice(("STORE", "AGENT", "AGENT"))
        pt = self.pick_point(c, ch, op.res)
        ts_old = self.ts_at(old_day, pt.hours)
        self.emit_p(ts_old, c, old_sim, op, self.rend(op.name, c), ch, pt.pid, pt.dev(r), "", "",
                    popdb, "TERMINATED", "" if junk_old else self.phone(op)[0],
                    None, 0, 0, "history", current=False)
        day = self.sample_day()
        p = self.new_person(day)
        b2 = self.new_box(c, 1, False, day)
        sim = self.mk_sim(c, b2[0], b2[3], nat9)
        self.reg(p, c, day, self.pick_channel(), pat="legit_recycled_number", sim=sim)
        self.pool_add(p)

    def ev_reauth(self):
        r = self.rng
        lo = max(self.d0, C08_DAY)
        hi = min(self.d1, self.E - 1)
        if self.room() < 2 or hi <= lo:
            return self.ev_single()
        c = self.pick_carrier()
        if lo > self.d0 and r.random() < 0.4:
            d_old = r.randint(self.d0, lo - 1)
        else:
            d_old = r.randint(max(0, self.d0 - 700), max(0, self.d0 - 1))
        p = self.new_person(d_old, age=r.randint(18, 70))
        ts, sim, _, _ = self.reg(p, c, d_old, self.pick_channel(), pat="history", current=False)
        d_new = r.randint(lo, hi)
        p.ph = None
        newdev = self.phone(p)[0]
        ts2 = max(ts + 3600, self.ts_at(d_new, "EKYC_APP"))
        self.reg(p, c, ts2 // 86400, "EKYC_APP", pat="legit_reauth_device", ts=ts2, dev=newdev,
                 sim=sim, force_selfie=True, popdb="MATCH")
        self.pool_add(p)

    def ev_transfer(self):
        r = self.rng
        if self.room() < 2:
            return self.ev_single()
        c = self.pick_carrier()
        d_old = self.legacy_day(self.d0 - 30) if self.d0 > 400 else self.d0
        par = self.new_person(d_old, age=r.randint(40, 65))
        ts, sim, _, _ = self.reg(par, c, d_old, r.choice(("STORE", "AGENT")), pat="history",
                                 current=False, status="ACTIVE")
        day = self.sample_day()
        kid = self.new_person(day, age=r.randint(18, 26), sur=par.sur, bp=par.bp, res=par.res)
        pt = self.pick_point(c, "STORE", kid.res)
        ts2 = max(ts + 86400, self.ts_at(day, "STORE"))
        self.reg(kid, c, ts2 // 86400, "STORE", pat="legit_ownership_transfer", point=pt, ts=ts2,
                 sim=sim, force_selfie=True)
        self.pool_add(kid)

    # ------------------------------------------------------------ fraud helpers
    def fsize(self, stealth, mu, sd, lo, hi):
        r = self.rng
        fr = self.froom()
        if fr <= 0:
            return 0
        k = int(r.lognormvariate(mu - (0.5 if stealth else 0.0), sd))
        return max(1, min(max(lo, min(hi, k)), fr))

    def spread_ts(self, day0, span, hk, k):
        return sorted(self.ts_at(self.clamp_day(day0 + self.rng.randrange(span)), hk) for _ in range(k))

    def burst_ts(self, day0, k, night_p=0.5, gap=(20, 120)):
        r = self.rng
        if r.random() < night_p:
            t = self.ts_at(day0, "NIGHT")
        else:
            t = day0 * 86400 + r.randint(9, 16) * 3600 + r.randrange(3600)
        out = []
        for _ in range(k):
            out.append(t)
            t += r.randint(*gap)
        return out

    def fstatus(self, ts, non, st, lock2=0.0):
        unconf = (0.45 if st else 0.65) if non else 0.85
        return self.status(ts, unconf, lock1=0.08, lock2=lock2, churn=0.03)

    def buyer_fu(self, u):
        return "" if u is ZERO else self.imei(PHONE_TACS if self.rng.random() < 0.8 else FEATURE_TACS)

    # ------------------------------------------------------------ fraud events
    def fr_preact(self, st, fab):
        r = self.rng
        c = self.pick_fcarrier()
        D = self.pick_rogue(c)
        k = self.fsize(st, 4.1, 0.7, 15, 400) if not fab else self.fsize(st, 4.0, 0.7, 15, 350)
        if k <= 0:
            return
        day0 = self.sample_day()
        if st:
            tss = self.spread_ts(day0, r.randint(5, 25), D.hours, k)
            box = None
        else:
            tss = self.burst_ts(day0, k)
            box = self.new_box(c, k, r.random() < 0.7, day0)
        stock = [r.getrandbits(64) for _ in range(r.randint(3, 8) if not st else r.randint(20, 40))]
        dev0 = D.devs[0]
        pat = ("fraud_preact_fabricated" if fab else "fraud_preact_leaked") + ("_stealth" if st else "")
        leak_upper = (not st) and r.random() < 0.6
        for ts in tss:
            day = ts // 86400
            if fab:
                p = self.fab_person(day, st or r.random() < 0.6)
                popdb = r.choice(("UNCHECKED", "UNCHECKED", "UNCHECKED", "NOT_FOUND")) if st else \
                    r.choice(("NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND",
                              "UNCHECKED", "UNCHECKED", "UNCHECKED", "UNCHECKED", "MISMATCH"))
            else:
                p = self.victim(day)
                popdb = "MATCH" if r.random() < 0.92 else "UNCHECKED"
            sim = self.box_sim(c, box) if box is not None else self.take_sim(c, D, day)
            sp = self.selfie_p("AGENT", day)
            if st:
                if r.random() < max(sp, 0.9):
                    if fab:
                        selfie = "%016x" % self.flip(stock[r.randrange(len(stock))], r.randint(0, 3))
                        fm = "%.3f" % r.uniform(0.45, 0.75)
                    else:   # photo of the victim's ID-card photo: same person, older image
                        selfie = "%016x" % self.flip(p.face, r.randint(7, 13))
                        fm = "%.3f" % r.uniform(0.58, 0.80)
                else:
                    selfie, fm = "", ""
                dev = D.dev(r)
            else:
                if r.random() < sp:
                    selfie = self.cap(stock[r.randrange(len(stock))])
                    fm = "%.3f" % r.uniform(0.10, 0.50)
                else:
                    selfie, fm = "", ""
                dev = dev0
            name = self.rend(p.name, c, 3 if leak_upper else None)
            u = self.u_resale(0.3 if st else 0.55)
            non = 0 if fab else 1
            extra_lock = 0.3 if popdb == "NOT_FOUND" else 0.0
            stt = self.status(ts, 0.85 if fab else (0.45 if st else 0.65), lock1=0.08 + extra_lock,
                              churn=0.03)
            if not self.emit_p(ts, c, sim, p, name, "AGENT", D.pid, dev, selfie, fm, popdb, stt,
                               self.buyer_fu(u), u, 1, non, pat):
                return

    def fr_ring(self, st):
        r = self.rng
        k = self.fsize(st, 4.3, 0.6, 15, 300)
        if k <= 0:
            return
        ops = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        carriers = [self.pick_fcarrier()] if not st else [self.pick_fcarrier() for _ in range(r.randint(2, 3))]
        if st:
            devs = self.imei_block(FEATURE_TACS + PHONE_TACS[:4], r.randint(6, 15))
            hand = self.imei_block(PHONE_TACS[:6], r.randint(10, 25))
            day0, span = self.sample_day(), r.randint(20, 45)
        else:
            devs = [self.imei(PHONE_TACS) for _ in range(r.randint(1, 2))]
            hand = [self.imei(PHONE_TACS + FEATURE_TACS) for _ in range(r.randint(3, 8))]
            day0, span = self.sample_day(), r.randint(1, 5)
        pat = "fraud_idtheft_ring" + ("_stealth" if st else "")
        made = 0
        t_last = 0
        while made < k:
            day = self.clamp_day(day0 + r.randrange(span))
            v = self.victim(day)
            nsim = min(k - made, r.randint(1, 2) if st else r.randint(1, 3))
            c = carriers[r.randrange(len(carriers))]
            if st:
                t = self.ts_at(day, "EKYC_APP")
            else:
                t = max(t_last + r.randint(60, 400), self.ts_at(day, "EVENING"))
                t_last = t
            for j in range(nsim):
                t += r.randint(45, 300)
                ch = "EKYC_APP" if (not st or r.random() < 0.8) else "ONLINE"
                dev = devs[r.randrange(len(devs))]
                selfie = self.cap(ops[r.randrange(len(ops))])
                fm = "%.3f" % (r.uniform(0.72, 0.90) if st else r.uniform(0.38, 0.72))
                u = self.u_scam(st)
                sim = self.take_sim(c, self.wh[c], day)
                stt = self.fstatus(t, 1, st, lock2=0.15 if st else 0.3)
                if not self.emit_p(t, c, sim, v, self.rend(v.name, c), ch, "", dev, selfie, fm, "MATCH",
                                   stt, hand[r.randrange(len(hand))], u, 1, 1, pat):
                    return
                made += 1

    def fr_extra(self, st):
        r = self.rng
        c = self.pick_fcarrier()
        D = self.pick_rogue(c)
        day0 = self.sample_day()
        span = r.randint(30, 90) if st else r.randint(1, 30)
        nv = r.randint(5, 50)
        pat = "fraud_dealer_extra_sim" + ("_stealth" if st else "")
        for _ in range(nv):
            if self.froom() <= 0 or self.room() < 2:
                return
            day = self.clamp_day(day0 + r.randrange(span))
            p = self.new_person(day, age=r.randint(18, 70), res=D.prov)
            ts, _, selfie, fm = self.reg(p, c, day, "AGENT", pat="legit_victim_genuine_sim", point=D,
                                         force_selfie=True)
            self.pool_add(p)
            dev = D.dev(r)
            ne = min(self.froom(), r.randint(1, 2) if st else r.randint(1, 4))
            te = ts
            for j in range(ne):
                if st:
                    d2 = self.clamp_day(day + r.randint(1, 10))
                    te = max(te + 60, self.ts_at(d2, D.hours))
                    dev = D.dev(r)
                    if r.random() < 0.4:
                        s2, f2 = self.cap(p.face, lo=1), self.fm_legit(p, d2)
                    else:
                        s2, f2 = selfie, fm
                else:
                    te += r.randint(60, 900)
                    s2, f2 = selfie, fm
                u = self.u_resale(0.3 if st else 0.45)
                sim = self.take_sim(c, D, te // 86400)
                if not self.emit_p(te, c, sim, p, self.rend(p.name, c), "AGENT", D.pid, dev, s2, f2,
                                   "MATCH", self.fstatus(te, 1, st), self.buyer_fu(u), u, 1, 1, pat):
                    return

    def fr_farm(self, st):
        r = self.rng
        k = self.fsize(st, 4.8, 0.6, 20, 600)
        if k <= 0:
            return
        if st:
            mods = [self.imei(PHONE_TACS) for _ in range(r.randint(20, 60))]
        else:
            mods = self.imei_block(GATEWAY_TACS, r.choice((16, 32, 64)))
        carriers = [self.pick_fcarrier() for _ in range(r.randint(1, 3))]
        dealers = {c: [self.pick_rogue(c) for _ in range(r.randint(1, 3))] for c in carriers}
        broker = self.imei(PHONE_TACS)
        day0, span = self.sample_day(), (r.randint(20, 60) if st else r.randint(2, 10))
        prof = r.random() < 0.5
        pat = "fraud_simfarm_bought_ids" + ("_stealth" if st else "")
        made = 0
        while made < k:
            day = self.clamp_day(day0 + r.randrange(span))
            age = r.randint(18, 30) if r.random() < 0.7 else r.randint(50, 68)
            s = self.new_person(day, age=age, bp=POOR[r.randrange(len(POOR))])
            ns = min(k - made, r.randint(2, 4) if st else r.randint(4, 10))
            cnt = {}
            t = None
            for j in range(ns):
                c = carriers[r.randrange(len(carriers))]
                cnt[c] = cnt.get(c, 0) + 1
                if cnt[c] <= 3 and r.random() < 0.35:
                    ch, agent, dev, holder = "EKYC_APP", "", broker, self.wh[c]
                    hk = "EKYC_APP"
                else:
                    D = dealers[c][r.randrange(len(dealers[c]))]
                    ch, agent, dev, holder, hk = "AGENT", D.pid, D.dev(r), D, D.hours
                if st:
                    d2 = self.clamp_day(day + r.randint(0, 14))
                    t = self.ts_at(d2, hk)
                else:
                    t = self.ts_at(day, hk) if t is None else t + r.randint(60, 400)
                sim = self.take_sim(c, holder, t // 86400)
                u = self.u_otp(st) if prof else self.u_spam(st)
                stt = self.status(t, 0.5, lock1=0.05, lock2=0.2 if not prof else 0.05)
                if not self.emit_p(t, c, sim, s, self.rend(s.name, c), ch, agent, dev, self.cap(s.face),
                                   self.fm_legit(s, day), "MATCH", stt, mods[r.randrange(len(mods))], u,
                                   1, 1, pat):
                    return
                made += 1

    def fr_otp(self, st):
        r = self.rng
        c = self.pick_fcarrier()
        D = self.pick_rogue(c)
        k = self.fsize(st, 4.0, 0.6, 16, 300)
        if k <= 0:
            return
        if st:
            mods = self.imei_block(MODEM_TACS[:1], r.choice((8, 16))) + \
                self.imei_block(MODEM_TACS[1:], r.choice((8, 16)))
            tss = self.spread_ts(self.sample_day(), r.randint(10, 30), D.hours, k)
        else:
            mods = self.imei_block(MODEM_TACS, r.choice((8, 16, 32)))
            tss = self.burst_ts(self.sample_day(), k, night_p=0.4, gap=(15, 90))
        pat = "fraud_otp_modem_pool" + ("_stealth" if st else "")
        i = 0
        while i < k:
            day = tss[i] // 86400
            v = self.victim(day)
            for j in range(min(k - i, r.randint(1, 2))):
                ts = tss[i]
                i += 1
                sim = self.take_sim(c, D, day)
                sp = self.selfie_p("AGENT", day)
                if r.random() < sp:
                    selfie = "%016x" % self.flip(v.face, r.randint(7, 13)) if st else \
                        self.cap(r.getrandbits(64))
                    fm = "%.3f" % (r.uniform(0.58, 0.80) if st else r.uniform(0.15, 0.55))
                else:
                    selfie, fm = "", ""
                if not self.emit_p(ts, c, sim, v, self.rend(v.name, c), "AGENT", D.pid, D.dev(r), selfie, fm,
                                   "MATCH", self.fstatus(ts, 1, st), mods[r.randrange(len(mods))],
                                   self.u_otp(st), 1, 1, pat):
                    return

    def fr_spam(self, st):
        r = self.rng
        c = self.pick_fcarrier()
        D = self.pick_rogue(c)
        k = self.fsize(st, 3.9, 0.6, 10, 250)
        if k <= 0:
            return
        day0 = self.sample_day()
        tss = self.spread_ts(day0, r.randint(7, 30), D.hours, k) if st else self.burst_ts(day0, k)
        per = r.randint(2, 5) if st else r.randint(5, 20)
        phones = [self.imei(FEATURE_TACS if not st else PHONE_TACS) for _ in range(max(1, k // per))]
        stock = [r.getrandbits(64) for _ in range(r.randint(3, 6) if not st else k)]
        pat = "fraud_spam_caller" + ("_stealth" if st else "")
        for i, ts in enumerate(tss):
            day = ts // 86400
            p = self.fab_person(day, st)
            popdb = "UNCHECKED" if (st or r.random() < 0.5) else "NOT_FOUND"
            sim = self.take_sim(c, D, day)
            if r.random() < self.selfie_p("AGENT", day):
                selfie = self.cap(stock[r.randrange(len(stock))]) if not st else self.cap(stock[i])
                fm = "%.3f" % (r.uniform(0.2, 0.6) if not st else r.uniform(0.6, 0.8))
            else:
                selfie, fm = "", ""
            stt = self.status(ts, 0.9, lock1=0.05, lock2=0.25 if st else 0.55, term=0.0 if st else 0.1)
            if not self.emit_p(ts, c, sim, p, self.rend(p.name, c), "AGENT", D.pid,
                               D.dev(r) if st else D.devs[0], selfie, fm, popdb, stt,
                               phones[min(len(phones) - 1, i // per)], self.u_spam(st), 1, 0, pat):
                return

    def fr_agent_own(self, st):
        r = self.rng
        c = self.pick_fcarrier()
        D = self.pick_rogue(c)
        day0 = self.sample_day()
        ag = self.new_person(day0, age=r.randint(25, 50), res=D.prov)
        # the agent's own genuine personal SIM
        self.reg(ag, c, self.clamp_day(day0 - r.randint(0, 60)), "EKYC_APP")
        ids = [ag]
        if st:
            ids.append(self.new_person(day0, age=DAYYEAR[day0] - ag.by + r.randint(-4, 4),
                                       g="F" if ag.g == "M" else "M", res=D.prov))
            for _ in range(r.randint(1, 3)):
                ids.append(self.new_person(day0, age=r.randint(18, 75), sur=ag.sur, bp=ag.bp, res=D.prov))
        pat = "fraud_agent_own_id" + ("_stealth" if st else "")
        span = r.randint(30, 90) if st else r.randint(1, 10)
        for p in ids:
            k = self.fsize(False, 3.4 if st else 5.0, 0.5, 12 if st else 60, 60 if st else 400)
            if k <= 0:
                return
            tss = self.spread_ts(day0, span, D.hours, k)
            box = None if st else self.new_box(c, k, r.random() < 0.7, day0)
            own_face = p is ag or r.random() < 0.5
            for ts in tss:
                day = ts // 86400
                sim = self.take_sim(c, D, day) if box is None else self.box_sim(c, box)
                if r.random() < self.selfie_p("AGENT", day):
                    selfie = self.cap(p.face if own_face else ag.face)
                    fm = self.fm_legit(p, day) if own_face else "%.3f" % r.uniform(0.3, 0.6)
                else:
                    selfie, fm = "", ""
                u = self.u_resale(0.3 if st else 0.5)
                if not self.emit_p(ts, c, sim, p, self.rend(p.name, c), "AGENT", D.pid,
                                   D.devs[0] if not st else D.dev(r), selfie, fm, "MATCH",
                                   self.status(ts, 0.5, lock1=0.05), self.buyer_fu(u), u, 1, 1, pat):
                    return

    def fr_hop(self, st):
        r = self.rng
        crew = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        nid = r.randint(2, 6)
        pat = "fraud_id_hopping" + ("_stealth" if st else "")
        day0 = self.sample_day()
        hand = [self.imei(PHONE_TACS) for _ in range(r.randint(2, 6))]
        for _ in range(nid):
            if self.froom() <= 0:
                return
            v = self.victim(day0, 0.6)
            face = crew[r.randrange(len(crew))]
            if st:
                reg = PREGION.get(v.res, "SE")
                provs = REGION_CODES[reg]
                nvis, span = r.randint(3, 5), r.randint(14, 21)
            else:
                provs = PCODES
                nvis, span = r.randint(4, 12), r.randint(1, 4)
            visits = sorted((self.clamp_day(day0 + r.randrange(span)), provs[r.randrange(len(provs))])
                            for _ in range(nvis))
            for day, prov in visits:
                c = self.pick_carrier() if r.random() < 0.7 else self.pick_fcarrier()
                pt = self.pick_point(c, "AGENT", prov)
                ts = self.ts_at(day, pt.hours)
                for j in range(1 if st else r.randint(1, 2)):
                    if self.froom() <= 0:
                        return
                    ts += r.randint(60, 600)
                    x = r.random()
                    u = self.u_scam(st) if x < 0.4 else self.u_otp(st) if x < 0.6 else self.u_resale(0.3)
                    fu = hand[r.randrange(len(hand))] if x < 0.6 else self.buyer_fu(u)
                    if not self.emit_p(ts, c, self.take_sim(c, pt, day), v, self.rend(v.name, c), "AGENT",
                                       pt.pid, pt.dev(r), self.cap(face),
                                       "%.3f" % r.uniform(0.74, 0.92), "MATCH",
                                       self.fstatus(ts, 1, st), fu, u, 1, 1, pat):
                        return

    def fr_template(self, st):
        r = self.rng
        c = self.pick_fcarrier()
        Ds = [self.pick_rogue(c)] + ([self.pick_rogue(c)] if st else [])
        k = self.fsize(st, 4.1, 0.6, 15, 300)
        if k <= 0:
            return
        day0 = self.sample_day()
        tss = self.spread_ts(day0, r.randint(14, 28), "AGENT", k) if st else \
            self.spread_ts(day0, r.randint(1, 3), "AGENT", k)
        stock = [r.getrandbits(64) for _ in range(r.randint(15, 40) if st else r.randint(2, 6))]
        pre = CMND_PREFIX[PCODES[r.randrange(len(PCODES))]]
        base = r.randrange(10 ** (9 - len(pre) - 1), 10 ** (9 - len(pre)) - 20000)
        pat = "fraud_photo_template" + ("_stealth" if st else "")
        for ts in tss:
            day = ts // 86400
            D = Ds[r.randrange(len(Ds))]
            if st:
                p = self.fab_person(day, True, res=D.prov)
                popdb = "UNCHECKED"
                fm = "%.3f" % r.uniform(0.45, 0.72)
            else:
                base += r.randint(1, 40)
                num = pre + "%0*d" % (9 - len(pre), base)
                while num in self.used_id:
                    base += 1
                    num = pre + "%0*d" % (9 - len(pre), base)
                self.used_id.add(num)
                p = self.fab_person(day, True, res=D.prov, cmnd_prefix=num)
                popdb = "NOT_FOUND" if r.random() < 0.6 else "UNCHECKED"
                fm = "%.3f" % r.uniform(0.01, 0.20)
            selfie = "%016x" % self.flip(stock[r.randrange(len(stock))], r.randint(0, 2))
            u = self.u_resale(0.35 if st else 0.55)
            if not self.emit_p(ts, c, self.take_sim(c, D, day), p, self.rend(p.name, c), "AGENT", D.pid,
                               D.dev(r), selfie, fm, popdb,
                               self.status(ts, 0.9, lock1=0.08 + (0.25 if popdb == "NOT_FOUND" else 0)),
                               self.buyer_fu(u), u, 1, 0, pat):
                return

    def fr_elderly(self, st):
        r = self.rng
        c = self.pick_fcarrier()
        Ds = [self.pick_rogue(c)] + ([self.pick_rogue(c)] if st else [])
        prov = RURAL[r.randrange(len(RURAL))]
        surs = [self.surname() for _ in range(r.randint(3, 5))]
        n_old = r.randint(15, 90)
        day0 = self.sample_day()
        span = r.randint(7, 14) if st else r.randint(1, 2)
        pat = "fraud_elderly_harvest" + ("_stealth" if st else "")
        modem = self.imei_block(MODEM_TACS, 16) if r.random() < 0.4 else None
        for _ in range(n_old):
            if self.froom() <= 0:
                return
            age = r.randint(55, 85) if st else r.randint(65, 90)
            p = self.new_person(day0, age=age, bp=prov, res=prov, sur=surs[r.randrange(len(surs))],
                                old_style=True)
            if r.random() < 0.3:   # the villager's own genuine SIM at a local point
                self.reg(p, self.pick_carrier(), self.clamp_day(day0 - r.randint(30, 400)),
                         r.choice(("STORE", "AGENT")), usage=self.u_elderly(),
                         fu=self.imei(FEATURE_TACS))
            ev_face = p.face
            for j in range(1 if st else r.randint(1, 3)):
                if self.froom() <= 0:
                    return
                D = Ds[r.randrange(len(Ds))]
                day = self.clamp_day(day0 + r.randrange(span))
                ts = self.ts_at(day, D.hours)
                x = r.random()
                if modem is not None and x < 0.5:
                    u, fu = self.u_otp(st), modem[r.randrange(16)]
                elif x < 0.7:
                    u = self.u_scam(st)
                    fu = self.buyer_fu(u)
                else:
                    u = self.u_resale(0.3)
                    fu = self.buyer_fu(u)
                if not self.emit_p(ts, c, self.take_sim(c, D, day), p, self.rend(p.name, c), "AGENT",
                                   D.pid, D.dev(r), self.cap(ev_face), "%.3f" % r.uniform(0.6, 0.85),
                                   "MATCH", self.fstatus(ts, 1, st), fu, u, 1, 1, pat):
                    return

    def fr_simbox(self, st):
        r = self.rng
        c = self.pick_fcarrier()
        D = self.pick_rogue(c)
        k = self.fsize(st, 4.2, 0.6, 15, 250)
        if k <= 0:
            return
        day0 = self.sample_day()
        if st:
            tss = self.spread_ts(day0, r.randint(10, 30), D.hours, k)
            mods = []
            for _ in range(r.randint(2, 4)):
                mods += self.imei_block(GATEWAY_TACS, r.choice((8, 16, 32)))
        else:
            tss = self.burst_ts(day0, k)
            mods = self.imei_block(GATEWAY_TACS, r.choice((32, 64)))
        box = None if st else self.new_box(c, k, r.random() < 0.6, day0)
        stock = [r.getrandbits(64) for _ in range(r.randint(2, 5) if not st else 30)]
        pat = "fraud_simbox_bypass" + ("_stealth" if st else "")
        for ts in tss:
            day = ts // 86400
            p = self.fab_person(day, st or r.random() < 0.5)
            popdb = "UNCHECKED" if (st or r.random() < 0.5) else "NOT_FOUND"
            sim = self.take_sim(c, D, day) if box is None else self.box_sim(c, box)
            if r.random() < self.selfie_p("AGENT", day):
                selfie = self.cap(stock[r.randrange(len(stock))])
                fm = "%.3f" % (r.uniform(0.55, 0.78) if st else r.uniform(0.1, 0.5))
            else:
                selfie, fm = "", ""
            if not self.emit_p(ts, c, sim, p, self.rend(p.name, c), "AGENT", D.pid, D.dev(r), selfie, fm,
                               popdb, self.status(ts, 0.9, lock2=0.25 if st else 0.5),
                               mods[r.randrange(len(mods))], self.u_bypass(st), 1, 0, pat):
                return

    # ------------------------------------------------------------ driver
    def run(self):
        r = self.rng
        L = {
            "single": self.ev_single, "multi": self.ev_multi, "data_sim": self.ev_data_sim,
            "backup": self.ev_backup, "name_variant": self.ev_name_variant, "family": self.ev_family,
            "org_iot": lambda: self.ev_org("iot"), "org_fleet": lambda: self.ev_org("fleet"),
            "org_callcentre": lambda: self.ev_org("cc"), "org_rep": self.ev_org_rep,
            "typo": self.ev_typo, "elderly": self.ev_elderly, "promo": self.ev_promo,
            "factory": self.ev_factory, "foreign_staff": self.ev_foreign_staff,
            "tourist": self.ev_tourist, "recycled": self.ev_recycled, "reauth": self.ev_reauth,
            "transfer": self.ev_transfer, "legacy": self.ev_legacy, "courier": self.ev_courier,
            "cmnd_collision": self.ev_cmnd_collision,
        }
        F = {
            "preact_leaked": lambda s: self.fr_preact(s, False),
            "preact_fabricated": lambda s: self.fr_preact(s, True),
            "idtheft_ring": self.fr_ring, "dealer_extra": self.fr_extra, "simfarm": self.fr_farm,
            "otp_modem": self.fr_otp, "spam_caller": self.fr_spam, "agent_own_id": self.fr_agent_own,
            "id_hopping": self.fr_hop, "photo_template": self.fr_template,
            "elderly_harvest": self.fr_elderly, "simbox_bypass": self.fr_simbox,
        }
        lev = [L[k] for k in self.lev]
        fev = [F[k] for k in self.fev]
        stealth = self.S["stealth"]
        stall = 0
        while self.n < self.N:
            before = self.n
            if self.nf < self.ftarget and self.nf <= self.fshare * self.n + 1:
                self.pick(self.fevcum, fev)(r.random() < stealth)
            else:
                self.pick(self.levcum, lev)()
            if self.n == before:
                stall += 1
                if stall > 1000:
                    self.ev_single()
            else:
                stall = 0

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        self.rows.sort()
        with open(os.path.join(out, "batch.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(",".join(COLUMNS) + "\n")
            buf = []
            for _, line in self.rows:
                buf.append(line)
                if len(buf) >= 20000:
                    f.write("\n".join(buf) + "\n")
                    buf = []
            if buf:
                f.write("\n".join(buf) + "\n")
        with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
            f.write("carrier,msisdn,junk,non_owner,pattern\n")
            f.write("\n".join(v[1] for k, v in sorted(self.labels.items())) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description="indep7 blind SIM-registration test-data generator")
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scenario", default=DEFAULT_SCENARIO)
    ap.add_argument("--out", default=None)
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k, v in SCENARIOS.items():
            print("%-18s %s" % (k, v["desc"]))
        return 0
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (choose from %s)" % (a.scenario, ", ".join(SCENARIOS)))
    if a.out is None:
        ap.error("--out is required")
    if a.rows < 1:
        ap.error("--rows must be >= 1")
    t0 = time.time()
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    g.write(a.out)
    sys.stderr.write("indep7: %d rows, %d subscriptions, %d fraud rows (%.1f%%), scenario %s, %.1fs\n" % (
        g.n, len(g.labels), g.nf, 100.0 * g.nf / max(1, g.n), a.scenario, time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
