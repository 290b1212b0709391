#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""indep9_gen.py - independent synthetic registration batches with ground truth.

Written blind from two documents only: the interface contract
(shared/spec/batch-format.md) and the Vietnamese domain fact sheet
(shared/spec/domain-vietnam.md).  It shares no code or parameters with the
detector or with any other generator.  Python 3 standard library only.

Usage
-----
    python3 tools/indep9_gen.py --rows N --seed S --scenario NAME --out DIR
    python3 tools/indep9_gen.py --list-scenarios

Writes DIR/batch.csv (the contract's 29 batch columns, in the contract's table
order, header row, UTF-8 without BOM, comma separated, RFC 4180 quoting, "\\n"
line ends) and DIR/labels.csv with header
``carrier,msisdn,junk,non_owner,pattern``.

Determinism
-----------
All randomness comes from ONE ``random.Random`` seeded with the string
``"indep9|<rows>|<seed>|<scenario>"``.  No set or hash order is iterated
(sets are only used for membership tests; dicts iterate in insertion order),
no clock, no environment.  Reruns with the same (rows, seed, scenario) give
byte-identical files.

Row model
---------
* One batch row = one subscription as the carrier knows it.  batch.csv has
  exactly ``--rows`` data rows.
* A small share of subscriptions (patterns sim_swap_takeover,
  sim_replacement_lost_phone, recycled_number, ownership_transfer) carry a
  second, older *history* row for the same (carrier, msisdn) (contract section
  1: "the row with the latest registered_at is the current state, and earlier
  rows are its history").  The history row is dated before the batch window
  and counts toward --rows, so the number of subscriptions (= rows of
  labels.csv) is ``--rows`` minus the number of history rows (about 0.3 % in
  national_default).  Labels describe the current (latest) row.
* MSISDNs are unique across the whole batch (a number belongs to one carrier
  at a time); the batch writes them in the three contract forms
  (0xxxxxxxxx ~70 %, 84xxxxxxxxx ~20 %, +84xxxxxxxxx ~10 %).  labels.csv uses
  the normalised form ``84`` + 9 digits and the upper-case carrier code, i.e.
  the key findings.csv uses.  Carrier codes in batch.csv are upper case.
* Rows are sorted by registered_at (ties by generation order).
* labels.csv has one row per (carrier, msisdn), in order of first appearance
  in batch.csv; junk and non_owner are 0/1.  Every pattern whose rows are all
  junk=0,non_owner=0 is a legitimate category (a confounder).  Legitimate
  patterns other than ``clean`` are named after the honest situation.

Label decisions where the contract leaves room
----------------------------------------------
* JUNK = the registration does not stand for a genuine end user at
  activation; the contract lists fabricated, borrowed, bought and leaked
  identities, pre-activation and farms/boxes, so every new registration on
  someone else's or a non-existent identity is junk=1 - including
  borrowed_id_personal_use, whose user is real but not the registrant.
* NON_OWNER needs a real person named in the registration who does not hold
  the SIM: fabricated CCCDs (preactivation_fabricated) and shell companies
  (shell_company_bulk) are junk=1, non_owner=0.
* sim_swap_takeover is junk=0, non_owner=1: the number was genuinely activated
  for the victim (history row); the current row hands it to somebody else.
* walkin_customer_own / victim_own_sim: the genuine SIM of a person whose
  documents were also abused is legitimate (0,0); only the abusive
  subscriptions are labelled.
* Fraud rows are exported in the same name forms as honest ones (2.5 %
  upper case, 1.5 % without diacritics) so that name form is no label leak;
  the name_* confounder patterns are honest subscribers whose only
  peculiarity is that form.
* --seed is an integer; the seed string uses its decimal form.

Field conventions
-----------------
* CCCD = birth-registration province (63-code table) + century/gender digit +
  YY + 6 random digits, consistent with date_of_birth and gender, unique.
  Only the clerical_typo pattern (and ~15 % of preactivation_fabricated rows,
  whose fabricated documents are sloppy) break the cross-field consistency;
  all are structurally valid 12-digit numbers with a known province code.
* CMND: 9 digits with one of the issuing prefixes quoted by the sheet (01, 02,
  03, 27, 280) or, for a quarter of legacy holders, a 12-digit legacy CMND
  (random digits - it must NOT be decoded as a CCCD; decoding it gives
  nonsense on purpose).
* PASSPORT: Vietnamese ``[A-Z]\\d{7}`` (nationality VN) or foreign free-form
  with the holder's nationality.  ORG: 10-digit tax code.
* IMSI = 452 + MNC (01 MobiFone, 02 VinaPhone, 04 Viettel, 05 Vietnamobile,
  07 Gmobile, 08 Itel, 09 Reddi) + 10 digits; empty for ASIM and DIGILIFE
  whose MNC is unconfirmed.  IMSI and ICCID come from SIM "boxes" of 100
  sequential cards: every point of sale (per carrier and device) consumes its
  stock in time order, so honest shops also show runs of consecutive ICCIDs
  spread over days, while pre-activation bursts show them within minutes.
* ICCID = 8984 + issuer (01 MobiFone, 02 VinaPhone; 04/05/07/08/09 reused
  from the MNC for the others, 12/13 for ASIM/DIGILIFE - the latter are
  assumptions, the sheet only confirms 01/02) + body + Luhn; 20 digits for
  Viettel, 19 for the others.
* IMEI = 8-digit TAC + 6-digit serial + Luhn, unique per device (SIM-box slots
  and IoT modules from one batch have sequential serials).
* selfie_hash = 16 lower-case hex digits; every person has one 64-bit face,
  each capture flips 0-4 bits; different faces are independent random
  64-bit values (~32 bits apart).  face_match has 3 decimals.  Selfie and
  face_match are both present or both empty; present for all EKYC_APP/ONLINE
  rows, ~85 % of STORE and ~65 % of AGENT rows (100 % from Circular 08 on,
  scenario post_circular08).
* Usage columns are empty (unknown) when the 30-day window had not closed at
  export time (the last ~10-20 days of the window), for MVNOs ITEL, REDDI,
  ASIM and DIGILIFE (no usage feed) and for a random 2 %.  A SIM that was
  never used has known usage 0 in every column (and usually no
  first_use_imei).
* Heavy-tailed point-of-sale volumes (Pareto weights), 1-3 devices per dealer,
  2-6 tablets per carrier store, about a third of dealers are multi-brand
  shops whose device serves two carriers.  About 2.5 % of honest numbers are
  ported (prefix of another carrier).

Scenarios (--list-scenarios prints the names)
---------------------------------------------
national_default   Nationwide mix, window 2025-11-01 + 90 days, ~4.2 % of rows
                   fraudulent (all fraud patterns, mostly blatant, some
                   stealth), ~20 % legitimate confounders.
clean_heavy        Same window, fraud about 0.5 % of rows, confounders x1.4.
junk_wave_2023     Window 2023-02-01 + 90 days, ~20 % fraud dominated by
                   blatant pre-activation, dealers on their own ID, leaked and
                   fabricated documents (the 2023 clean-up era).
stealth_ops        Window 2025-08-01 + 120 days, ~5 % fraud subscriptions,
                   almost all stealth variants (spread over the window, many
                   dealers/devices, human-like usage); confounders x1.2.
south_industrial   Population skewed to the South (HCMC, Binh Duong, Dong Nai,
                   Long An); migrant-worker shops, SIM farms and OTP modem
                   pools; ~7 % fraud.
north_border       Population skewed to the North and the border provinces;
                   SIM farms and IDs reused across provinces; ~5.5 % fraud.
post_circular08    Window 2026-04-15 + 75 days: face capture on every row
                   registered in the window, VNeID non-confirmation locks from
                   2026-06-15 (60 % of non_owner subscriptions ONE_WAY_LOCKED,
                   plus honest vneid_unconfirmed_honest), fewer
                   pre-activations, more identity-theft rings and SIM swaps;
                   ~4 % fraud.
confounder_stress  ~60 % of rows are legitimate confounders, ~2 % fraud.

Patterns and labels (junk, non_owner)
-------------------------------------
Fraud (ground truth from the contract's definitions):
  preactivation_fabricated (1,0)  corrupt dealer mass-registers kits at night
      on fabricated CCCDs (template province, reused names, stock photos,
      popdb NOT_FOUND/MISMATCH, 15 % cross-field errors), consecutive
      ICCIDs and often consecutive MSISDNs; many never used.  Fabricated
      identities are no real person, hence non_owner=0.
  preactivation_leaked_ids (1,1)  same dealer mechanics on leaked real
      identities (popdb MATCH), photos of the victims' cards.
  agent_own_id_mass (1,1)  dealer activates dozens/hundreds of SIMs on his own
      CCCD and face for resale.
  identity_theft_ring (1,1)  one operator's phone(s) and face behind many
      victims' documents via the carrier app / web; low face_match; scam or
      OTP usage; kits bought at one shop.
  stealth_identity_ring (1,1)  ring spread over the window on 8-20 phones,
      photo replay/deepfake faces (face_match ~0.78), usage mimics honest users.
  dealer_extra_sims (1,1)  dealer adds 1-3 SIMs on a walk-in customer's
      documents minutes after the genuine one, reusing the same selfie.
      The customer's own SIM is walkin_customer_own (0,0).
  stealth_extra_sims (1,1)  many dealers, ~8 % of walk-ins, one extra SIM hours
      later, re-encoded selfie; walk-ins are walkin_customer_own (0,0).
  sim_farm_bought_ids (1,1)  identities bought from young people (who show up
      in person), 3-9 SIMs each over several carriers, first used in SIM
      boxes (sequential or shared IMEIs), massive outbound calls.
  stealth_sim_farm (1,1)  IMEI-randomising boxes (phone-like TACs), 1-2 SIMs
      per bought ID, many dealers over the window, moderate call volumes.
  otp_modem_pool (1,1)  rented identities, SIMs first used in USB modem pools,
      SMS-receive-only usage (OTP resale).
  shell_company_bulk (1,0)  shell ORGANIZATION registers 50-300 SIMs in bulk
      that go to boxes / modem pools (no natural person named).
  sim_swap_takeover (0,1)  replacement SIM issued on a victim's existing
      number to a fraudster (history row = victim's original registration);
      new face, new device, OTP-like usage.
  leaked_id_multi_dealer (1,1)  one leaked ID used at 4-12 dealers in several
      provinces within 1-3 days.
  stealth_preactivation (1,1)  10-30 dealers each adding 1-2 SIMs a day on
      leaked identities during business hours.
  borrowed_id_personal_use (1,1)  someone without usable papers gets one SIM on
      a friend's/relative's CCCD and uses it normally (low face_match).
  victim_own_sim (0,0)  genuine own SIM of a person whose identity is also used
      by a ring / stealth pre-activation.
Legitimate confounders (all 0,0):
  clean, walkin_customer_own, victim_own_sim, busy_shop (flagship stores with
  promo-day bursts), industrial_zone_shop (migrant workers, Sunday bursts,
  birth provinces far from the shop), student_intake (18-19-year-olds from many
  provinces at a campus dealer within days), tourist_airport_kiosk (foreign
  passports, UNCHECKED, data-heavy), family_one_phone (relatives registered
  one after another in the app on one family phone, each with own face),
  shop_assisted_app (shop phone runs the carrier app for many customers),
  org_iot_fleet (ORG, hundreds of data-only SIMs in seconds, consecutive
  numbers, IoT modules with sequential IMEIs, some not deployed yet),
  org_vehicle_fleet, org_call_centre (ORG, very high outbound calls, desk phones
  with sequential IMEIs), multi_sim_personal (2-6 SIMs of one person, within
  the law: 4th+ in a store), data_only_sim, backup_sim (almost never used),
  name_no_diacritics, name_upper_case, clerical_typo (DOB year digit, gender
  field, name letter, day/month swap, transposed CCCD digits - soft, documented
  inconsistencies, popdb often MISMATCH), sim_replacement_lost_phone (history
  row + new SIM and phone, own face), recycled_number (history row of the old
  owner, TERMINATED), ownership_transfer, elderly_old_photo (face_match
  0.5-0.75), heavy_caller_salesperson, twins (same DOB/surname, near CCCDs,
  faces a few bits apart), legacy_cmnd_holder, overseas_vietnamese_passport,
  vneid_unconfirmed_honest (honest but ONE_WAY_LOCKED for not confirming in
  VNeID; post_circular08 only).
"""

import argparse
import bisect
import csv
import datetime
import os
import random
import sys
import unicodedata

COLUMNS = [
    "carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type",
    "id_number", "full_name", "date_of_birth", "gender", "nationality",
    "province", "registered_at", "channel", "agent_id", "device_imei",
    "selfie_hash", "face_match", "popdb_check", "status", "first_use_imei",
    "active_days_30d", "out_calls_30d", "in_calls_30d", "out_sms_30d",
    "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d",
]
NCOL = len(COLUMNS)
C_IMSI, C_ICCID = 2, 3
C_NAME, C_DOB, C_GENDER = 7, 8, 9
C_IDN = 6
C_TS, C_SEQ = NCOL, NCOL + 1   # extra internal slots

# ---------------------------------------------------------------- provinces
# code, name, population (millions, approximate, only used as weights), region
PROVINCES = [
    (1, "Hà Nội", 8.4, "N"), (2, "Hà Giang", 0.9, "N"), (4, "Cao Bằng", 0.54, "N"),
    (6, "Bắc Kạn", 0.32, "N"), (8, "Tuyên Quang", 0.8, "N"), (10, "Lào Cai", 0.75, "N"),
    (11, "Điện Biên", 0.63, "N"), (12, "Lai Châu", 0.48, "N"), (14, "Sơn La", 1.3, "N"),
    (15, "Yên Bái", 0.85, "N"), (17, "Hòa Bình", 0.87, "N"), (19, "Thái Nguyên", 1.3, "N"),
    (20, "Lạng Sơn", 0.8, "N"), (22, "Quảng Ninh", 1.4, "N"), (24, "Bắc Giang", 1.9, "N"),
    (25, "Phú Thọ", 1.5, "N"), (26, "Vĩnh Phúc", 1.2, "N"), (27, "Bắc Ninh", 1.5, "N"),
    (30, "Hải Dương", 1.9, "N"), (31, "Hải Phòng", 2.1, "N"), (33, "Hưng Yên", 1.3, "N"),
    (34, "Thái Bình", 1.9, "N"), (35, "Hà Nam", 0.88, "N"), (36, "Nam Định", 1.8, "N"),
    (37, "Ninh Bình", 1.0, "N"), (38, "Thanh Hóa", 3.7, "C"), (40, "Nghệ An", 3.4, "C"),
    (42, "Hà Tĩnh", 1.3, "C"), (44, "Quảng Bình", 0.9, "C"), (45, "Quảng Trị", 0.65, "C"),
    (46, "Thừa Thiên Huế", 1.15, "C"), (48, "Đà Nẵng", 1.2, "C"), (49, "Quảng Nam", 1.5, "C"),
    (51, "Quảng Ngãi", 1.25, "C"), (52, "Bình Định", 1.5, "C"), (54, "Phú Yên", 0.88, "C"),
    (56, "Khánh Hòa", 1.25, "C"), (58, "Ninh Thuận", 0.6, "C"), (60, "Bình Thuận", 1.25, "C"),
    (62, "Kon Tum", 0.57, "C"), (64, "Gia Lai", 1.6, "C"), (66, "Đắk Lắk", 1.9, "C"),
    (67, "Đắk Nông", 0.67, "C"), (68, "Lâm Đồng", 1.3, "C"), (70, "Bình Phước", 1.0, "S"),
    (72, "Tây Ninh", 1.2, "S"), (74, "Bình Dương", 2.8, "S"), (75, "Đồng Nai", 3.3, "S"),
    (77, "Bà Rịa–Vũng Tàu", 1.2, "S"), (79, "TP Hồ Chí Minh", 9.4, "S"), (80, "Long An", 1.7, "S"),
    (82, "Tiền Giang", 1.8, "S"), (83, "Bến Tre", 1.3, "S"), (84, "Trà Vinh", 1.0, "S"),
    (86, "Vĩnh Long", 1.0, "S"), (87, "Đồng Tháp", 1.6, "S"), (89, "An Giang", 1.9, "S"),
    (91, "Kiên Giang", 1.7, "S"), (92, "Cần Thơ", 1.25, "S"), (93, "Hậu Giang", 0.73, "S"),
    (94, "Sóc Trăng", 1.2, "S"), (95, "Bạc Liêu", 0.9, "S"), (96, "Cà Mau", 1.2, "S"),
]
PROV_CODES = [p[0] for p in PROVINCES]
PROV_REGION = {p[0]: p[3] for p in PROVINCES}
PROVSTR = {p[0]: "%03d" % p[0] for p in PROVINCES}
BORDER = [2, 4, 6, 10, 11, 12, 20, 22, 14]
INDUSTRIAL = [74, 75, 27, 24, 31, 79, 80, 26, 30, 33, 1]
SENDING = [38, 40, 42, 44, 36, 34, 14, 2, 89, 87, 94, 96, 91, 84, 64, 66, 51, 52, 93, 95, 83]
CAMPUS = [1, 79, 48, 46, 92, 40, 19, 68, 52]
AIRPORTS = [79, 1, 48, 56, 91, 31, 22]
CMND_PREFIX = {1: "01", 79: "02", 31: "03", 77: "27", 74: "280"}

# ---------------------------------------------------------------- carriers
# code, market share, IMSI MNC (None: unconfirmed), ICCID issuer, ICCID length, abbr
CARRIERS = [
    ("VIETTEL", 0.535, "04", "04", 20, "VTL"),
    ("VINAPHONE", 0.215, "02", "02", 19, "VNP"),
    ("MOBIFONE", 0.205, "01", "01", 19, "MBF"),
    ("VIETNAMOBILE", 0.021, "05", "05", 19, "VNM"),
    ("GMOBILE", 0.005, "07", "07", 19, "GMB"),
    ("ITEL", 0.009, "08", "08", 19, "ITL"),
    ("REDDI", 0.004, "09", "09", 19, "RDI"),
    ("ASIM", 0.0035, None, "12", 19, "ASM"),
    ("DIGILIFE", 0.0025, None, "13", 19, "DGL"),
]
CINFO = {c[0]: c for c in CARRIERS}
BIG3 = ("VIETTEL", "VINAPHONE", "MOBIFONE")
NO_USAGE_FEED = ("ITEL", "REDDI", "ASIM", "DIGILIFE")
PREFIXES = {
    "VIETTEL": ["86", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39"],
    "VINAPHONE": ["88", "91", "94", "81", "82", "83", "84", "85"],
    "MOBIFONE": ["89", "90", "93", "70", "76", "77", "78", "79"],
    "VIETNAMOBILE": ["92", "56", "58", "52"],
    "GMOBILE": ["993", "994", "995", "996", "997", "59"],
    "ITEL": ["87"],
    "REDDI": ["55"],
    "ASIM": [],        # own range unconfirmed: numbers come from other ranges
    "DIGILIFE": [],
}

# ---------------------------------------------------------------- names
SURNAMES = [  # name, weight north/centre-north, weight south/centre-south
    ("Nguyễn", 38, 38), ("Trần", 11, 11), ("Lê", 9.5, 9.5), ("Phạm", 7, 7),
    ("Hoàng", 5, 0.8), ("Huỳnh", 0.3, 4.5), ("Phan", 4.5, 4.5), ("Vũ", 4, 0.5),
    ("Võ", 0.6, 4.5), ("Đặng", 2.1, 2.1), ("Bùi", 2, 2), ("Đỗ", 1.5, 1.3),
    ("Hồ", 1.0, 1.6), ("Ngô", 1.3, 1.3), ("Dương", 1, 1), ("Lý", 0.4, 0.7),
    ("Đinh", 1.0, 0.6), ("Trương", 0.6, 1.0), ("Lâm", 0.3, 0.8), ("Mai", 0.5, 0.5),
    ("Cao", 0.4, 0.4), ("Lưu", 0.3, 0.3), ("Tạ", 0.3, 0.2), ("Đào", 0.7, 0.5),
    ("Đoàn", 0.6, 0.6), ("Vương", 0.2, 0.2), ("Trịnh", 0.6, 0.4), ("Hà", 0.6, 0.3),
    ("Tô", 0.2, 0.2), ("Châu", 0.1, 0.5), ("Kiều", 0.1, 0.1), ("Thái", 0.2, 0.2),
    ("Lương", 0.4, 0.3), ("Nông", 0.3, 0.02), ("Lò", 0.15, 0.01), ("Hứa", 0.05, 0.2),
    ("Quách", 0.1, 0.1), ("Triệu", 0.2, 0.1), ("La", 0.05, 0.15), ("Thạch", 0.01, 0.3),
]
M_MID = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân", "Ngọc", "Trọng",
         "Tuấn", "Gia", "Hoàng", "Anh", "Thanh", "Đình", "Bá", "Quốc", "Nhật", "Tiến",
         "Hải", "Duy", "Khánh", "Phúc", "Trung"]
F_MID = ["Ngọc", "Thu", "Thanh", "Kim", "Mai", "Bảo", "Khánh", "Phương", "Hồng", "Minh",
         "Diệu", "Thùy", "Hoài", "Quỳnh", "Gia", "Cẩm", "Mỹ", "Thảo", "Hải", "Tuyết", "Lan"]
M_GIV = ["Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Nam", "Long", "Phong", "Quân",
         "Sơn", "Thắng", "Trung", "Hiếu", "Khánh", "Huy", "Đức", "Bình", "Cường", "Hoàng",
         "Kiên", "Lâm", "Nghĩa", "Phúc", "Quang", "Tài", "Thành", "Thịnh", "Toàn", "Vinh",
         "Việt", "Bảo", "Duy", "Đạt", "Khoa", "Khôi", "Lộc", "Mạnh", "Nhân", "Tâm", "Tùng",
         "Vũ", "Hưng", "Hậu", "Trí", "Thiện", "Tín", "Lợi", "Phát", "Hào", "Quý", "Sang",
         "Thông", "Tú", "Vương", "Hiển", "Chiến", "Thái", "Trường", "Kha"]
F_GIV = ["Anh", "Linh", "Hương", "Lan", "Mai", "Hoa", "Hằng", "Ngọc", "Trang", "Thảo",
         "Phương", "Hà", "Huyền", "Nhung", "Thủy", "Yến", "Vy", "Nhi", "Ngân", "Hạnh",
         "Dung", "Loan", "Oanh", "Tuyết", "Trinh", "Vân", "Châu", "My", "Quyên", "Duyên",
         "Giang", "Hiền", "Hồng", "Liên", "Nga", "Nguyệt", "Nhàn", "Phượng", "Quỳnh",
         "Tâm", "Thu", "Thư", "Trâm", "Uyên", "Xuân", "Diệp", "Ánh", "Hậu", "Lệ", "Thơ",
         "Tiên", "Kiều", "Hạ", "Mỹ", "Thắm"]
ORG_KIND = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Công ty Cổ phần Tập đoàn"]
ORG_SECTOR = {
    "iot": ["Giải pháp IoT", "Điện lực", "Thanh toán Điện tử", "Công nghệ Giám sát", "Đồng hồ Thông minh", "Cấp nước"],
    "fleet": ["Vận tải", "Taxi", "Giao nhận", "Logistics", "Chuyển phát Nhanh", "Xe khách"],
    "call": ["Dịch vụ Khách hàng", "Tài chính Tiêu dùng", "Bảo hiểm", "Bất động sản", "Viễn thông Dịch vụ"],
    "shell": ["Thương mại Dịch vụ", "Xuất nhập khẩu", "Đầu tư Phát triển", "Công nghệ Số", "Truyền thông"],
}
ORG_BRAND = ["Hoàng Long", "Phú Thịnh", "Minh Phát", "An Khang", "Sao Việt", "Thành Công",
             "Đại Dương", "Bình Minh", "Tân Phát", "Hưng Thịnh", "Việt Á", "Phương Nam",
             "Kim Long", "Trường Sơn", "Hòa Bình", "Nam Việt", "Đông Á", "Thiên Phú",
             "Vạn Xuân", "Hồng Hà", "Mekong", "Ánh Dương", "Tín Nghĩa", "Quang Minh"]

FOREIGN = [  # nationality, weight, surnames, given names, passport style
    ("KR", 30, ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
     ["MIN JUN", "SEO YEON", "JI HOON", "HA EUN", "DONG HYUN", "SU BIN", "JAE WON", "YU NA"], "KR"),
    ("CN", 20, ["ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
     ["WEI", "FANG", "JING", "LEI", "YAN", "HAO", "TING", "JUN", "XIAOMING", "LIHUA"], "CN"),
    ("US", 8, ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "NGUYEN"],
     ["MICHAEL", "JENNIFER", "DAVID", "SARAH", "JAMES", "EMILY", "ROBERT", "JESSICA"], "US"),
    ("JP", 6, ["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA"],
     ["HIROSHI", "YUKI", "KENJI", "AYAKA", "SAKURA", "TAKUYA", "HARUTO", "MISAKI"], "JP"),
    ("TW", 6, ["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU", "LIU"],
     ["CHIA HAO", "YU TING", "CHIH WEI", "HSIN YI", "CHUN HUNG", "PEI SHAN"], "TW"),
    ("AU", 5, ["SMITH", "JONES", "WILLIAMS", "TAYLOR", "WILSON", "NGUYEN", "WHITE"],
     ["JACK", "OLIVIA", "NOAH", "CHARLOTTE", "WILLIAM", "MIA", "LIAM"], "AU"),
    ("IN", 4, ["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA", "REDDY"],
     ["RAHUL", "PRIYA", "AMIT", "ANJALI", "VIKRAM", "NEHA"], "IN"),
    ("TH", 4, ["SAETANG", "CHAIYAPORN", "SRISAI", "WONGSA", "BOONMA"],
     ["SOMCHAI", "SUDA", "ANAN", "MALEE", "NIRAN", "PIMCHANOK"], "TH"),
    ("RU", 4, ["IVANOV", "SMIRNOV", "KUZNETSOVA", "POPOV", "VOLKOVA", "SOKOLOV"],
     ["DMITRY", "ANNA", "SERGEY", "OLGA", "ALEXEI", "ELENA"], "RU"),
    ("FR", 3, ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "PETIT"],
     ["PIERRE", "MARIE", "LUCAS", "CAMILLE", "HUGO", "LEA"], "FR"),
    ("DE", 3, ["MULLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER", "MEYER"],
     ["LUKAS", "ANNA", "FELIX", "LENA", "JONAS", "LAURA"], "DE"),
    ("GB", 3, ["SMITH", "JONES", "TAYLOR", "BROWN", "EVANS", "WALKER"],
     ["OLIVER", "AMELIA", "HARRY", "ISLA", "GEORGE", "EMILY"], "GB"),
    ("MY", 2, ["TAN", "LIM", "LEE", "WONG", "ABDULLAH", "RAHMAN"],
     ["WEI LING", "AHMAD", "SITI", "KAH HOE", "NUR AINA"], "MY"),
    ("SG", 2, ["TAN", "LIM", "LEE", "NG", "ONG", "GOH"],
     ["JUN JIE", "HUI MIN", "WEI MING", "XIN YI"], "SG"),
]

SHOP_H = [0, 0, 0, 0, 0, 0, 0.1, 0.8, 3, 5, 6, 5.5, 4, 3.5, 4, 5, 5.5, 6.5, 7.5, 7, 5, 2.5, 0.6, 0.05]
APP_H = [1.2, 0.6, 0.3, 0.2, 0.2, 0.4, 1.2, 2.5, 3.5, 4, 4, 4, 4.2, 4, 3.8, 3.8, 4, 4.5, 5.5,
         6.5, 7, 6.5, 4.5, 2.5]
NIGHT_H = [7, 8, 8, 7, 6, 4, 2, 0.5, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3,
           0.5, 1, 2, 4, 6]
TOPUP_V = [0, 10000, 20000, 30000, 50000, 70000, 90000, 100000, 120000, 150000, 200000, 300000, 500000]
TOPUP_W = [8, 5, 6, 3, 14, 4, 5, 18, 6, 6, 10, 5, 3]
TET = [("2023-01-20", 8), ("2024-02-08", 8), ("2025-01-26", 8), ("2026-02-14", 8)]
C08_DATE = datetime.date(2026, 4, 15)
VNEID_LOCK_DATE = datetime.date(2026, 6, 15)

# ---------------------------------------------------------------- scenarios
FRAUD_BASE = {
    "preactivation_fabricated": 0.0060,
    "preactivation_leaked_ids": 0.0050,
    "agent_own_id_mass": 0.0020,
    "identity_theft_ring": 0.0045,
    "stealth_identity_ring": 0.0020,
    "dealer_extra_sims": 0.0080,    # group incl. walk-ins (~45 % extras)
    "stealth_extra_sims": 0.0150,   # group incl. walk-ins (~8 % extras)
    "sim_farm_bought_ids": 0.0050,
    "stealth_sim_farm": 0.0020,
    "otp_modem_pool": 0.0030,
    "shell_company_bulk": 0.0020,
    "sim_swap_takeover": 0.0008,    # incl. history rows
    "leaked_id_multi_dealer": 0.0015,
    "stealth_preactivation": 0.0030,
    "borrowed_id_personal_use": 0.0012,
}
CONF_BASE = {
    "busy_shop": 0.030, "industrial_zone_shop": 0.010, "student_intake": 0.006,
    "tourist_airport_kiosk": 0.004, "family_one_phone": 0.020, "shop_assisted_app": 0.006,
    "org_iot_fleet": 0.008, "org_vehicle_fleet": 0.003, "org_call_centre": 0.002,
    "multi_sim_personal": 0.030, "data_only_sim": 0.010, "backup_sim": 0.010,
    "name_no_diacritics": 0.020, "name_upper_case": 0.020, "clerical_typo": 0.006,
    "sim_replacement_lost_phone": 0.005, "recycled_number": 0.005, "ownership_transfer": 0.003,
    "elderly_old_photo": 0.004, "heavy_caller_salesperson": 0.003, "twins": 0.0006,
    "legacy_cmnd_holder": 0.002, "overseas_vietnamese_passport": 0.001,
    "vneid_unconfirmed_honest": 0.0,
}
STEALTH = ("stealth_identity_ring", "stealth_extra_sims", "stealth_sim_farm", "stealth_preactivation",
           "borrowed_id_personal_use")

SCENARIOS = {
    "national_default": dict(
        start="2025-11-01", days=90, lag=20, region={}, prov={}, fraud=1.0, fover={},
        conf=1.0, cover={}, c08=False, vneid=0.0),
    "clean_heavy": dict(
        start="2025-11-01", days=90, lag=20, region={}, prov={}, fraud=0.11, fover={},
        conf=1.4, cover={}, c08=False, vneid=0.0),
    "junk_wave_2023": dict(
        start="2023-02-01", days=90, lag=20, region={}, prov={}, fraud=3.2,
        fover={"preactivation_fabricated": 3.0, "preactivation_leaked_ids": 2.5,
               "agent_own_id_mass": 3.0, "leaked_id_multi_dealer": 2.0, "stealth_identity_ring": 0.3,
               "stealth_extra_sims": 0.3, "stealth_sim_farm": 0.3, "stealth_preactivation": 0.5,
               "sim_swap_takeover": 0.5},
        conf=0.8, cover={}, c08=False, vneid=0.0),
    "stealth_ops": dict(
        start="2025-08-01", days=120, lag=20, region={}, prov={}, fraud=0.15,
        fover={"stealth_identity_ring": 40, "stealth_extra_sims": 25, "stealth_sim_farm": 40,
               "stealth_preactivation": 30, "borrowed_id_personal_use": 25, "sim_swap_takeover": 10},
        conf=1.2, cover={}, c08=False, vneid=0.0),
    "south_industrial": dict(
        start="2025-09-01", days=90, lag=20, region={"S": 3.0}, prov={74: 2.0, 75: 2.0, 79: 1.5, 80: 1.5},
        fraud=1.2, fover={"sim_farm_bought_ids": 2.5, "stealth_sim_farm": 2.0, "otp_modem_pool": 2.5,
                           "shell_company_bulk": 1.5},
        conf=1.0, cover={"industrial_zone_shop": 4.0, "org_iot_fleet": 1.5}, c08=False, vneid=0.0),
    "north_border": dict(
        start="2025-06-01", days=90, lag=20, region={"N": 3.0},
        prov={2: 2.5, 4: 2.5, 6: 2.0, 10: 2.5, 11: 2.0, 12: 2.0, 20: 2.5, 22: 2.5, 14: 2.0},
        fraud=1.0, fover={"sim_farm_bought_ids": 2.5, "stealth_sim_farm": 2.0, "leaked_id_multi_dealer": 2.5,
                           "preactivation_fabricated": 1.3},
        conf=1.0, cover={"tourist_airport_kiosk": 0.7, "industrial_zone_shop": 1.5}, c08=False, vneid=0.0),
    "post_circular08": dict(
        start="2026-04-15", days=75, lag=15, region={}, prov={}, fraud=1.0,
        fover={"preactivation_fabricated": 0.3, "preactivation_leaked_ids": 0.3, "agent_own_id_mass": 0.3,
               "identity_theft_ring": 2.5, "stealth_identity_ring": 2.5, "sim_swap_takeover": 5.0,
               "dealer_extra_sims": 0.5, "borrowed_id_personal_use": 1.5},
        conf=1.0, cover={"vneid_unconfirmed_honest": 1.0}, c08=True, vneid=0.6),
    "confounder_stress": dict(
        start="2025-11-01", days=90, lag=20, region={}, prov={}, fraud=0.45, fover={},
        conf=3.0, cover={}, c08=False, vneid=0.0),
}
VNEID_HONEST_SHARE = 0.012


class WP(object):
    """Weighted picker (cumulative weights + bisect)."""
    __slots__ = ("items", "cum", "tot", "n")

    def __init__(self, items, weights):
        self.items = list(items)
        cum, t = [], 0.0
        for w in weights:
            t += w
            cum.append(t)
        self.cum, self.tot, self.n = cum, t, len(self.items)

    def pick(self, r):
        i = bisect.bisect_right(self.cum, r.random() * self.tot)
        return self.items[i if i < self.n else self.n - 1]


DBL = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_digit(payload):
    tot, dbl = 0, True
    for ch in reversed(payload):
        d = ord(ch) - 48
        tot += DBL[d] if dbl else d
        dbl = not dbl
    return chr(48 + (10 - tot % 10) % 10)


_STRIP = {}


def strip_diacritics(s):
    t = _STRIP.get(s)
    if t is None:
        t = unicodedata.normalize("NFD", s)
        t = "".join(ch for ch in t if unicodedata.category(ch) != "Mn")
        t = t.replace("Đ", "D").replace("đ", "d")
        t = unicodedata.normalize("NFC", t)
        _STRIP[s] = t
    return t


class P(object):
    __slots__ = ("name", "sur", "g", "dob", "by", "idt", "idn", "bp", "rp", "face", "phone", "nat")


class Org(object):
    __slots__ = ("tax", "name", "prov", "rep")


class Point(object):
    __slots__ = ("code", "carrier", "prov", "kind", "devices", "w", "owner")


def with_year(dob, y):
    """dob (YYYY-MM-DD) moved to year y; 29 Feb becomes 28 Feb if needed."""
    md = dob[4:]
    if md == "-02-29" and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        md = "-02-28"
    return "%04d%s" % (y, md)


def clamp(x, lo, hi):
    return lo if x < lo else (hi if x > hi else x)


class Gen(object):
    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.sc_name = scenario
        sc = SCENARIOS[scenario]
        self.sc = sc
        self.r = r = random.Random("indep9|%d|%d|%s" % (rows, seed, scenario))
        self.start = datetime.date.fromisoformat(sc["start"])
        self.start_ord = self.start.toordinal()
        self.ndays = sc["days"]
        self.ref_year = self.start.year
        self.export_ts = (self.ndays + sc["lag"]) * 86400
        self.usage_cut = self.export_ts - 30 * 86400
        self.c08 = sc["c08"] or self.start >= C08_DATE
        self.rows = []
        self.labels = {}
        self.stocks = {}
        self.seq = 0
        self.used_ms = set()
        self.used_id = set()
        self.used_imei = set()
        self.used_box = {}
        self.day_cache = {}
        self.time_strs = ["T%02d:%02d:%02d+07:00" % (s // 3600, (s // 60) % 60, s % 60) for s in range(86400)]
        # provinces
        w = []
        for code, _n, pop, reg in PROVINCES:
            w.append(pop * sc["region"].get(reg, 1.0) * sc["prov"].get(code, 1.0))
        self.prov_w = dict(zip(PROV_CODES, w))
        self.prov_pick = WP(PROV_CODES, w)
        self.nat_prov_pick = WP(PROV_CODES, [p[2] for p in PROVINCES])
        self.carrier_pick = WP([c[0] for c in CARRIERS], [c[1] for c in CARRIERS])
        self.fraud_carrier_pick = WP([c[0] for c in CARRIERS],
                                     [c[1] * (1.0 if c[0] in BIG3 else 2.5) for c in CARRIERS])
        self.big3_pick = WP(list(BIG3), [CINFO[c][1] for c in BIG3])
        # days
        dw = []
        tet = []
        for s, n in TET:
            o = datetime.date.fromisoformat(s).toordinal()
            tet.append((o, o + n))
        for d in range(self.ndays):
            o = self.start_ord + d
            wd = datetime.date.fromordinal(o).weekday()
            x = 1.2 if wd == 5 else (1.3 if wd == 6 else 1.0)
            for a, b in tet:
                if a <= o < b:
                    x *= 0.35
            dw.append(x)
        self.day_w = dw
        self.day_pick = WP(list(range(self.ndays)), dw)
        self.shop_h = WP(range(24), SHOP_H)
        self.app_h = WP(range(24), APP_H)
        self.night_h = WP(range(24), NIGHT_H)
        ages = list(range(14, 91))
        aw = []
        for a in ages:
            if a < 18: x = 0.6
            elif a < 23: x = 2.2
            elif a < 30: x = 2.6
            elif a < 40: x = 2.4
            elif a < 50: x = 1.9
            elif a < 60: x = 1.4
            elif a < 70: x = 0.9
            elif a < 80: x = 0.4
            else: x = 0.12
            aw.append(x)
        self.age_pick = WP(ages, aw)
        self.sur_pick = {"N": WP([s[0] for s in SURNAMES], [s[1] for s in SURNAMES]),
                         "S": WP([s[0] for s in SURNAMES], [s[2] for s in SURNAMES])}
        self.mmid = WP(M_MID, [3 if i < 8 else 1 for i in range(len(M_MID))])
        self.fmid = WP(F_MID, [3 if i < 8 else 1 for i in range(len(F_MID))])
        self.mgiv = WP(M_GIV, [1.0 / (1 + i * 0.05) for i in range(len(M_GIV))])
        self.fgiv = WP(F_GIV, [1.0 / (1 + i * 0.05) for i in range(len(F_GIV))])
        self.topup = WP(TOPUP_V, TOPUP_W)
        self.form_pick = WP((0, 1, 2), (70, 20, 10))
        self.flip_pick = WP((0, 1, 2, 3, 4), (28, 32, 21, 12, 7))
        self.status_pick = WP(("ACTIVE", "ONE_WAY_LOCKED", "TWO_WAY_LOCKED", "TERMINATED"),
                              (975, 8, 3, 14))
        self.popdb_pick = WP(("MATCH", "UNCHECKED", "NOT_FOUND"), (95, 4.6, 0.4))
        self.foreign_pick = WP(FOREIGN, [f[1] for f in FOREIGN])
        self.chan_big = WP(("STORE", "AGENT", "EKYC_APP", "ONLINE"), (18, 55, 22, 5))
        self.chan_mvno = WP(("STORE", "AGENT", "EKYC_APP", "ONLINE"), (5, 45, 35, 15))
        self.selfie_p_old = {"STORE": 0.85, "AGENT": 0.65, "EKYC_APP": 1.0, "ONLINE": 1.0}
        if self.c08:
            self.selfie_p = {"STORE": 1.0, "AGENT": 1.0, "EKYC_APP": 1.0, "ONLINE": 1.0}
        else:
            self.selfie_p = self.selfie_p_old
        # msisdn prefixes
        self.pfx = {}
        allp = []
        allw = []
        for c in CARRIERS:
            lst = []
            for p in PREFIXES[c[0]]:
                nd = 9 - len(p)
                lst.append((int(p) * 10 ** nd, 10 ** nd))
            self.pfx[c[0]] = lst
            for it in lst:
                allp.append(it)
                allw.append(c[1] / len(lst))
        self.port_pick = WP(allp, allw)
        self._init_tacs()
        self._init_points()

    # ------------------------------------------------------------ helpers
    def fmt_ts(self, ts):
        d = ts // 86400
        s = self.day_cache.get(d)
        if s is None:
            s = datetime.date.fromordinal(self.start_ord + d).isoformat()
            self.day_cache[d] = s
        return s + self.time_strs[ts - d * 86400]

    def date_of(self, ts):
        return datetime.date.fromordinal(self.start_ord + ts // 86400)

    def _init_tacs(self):
        r = self.r
        used = set()

        def mk(n, heads):
            out = []
            while len(out) < n:
                t = heads[r.randrange(len(heads))] + "%06d" % r.randrange(10 ** 6)
                if t not in used:
                    used.add(t)
                    out.append(t)
            return out

        smart = mk(320, ["35", "35", "35", "86", "86", "35"])
        self.tac_smart = WP(smart, [1.0 / (1 + i) ** 0.9 for i in range(len(smart))])
        self.smart_list = smart
        feat = mk(40, ["35", "86", "35"])
        self.tac_feature = WP(feat, [1.0 / (1 + i) for i in range(len(feat))])
        tab = mk(30, ["35", "86"])
        self.tac_tablet = WP(tab, [1.0 / (1 + i) for i in range(len(tab))])
        self.tac_router = WP(mk(20, ["86", "35"]), [1] * 20)
        self.tac_iot = mk(20, ["35", "86"])
        self.tac_simbox = mk(10, ["86", "35"])
        self.tac_modem = mk(12, ["86"])
        self.tac_desk = mk(8, ["35", "86"])

    def imei(self, tacpick=None, tac=None):
        r = self.r
        if tac is None:
            tac = (tacpick or self.tac_smart).pick(r)
        while True:
            s = tac + "%06d" % r.randrange(10 ** 6)
            if s not in self.used_imei:
                self.used_imei.add(s)
                return s + luhn_digit(s)

    def imei_seq(self, tac, n):
        r = self.r
        out = []
        base = r.randrange(10 ** 6 - n - 5)
        k = base
        while len(out) < n:
            if k >= 10 ** 6:
                k = r.randrange(10 ** 6 - n)
            s = tac + "%06d" % k
            k += 1
            if s in self.used_imei:
                continue
            self.used_imei.add(s)
            out.append(s + luhn_digit(s))
        return out

    def _init_points(self):
        r = self.r
        N = self.N
        A = max(150.0, N / 80.0)
        S = max(60.0, N / 1500.0)
        totw = sum(self.prov_w.values())
        self.points = []
        cpk = {}
        self.agents_by_c = {}
        self.stores_by_c = {}
        self.agents_by_prov = {}
        for c in CARRIERS:
            cc, share, abbr = c[0], c[1], c[5]
            ia = 0
            for code in PROV_CODES:
                pw = self.prov_w[code] / totw
                for kind, tot, mn in (("AGENT", A, 1 if cc in BIG3 else 0),
                                      ("STORE", S, 1 if cc in BIG3 else 0)):
                    e = share * pw * tot
                    n = int(e) + (1 if r.random() < e - int(e) else 0)
                    if kind == "STORE" and cc not in BIG3 and code in (1, 79) and n == 0:
                        n = 1
                    n = max(n, mn)
                    for _ in range(n):
                        ia += 1
                        pt = Point()
                        pt.code = "%s-%s%03d-%05d" % (abbr, "S" if kind == "STORE" else "A", code, ia)
                        pt.carrier, pt.prov, pt.kind, pt.owner = cc, code, kind, None
                        if kind == "STORE":
                            nd = r.randint(2, 6)
                            pt.devices = [self.imei(self.tac_tablet) for _ in range(nd)]
                            pt.w = min(400.0, 6.0 * r.paretovariate(1.5))
                        else:
                            x = r.random()
                            nd = 1 if x < 0.7 else (2 if x < 0.95 else 3)
                            pt.devices = [self.imei(self.tac_smart if r.random() < 0.6 else self.tac_tablet)
                                          for _ in range(nd)]
                            pt.w = min(400.0, r.paretovariate(1.16))
                        self.points.append(pt)
                        cpk.setdefault((cc, code, kind), []).append(pt)
                        if kind == "AGENT":
                            self.agents_by_c.setdefault(cc, []).append(pt)
                            self.agents_by_prov.setdefault(code, []).append(pt)
                        else:
                            self.stores_by_c.setdefault(cc, []).append(pt)
        # multi-brand shops: share the device(s) of another carrier's dealer
        for pt in self.points:
            if pt.kind == "AGENT" and pt.carrier != "VIETTEL" and r.random() < 0.35:
                lst = self.agents_by_prov.get(pt.prov, [])
                if len(lst) > 1:
                    o = lst[r.randrange(len(lst))]
                    if o.carrier != pt.carrier:
                        pt.devices = o.devices
        self.cpk = {k: WP(v, [p.w for p in v]) for k, v in cpk.items()}
        self.cpk_lists = cpk

    def point_pick(self, c, prov, kind):
        wp = self.cpk.get((c, prov, kind))
        if wp is None:
            return None
        return wp.pick(self.r)

    def any_agent(self, c=None, prov=None):
        r = self.r
        if c is None:
            c = self.fraud_carrier_pick.pick(r)
        if prov is not None:
            lst = self.cpk_lists.get((c, prov, "AGENT"))
            if lst:
                return lst[r.randrange(len(lst))]
        lst = self.agents_by_c.get(c) or self.agents_by_c["VIETTEL"]
        return lst[r.randrange(len(lst))]

    def agent_in_prov(self, prov, c=None):
        """An agent point in a province (volume-weighted), any carrier if c None."""
        r = self.r
        if c is None:
            c = self.carrier_pick.pick(r)
        pt = self.point_pick(c, prov, "AGENT")
        if pt is None:
            pt = self.point_pick(self.big3_pick.pick(r), prov, "AGENT")
        return pt

    def day_any(self, lo=0, hi=None):
        if hi is None:
            hi = self.ndays
        hi = max(lo + 1, min(hi, self.ndays))
        if lo == 0 and hi == self.ndays:
            return self.day_pick.pick(self.r)
        return lo + self.r.randrange(hi - lo)

    def ts_at(self, day, hp):
        return day * 86400 + hp.pick(self.r) * 3600 + self.r.randrange(3600)

    def new_msisdn(self, c, port_p=0.025):
        r = self.r
        lst = self.pfx[c]
        used = self.used_ms
        while True:
            if not lst or r.random() < port_p:
                base, span = self.port_pick.pick(r)
            else:
                base, span = lst[r.randrange(len(lst))]
            n = base + r.randrange(span)
            if n not in used:
                used.add(n)
                return n

    def msisdn_block(self, c, n):
        r = self.r
        lst = self.pfx[c] or [self.port_pick.pick(r)]
        used = self.used_ms
        for _ in range(30):
            base, span = lst[r.randrange(len(lst))]
            st = base + r.randrange(span - n - 1)
            if all((st + k) not in used for k in range(n)):
                for k in range(n):
                    used.add(st + k)
                return [st + k for k in range(n)]
        return [self.new_msisdn(c, 0.0) for _ in range(n)]

    def capture(self, face, extra=0):
        r = self.r
        k = self.flip_pick.pick(r) + extra
        for _ in range(k):
            face ^= 1 << r.randrange(64)
        return "%016x" % face

    def fm_genuine(self):
        return clamp(self.r.gauss(0.905, 0.045), 0.55, 0.995)

    def fm(self, mu, sd, lo=0.02, hi=0.99):
        return clamp(self.r.gauss(mu, sd), lo, hi)

    # ------------------------------------------------------------ people
    def new_cccd(self, bp, g, by):
        r = self.r
        G = 2 * ((by - 1900) // 100) + (1 if g == "F" else 0)
        head = "%03d%d%02d" % (bp, G, by % 100)
        while True:
            s = head + "%06d" % r.randrange(10 ** 6)
            if s not in self.used_id:
                self.used_id.add(s)
                return s

    def make_name(self, g, by, region, sur=None):
        r = self.r
        if sur is None:
            sur = self.sur_pick[region].pick(r)
        older = by < 1985
        if g == "F":
            mid = "Thị" if r.random() < (0.55 if older else 0.18) else self.fmid.pick(r)
            giv = self.fgiv.pick(r)
            mid2 = self.fmid.pick(r)
        else:
            mid = "Văn" if r.random() < (0.45 if older else 0.12) else self.mmid.pick(r)
            giv = self.mgiv.pick(r)
            mid2 = self.mmid.pick(r)
        x = r.random()
        if x < 0.03:
            return sur + " " + giv
        if x < 0.12 and mid2 != mid and mid2 != giv:
            return sur + " " + mid + " " + mid2 + " " + giv
        return sur + " " + mid + " " + giv

    def person(self, rp=None, age=None, g=None, sur=None, bp=None, by=None, phone=None, mig=0.28):
        r = self.r
        p = P()
        if rp is None:
            rp = self.prov_pick.pick(r)
        if g is None:
            g = "M" if r.random() < 0.5 else "F"
        if by is None:
            if age is None:
                age = self.age_pick.pick(r)
            by = self.ref_year - age
        if bp is None:
            bp = rp if r.random() >= mig else self.nat_prov_pick.pick(r)
        o = datetime.date(by, 1, 1).toordinal() + r.randrange(365)
        p.dob = datetime.date.fromordinal(o).isoformat()
        p.by, p.g, p.bp, p.rp = by, g, bp, rp
        p.sur = sur if sur is not None else None
        p.name = self.make_name(g, by, "S" if bp >= 49 else "N", sur)
        p.sur = p.name.split(" ", 1)[0]
        p.idt = "CCCD"
        p.idn = self.new_cccd(bp, g, by)
        p.nat = "VN"
        p.face = r.getrandbits(64)
        if phone is None:
            age_now = self.ref_year - by
            feat = 0.45 if age_now >= 65 else (0.15 if age_now >= 55 else 0.04)
            phone = self.imei(self.tac_feature if r.random() < feat else self.tac_smart)
        p.phone = phone
        return p

    def leaked_person(self, older=True):
        r = self.r
        age = r.randint(22, 82) if (older and r.random() < 0.6) else self.age_pick.pick(r)
        age = max(age, 18)
        return self.person(self.nat_prov_pick.pick(r), age=age)

    def new_org(self, kind, prov=None):
        r = self.r
        o = Org()
        o.prov = prov if prov is not None else self.prov_pick.pick(r)
        while True:
            t = "0%09d" % r.randrange(100000000, 999999999)
            if t not in self.used_id:
                self.used_id.add(t)
                break
        o.tax = t
        nm = "%s %s %s" % (ORG_KIND[r.randrange(len(ORG_KIND))],
                           ORG_SECTOR[kind][r.randrange(len(ORG_SECTOR[kind]))],
                           ORG_BRAND[r.randrange(len(ORG_BRAND))])
        x = r.random()
        if x < 0.45:
            nm = nm.upper()
        elif x < 0.55:
            nm = strip_diacritics(nm).upper()
        o.name = nm
        o.rep = self.person(o.prov, age=r.randint(28, 60))
        return o

    # ------------------------------------------------------------ usage
    def u_normal(self, data=1.0, calls=1.0):
        r = self.r
        act = 30 - int(r.expovariate(0.3))
        if act < 1:
            act = 1 + r.randrange(6)
        f = act / 30.0
        oc = int(r.lognormvariate(3.1, 0.9) * f * calls)
        ic = int(r.lognormvariate(3.0, 0.85) * f * calls)
        dc = min(oc, int(oc * (0.2 + 0.35 * r.random())) + (1 if oc else 0))
        os_ = int(r.lognormvariate(0.9, 1.1) * f)
        is_ = int(r.lognormvariate(2.8, 0.8) * f)
        dm = int(r.lognormvariate(7.8, 1.2) * f * data)
        return (act, oc, ic, os_, is_, dc, self.topup.pick(r), dm)

    def u_light(self):
        r = self.r
        act = r.randint(6, 30)
        f = act / 30.0
        oc = int(r.lognormvariate(2.2, 0.8) * f)
        ic = int(r.lognormvariate(2.6, 0.8) * f)
        dc = min(oc, int(oc * 0.4) + (1 if oc else 0))
        dm = 0 if r.random() < 0.5 else int(r.lognormvariate(4.5, 1.2))
        return (act, oc, ic, int(r.random() * 4), int(r.lognormvariate(2.0, 0.8)), dc,
                self.topup.pick(r) if r.random() < 0.7 else 0, dm)

    def u_backup(self):
        r = self.r
        if r.random() < 0.55:
            return (0, 0, 0, 0, 0, 0, 0, 0)
        act = r.randint(1, 3)
        oc = r.randrange(3)
        return (act, oc, r.randrange(4), 0, r.randrange(6), min(oc, 1), 0, r.randrange(30))

    def u_data_only(self):
        r = self.r
        act = r.randint(12, 30)
        return (act, 0, 0, 0, r.randrange(6), 0, self.topup.pick(r), int(r.lognormvariate(9.0, 0.9)))

    def u_iot(self):
        r = self.r
        return (30 - r.randrange(3), 0, 0, r.randrange(3), r.randrange(3), 0, 0, int(r.lognormvariate(2.5, 1.0)) + 1)

    def u_fleet(self):
        r = self.r
        act = r.randint(20, 30)
        oc = int(r.lognormvariate(4.2, 0.5))
        ic = int(r.lognormvariate(4.3, 0.5))
        return (act, oc, ic, r.randrange(10), int(r.lognormvariate(2.5, 0.6)),
                min(oc, int(oc * r.uniform(0.3, 0.7)) + 1), 0, int(r.lognormvariate(7.5, 0.7)))

    def u_callcentre(self):
        r = self.r
        act = r.randint(20, 27)
        oc = int(r.uniform(700, 2600))
        ic = int(r.uniform(80, 500))
        return (act, oc, ic, r.randrange(40), r.randrange(30), int(oc * r.uniform(0.7, 0.95)), 0,
                int(r.lognormvariate(4.0, 1.0)))

    def u_sales(self):
        r = self.r
        act = r.randint(24, 30)
        oc = int(r.uniform(250, 900))
        ic = int(r.uniform(80, 320))
        return (act, oc, ic, int(r.uniform(20, 200)), int(r.lognormvariate(3.2, 0.6)),
                int(oc * r.uniform(0.55, 0.85)), r.choice((200000, 300000, 500000, 0)),
                int(r.lognormvariate(8.2, 0.8)))

    def u_tourist(self):
        r = self.r
        act = r.randint(2, 16)
        oc = r.randrange(12)
        return (act, oc, r.randrange(8), r.randrange(5), r.randrange(15), min(oc, r.randrange(6)), 0,
                int(r.lognormvariate(8.4, 0.8)))

    def u_never(self):
        return (0, 0, 0, 0, 0, 0, 0, 0)

    def u_farm(self):
        r = self.r
        act = r.randint(18, 30)
        oc = int(r.uniform(500, 3000))
        return (act, oc, r.randrange(15), r.randrange(60), r.randrange(12), int(oc * r.uniform(0.85, 0.99)),
                r.choice((300000, 500000, 1000000, 2000000)), 0)

    def u_farm_stealth(self):
        r = self.r
        act = r.randint(22, 30)
        oc = int(r.uniform(90, 260))
        ic = int(r.uniform(12, 60))
        return (act, oc, ic, r.randrange(20), int(r.uniform(8, 35)), int(oc * r.uniform(0.6, 0.85)),
                r.choice((100000, 200000, 300000)), int(r.uniform(30, 900)))

    def u_otp(self):
        r = self.r
        act = r.randint(5, 30)
        oc = r.randrange(3)
        return (act, oc, r.randrange(4), r.randrange(3), int(r.uniform(40, 420)), min(oc, 1),
                r.choice((0, 0, 10000)), r.randrange(3))

    def u_scam(self):
        r = self.r
        act = r.randint(4, 20)
        oc = int(r.uniform(150, 700))
        return (act, oc, r.randrange(20), r.randrange(30), r.randrange(15), int(oc * r.uniform(0.8, 0.97)),
                r.choice((100000, 200000, 500000)), r.randrange(150))

    def resale_use(self, never=0.45):
        """(usage, first_use) of a SIM sold on to an unknown buyer."""
        r = self.r
        x = r.random()
        if x < never:
            return self.u_never(), ""
        x = r.random()
        if x < 0.35:
            return self.u_scam(), self.imei()
        if x < 0.6:
            return self.u_otp(), self.imei(self.tac_router) if r.random() < 0.5 else self.imei()
        return self.u_light(), self.imei()

    # ------------------------------------------------------------ emit
    def emit(self, c, ms, ts, ch, pt, dev, selfie, fm, popdb, status, first, usage, label,
             p=None, org=None, nform=0, over=None, stock=None, hist=False):
        r = self.r
        s9 = "%09d" % ms
        f = self.form_pick.pick(r)
        msv = ("0" + s9) if f == 0 else (("84" + s9) if f == 1 else ("+84" + s9))
        if p is not None:
            st, idt, idn = "INDIVIDUAL", p.idt, p.idn
            name = p.name
            dob, g, nat = p.dob, p.g, p.nat
            prov = PROVSTR[p.rp] if r.random() < 0.97 else ""
        else:
            st, idt, idn = "ORGANIZATION", "ORG", org.tax
            name, dob, g, nat, prov = org.name, "", "", "VN", PROVSTR[org.prov]
        if label is not None and nform == 0 and (label[0] or label[1]):
            x = r.random()     # fraud rows are exported in the same name forms as honest ones
            nform = 1 if x < 0.025 else (2 if x < 0.04 else 0)
        if nform:
            if nform & 2:
                name = strip_diacritics(name)
            if nform & 1:
                name = name.upper()
        agent = pt.code if (pt is not None and (ch == "STORE" or ch == "AGENT")) else ""
        if usage is not None and not hist:
            if ts > self.usage_cut or c in NO_USAGE_FEED or r.random() < 0.02:
                usage = None
        if usage is None:
            u = ["", "", "", "", "", "", "", ""]
        else:
            u = [str(v) for v in usage]
        if selfie:
            fms = "%.3f" % fm
        else:
            selfie, fms = "", ""
        row = [c, msv, "", "", st, idt, idn, name, dob, g, nat, prov, self.fmt_ts(ts), ch, agent,
               dev or "", selfie, fms, popdb, status, first or ""] + u
        row.append(ts)
        row.append(self.seq)
        self.seq += 1
        if over:
            for k, v in over.items():
                row[k] = v
        if hist:
            stock = c + "|OLD"
        elif stock is None:
            if pt is not None and dev:
                stock = c + "|" + dev
            else:
                kp = self.point_pick(c, p.rp if p is not None else org.prov, "AGENT")
                stock = (c + "|" + kp.devices[0]) if kp is not None else (c + "|WH|" + PROV_REGION[
                    p.rp if p is not None else org.prov])
        ent = self.stocks.get(stock)
        if ent is None:
            ent = self.stocks[stock] = [c, "21" if hist else "%02d" % (self.ref_year % 100), []]
        ent[2].append(row)
        self.rows.append(row)
        key = (c, ms)
        if label is not None:
            if self.sc["vneid"] and label[1] == 1 and status == "ACTIVE" and r.random() < self.sc["vneid"]:
                row[19] = "ONE_WAY_LOCKED"
            self.labels[key] = label
        elif key not in self.labels:
            self.labels[key] = None
        return row

    def honest(self, p, label, c=None, ch=None, pt=None, ts=None, day=None, hp=None, usage=None,
               first=None, nform=0, fm=None, popdb=None, status=None, over=None, ms=None, dev=None,
               selfie=None, stock=None, hist=False, org=None):
        r = self.r
        if c is None:
            c = pt.carrier if pt is not None else self.carrier_pick.pick(r)
        if ch is None:
            ch = (self.chan_big if c in BIG3 else self.chan_mvno).pick(r)
            if pt is not None and ch in ("STORE", "AGENT"):
                ch = pt.kind
        if ch == "STORE" or ch == "AGENT":
            if pt is None:
                pt = self.point_pick(c, p.rp if p is not None else org.prov, ch)
                if pt is None and ch == "STORE":
                    ch = "AGENT"
                    pt = self.point_pick(c, p.rp if p is not None else org.prov, ch)
                if pt is None:
                    ch = "EKYC_APP"
        if dev is None:
            if ch == "STORE" or ch == "AGENT":
                d = pt.devices
                dev = d[r.randrange(len(d))] if len(d) > 1 else d[0]
            elif ch == "EKYC_APP":
                dev = p.phone if p is not None else org.rep.phone
            else:
                dev = (p.phone if p is not None else org.rep.phone) if r.random() < 0.9 else ""
        if ts is None:
            if day is None:
                day = self.day_pick.pick(r)
            if hp is None:
                hp = self.shop_h if (ch == "STORE" or ch == "AGENT") else self.app_h
            ts = day * 86400 + hp.pick(r) * 3600 + r.randrange(3600)
        if selfie is None:
            if r.random() < (self.selfie_p_old if hist else self.selfie_p)[ch]:
                selfie = self.capture(p.face if p is not None else org.rep.face)
                if fm is None:
                    fm = self.fm_genuine()
            else:
                selfie = ""
        if popdb is None:
            popdb = "UNCHECKED" if (p is not None and p.idt == "PASSPORT") else self.popdb_pick.pick(r)
        if status is None:
            status = self.status_pick.pick(r)
        if first is None:
            x = r.random()
            own = p.phone if p is not None else ""
            first = own if x < 0.82 else (self.imei() if x < 0.94 else "")
        if usage is None:
            usage = self.u_normal()
        if ms is None:
            ms = self.new_msisdn(c)
        return self.emit(c, ms, ts, ch, pt, dev, selfie, fm, popdb, status, first, usage, label,
                         p=p, org=org, nform=nform, over=over, stock=stock, hist=hist)

    # ================================================================ FRAUD
    def fabricated(self, tmpl_bp, prov, names):
        r = self.r
        g = "M" if r.random() < 0.55 else "F"
        by = r.randint(1958, 2005)
        bp = tmpl_bp if r.random() < 0.6 else self.nat_prov_pick.pick(r)
        rp = prov if r.random() < 0.7 else bp
        p = self.person(rp, g=g, by=by, bp=bp, phone="")
        if names and r.random() < 0.3:
            p.name = names[r.randrange(len(names))]
        over = None
        x = r.random()
        if x < 0.08:
            over = {C_GENDER: "F" if g == "M" else "M"}
        elif x < 0.15:
            y = by + r.choice((-3, -2, -1, 1, 2, 3))
            over = {C_DOB: with_year(p.dob, y)}
        return p, over

    def gen_preactivation(self, budget, leaked):
        r = self.r
        left = budget
        pat = "preactivation_leaked_ids" if leaked else "preactivation_fabricated"
        lab = (1, 1, pat) if leaked else (1, 0, pat)
        pop_fab = WP(("NOT_FOUND", "MISMATCH", "UNCHECKED"), (55, 35, 10))
        pop_leak = WP(("MATCH", "MISMATCH", "UNCHECKED"), (85, 10, 5))
        st_fab = WP(("ACTIVE", "ONE_WAY_LOCKED", "TWO_WAY_LOCKED", "TERMINATED"), (60, 25, 10, 5))
        st_leak = WP(("ACTIVE", "ONE_WAY_LOCKED", "TWO_WAY_LOCKED", "TERMINATED"), (88, 7, 3, 2))
        while left > 0:
            pt = self.any_agent()
            c = pt.carrier
            dev = pt.devices[0]
            photos = [r.getrandbits(64) for _ in range(r.randint(3, 8))]
            tmpl_bp = self.nat_prov_pick.pick(r)
            names = [self.make_name("M" if r.random() < 0.5 else "F", 1980, "N") for _ in range(6)]
            sel_p = 0.6 if not self.c08 else 1.0
            for _b in range(r.randint(1, 5)):
                if left <= 0:
                    break
                size = min(left, r.randint(15, 120))
                day = self.day_any(0, self.ndays - 1)
                t = self.ts_at(day, self.night_h if r.random() < 0.7 else self.shop_h)
                block = self.msisdn_block(c, size) if r.random() < 0.5 else None
                i = 0
                while i < size:
                    if leaked:
                        p = self.leaked_person()
                        over = None
                        k = 1 if r.random() < 0.75 else 2
                    else:
                        p, over = self.fabricated(tmpl_bp, pt.prov, names)
                        k = 1
                    for _ in range(k):
                        if i >= size:
                            break
                        t += r.randint(15, 120)
                        ms = block[i] if block else self.new_msisdn(c)
                        if r.random() < sel_p:
                            if leaked and r.random() < 0.6:
                                sf = self.capture(p.face, extra=r.randint(1, 3))
                                fmv = self.fm(0.66, 0.1)
                            else:
                                sf = self.capture(photos[i % len(photos)])
                                fmv = self.fm(0.42, 0.12)
                        else:
                            sf, fmv = "", None
                        usage, first = self.resale_use(0.5)
                        self.emit(c, ms, t, "AGENT", pt, dev, sf, fmv,
                                  (pop_leak if leaked else pop_fab).pick(r),
                                  (st_leak if leaked else st_fab).pick(r), first, usage, lab,
                                  p=p, over=over)
                        i += 1
                left -= size

    def gen_agent_own_id(self, budget):
        r = self.r
        left = budget
        lab = (1, 1, "agent_own_id_mass")
        while left > 0:
            pt = self.any_agent()
            c = pt.carrier
            owner = self.person(pt.prov, age=r.randint(22, 50))
            total = min(left, r.randint(20, 300))
            d0 = self.day_any(0, self.ndays - 10)
            span = r.randint(1, 10)
            done = 0
            while done < total:
                day = d0 + r.randrange(span)
                t = self.ts_at(day, self.night_h if r.random() < 0.4 else self.shop_h)
                n = min(total - done, r.randint(5, 40))
                for _ in range(n):
                    t += r.randint(20, 150)
                    if r.random() < self.selfie_p["AGENT"]:
                        sf, fmv = self.capture(owner.face), self.fm_genuine()
                    else:
                        sf, fmv = "", None
                    usage, first = self.resale_use(0.6)
                    self.emit(c, self.new_msisdn(c), t, "AGENT", pt, pt.devices[0], sf, fmv, "MATCH",
                              "ACTIVE" if r.random() < 0.9 else "ONE_WAY_LOCKED", first, usage, lab, p=owner)
                done += n
            left -= total

    def victim_own(self, p, budget_left):
        """Genuine own SIM of an identity-theft victim (legit row)."""
        if budget_left <= 0:
            return 0
        self.honest(p, (0, 0, "victim_own_sim"))
        return 1

    def gen_identity_ring(self, budget):
        r = self.r
        left = budget
        lab = (1, 1, "identity_theft_ring")
        pop = WP(("MATCH", "MISMATCH"), (90, 10))
        while left > 0:
            op_face = r.getrandbits(64)
            phones = [self.imei() for _ in range(r.randint(1, 3))]
            scam_phones = [self.imei() for _ in range(r.randint(3, 6))]
            carriers = [self.fraud_carrier_pick.pick(r) for _ in range(r.randint(1, 3))]
            kit_pts = {c: self.any_agent(c) for c in carriers}
            nv = r.randint(10, 60)
            d0 = self.day_any(0, self.ndays - 21)
            span = r.randint(7, 21)
            for _v in range(nv):
                if left <= 0:
                    break
                p = self.leaked_person()
                if r.random() < 0.1:
                    left -= self.victim_own(p, left)
                k = r.choice((1, 1, 1, 2, 2, 3))
                if r.random() < 0.1:
                    k = 4      # 4th online number on one document breaks Art. 16
                c = carriers[r.randrange(len(carriers))]
                day = d0 + r.randrange(span)
                t = self.ts_at(day, self.app_h)
                for _ in range(k):
                    if left <= 0:
                        break
                    t += r.randint(60, 1800)
                    ch = "EKYC_APP" if r.random() < 0.75 else "ONLINE"
                    dev = phones[r.randrange(len(phones))]
                    x = r.random()
                    if x < 0.6:
                        usage, first = self.u_scam(), scam_phones[r.randrange(len(scam_phones))]
                    elif x < 0.9:
                        usage, first = self.u_otp(), scam_phones[r.randrange(len(scam_phones))]
                    else:
                        usage, first = self.u_never(), ""
                    if r.random() < 0.4:
                        first = dev
                        if usage == (0, 0, 0, 0, 0, 0, 0, 0):
                            usage = self.u_otp()
                    kp = kit_pts[c]
                    self.emit(c, self.new_msisdn(c), t, ch, None, dev, self.capture(op_face),
                              self.fm(0.3, 0.12), pop.pick(r), "ACTIVE", first, usage, lab, p=p,
                              stock=c + "|" + kp.devices[0])
                    left -= 1

    def gen_stealth_ring(self, budget):
        r = self.r
        left = budget
        lab = (1, 1, "stealth_identity_ring")
        while left > 0:
            devs = [self.imei() for _ in range(r.randint(8, 20))]
            use_devs = [self.imei() for _ in range(r.randint(6, 15))]
            nv = r.randint(20, 80)
            kits = [self.any_agent() for _ in range(r.randint(3, 6))]
            di = 0
            for _v in range(nv):
                if left <= 0:
                    break
                p = self.leaked_person(older=False)
                if r.random() < 0.08:
                    left -= self.victim_own(p, left)
                k = 1 if r.random() < 0.85 else 2
                for j in range(k):
                    if left <= 0:
                        break
                    kp = kits[r.randrange(len(kits))]
                    c = kp.carrier if j == 0 else self.fraud_carrier_pick.pick(r)
                    day = self.day_any()
                    t = self.ts_at(day, self.app_h)
                    ch = "EKYC_APP" if r.random() < 0.85 else "ONLINE"
                    dev = devs[(di // r.randint(2, 4)) % len(devs)]
                    di += 1
                    first = use_devs[r.randrange(len(use_devs))] if r.random() < 0.7 else self.imei()
                    usage = self.u_normal(data=0.5, calls=0.8)
                    usage = (usage[0], usage[1], int(usage[2] * 0.35), usage[3], usage[4], usage[5],
                             usage[6], usage[7])
                    self.emit(c, self.new_msisdn(c), t, ch, None, dev,
                              self.capture(p.face, extra=r.randint(2, 5)), self.fm(0.78, 0.06),
                              "MATCH", "ACTIVE", first, usage, lab, p=p,
                              stock=c + "|" + kp.devices[0] if c == kp.carrier else None)
                    left -= 1

    def gen_extra_sims(self, budget, stealth):
        r = self.r
        left = budget
        pat = "stealth_extra_sims" if stealth else "dealer_extra_sims"
        lab = (1, 1, pat)
        walk = (0, 0, "walkin_customer_own")
        while left > 0:
            pts = [self.any_agent() for _ in range(r.randint(5, 15) if stealth else 1)]
            for pt in pts:
                if left <= 0:
                    break
                if stealth:
                    lo, hi = 0, self.ndays
                    n_walk = r.randint(15, 60)
                    p_extra = 0.08
                else:
                    lo = self.day_any(0, self.ndays - 40)
                    hi = lo + r.randint(10, 40)
                    n_walk = r.randint(20, 120)
                    p_extra = r.uniform(0.3, 0.6)
                c = pt.carrier
                for _w in range(n_walk):
                    if left <= 0:
                        break
                    p = self.person(pt.prov)
                    day = self.day_any(lo, hi)
                    dev = pt.devices[r.randrange(len(pt.devices))]
                    row = self.honest(p, walk, c=c, ch="AGENT", pt=pt, day=day, dev=dev)
                    left -= 1
                    if left <= 0 or r.random() >= p_extra:
                        continue
                    t0 = row[C_TS]
                    sf0 = row[16]
                    fm0 = float(row[17]) if row[17] else None
                    if stealth:
                        k = 1
                    else:
                        k = 1 if r.random() < 0.6 else (2 if r.random() < 0.75 else 3)
                    t = t0
                    for _ in range(k):
                        if left <= 0:
                            break
                        t += r.randint(600, 7200) if stealth else r.randint(60, 900)
                        if sf0:
                            if stealth or r.random() < 0.3:
                                f = int(sf0, 16)
                                for _b in range(r.randint(0, 2)):
                                    f ^= 1 << r.randrange(64)
                                sf = "%016x" % f
                            else:
                                sf = sf0
                            fmv = clamp(fm0 + r.uniform(-0.005, 0.005), 0.0, 1.0)
                        else:
                            sf, fmv = "", None
                        if stealth and r.random() < 0.6:
                            usage, first = self.u_light(), self.imei()
                        else:
                            usage, first = self.resale_use(0.45)
                        c2 = c
                        self.emit(c2, self.new_msisdn(c2), t, "AGENT", pt, dev, sf, fmv, "MATCH", "ACTIVE",
                                  first, usage, lab, p=p)
                        left -= 1

    def simbox_imeis(self, slots):
        r = self.r
        tac = self.tac_simbox[r.randrange(len(self.tac_simbox))]
        if r.random() < 0.3:
            one = self.imei(tac=tac)
            return [one] * slots
        return self.imei_seq(tac, slots)

    def gen_sim_farm(self, budget):
        r = self.r
        left = budget
        lab = (1, 1, "sim_farm_bought_ids")
        stw = WP(("ACTIVE", "ONE_WAY_LOCKED", "TWO_WAY_LOCKED"), (80, 14, 6))
        while left > 0:
            farm_prov = self.prov_pick.pick(r)
            slots = []
            for _ in range(r.randint(1, 4)):
                slots += self.simbox_imeis(r.choice((8, 16, 32, 64)))
            agents = [self.any_agent(prov=farm_prov) for _ in range(r.randint(2, 5))]
            broker_phone = self.imei()
            d0 = self.day_any(0, self.ndays - 10)
            span = r.randint(10, 60)
            n_ids = r.randint(8, 60)
            si = 0
            for _i in range(n_ids):
                if left <= 0:
                    break
                seller = self.person(self.nat_prov_pick.pick(r) if r.random() < 0.5 else farm_prov,
                                     age=r.randint(18, 30))
                k = r.randint(3, 9)
                day = self.day_any(d0, d0 + span)
                in_person = r.random() < 0.6
                t = self.ts_at(day, self.shop_h if in_person else self.app_h)
                for _ in range(k):
                    if left <= 0:
                        break
                    t += r.randint(60, 600)
                    if in_person:
                        pt = agents[r.randrange(len(agents))]
                        c, ch, dev = pt.carrier, "AGENT", pt.devices[0]
                        stock = None
                    else:
                        pt = None
                        c = self.fraud_carrier_pick.pick(r)
                        ch, dev = "EKYC_APP", broker_phone
                        kp = agents[0]
                        stock = c + "|" + kp.devices[0]
                    if r.random() < self.selfie_p[ch]:
                        sf, fmv = self.capture(seller.face), self.fm(0.86, 0.05)
                    else:
                        sf, fmv = "", None
                    first = slots[si % len(slots)]
                    si += 1
                    self.emit(c, self.new_msisdn(c), t, ch, pt, dev, sf, fmv, "MATCH", stw.pick(r), first,
                              self.u_farm(), lab, p=seller, stock=stock)
                    left -= 1

    def gen_stealth_farm(self, budget):
        r = self.r
        left = budget
        lab = (1, 1, "stealth_sim_farm")
        while left > 0:
            tacs = [self.smart_list[r.randrange(40)] for _ in range(r.randint(2, 3))]
            agents = [self.any_agent() for _ in range(r.randint(10, 20))]
            n_ids = r.randint(20, 80)
            for _i in range(n_ids):
                if left <= 0:
                    break
                seller = self.person(self.nat_prov_pick.pick(r), age=r.randint(18, 45))
                k = 1 if r.random() < 0.6 else 2
                for _ in range(k):
                    if left <= 0:
                        break
                    pt = agents[r.randrange(len(agents))]
                    day = self.day_any()
                    t = self.ts_at(day, self.shop_h)
                    if r.random() < self.selfie_p["AGENT"]:
                        sf, fmv = self.capture(seller.face), self.fm(0.87, 0.05)
                    else:
                        sf, fmv = "", None
                    first = self.imei(tac=tacs[r.randrange(len(tacs))])
                    c = pt.carrier
                    self.emit(c, self.new_msisdn(c), t, "AGENT", pt, pt.devices[r.randrange(len(pt.devices))],
                              sf, fmv, "MATCH", "ACTIVE", first, self.u_farm_stealth(), lab, p=seller)
                    left -= 1

    def gen_otp_pool(self, budget):
        r = self.r
        left = budget
        lab = (1, 1, "otp_modem_pool")
        while left > 0:
            ports = []
            for _ in range(r.randint(1, 3)):
                ports += self.imei_seq(self.tac_modem[r.randrange(len(self.tac_modem))], r.choice((16, 32, 64)))
            broker_phones = [self.imei() for _ in range(r.randint(2, 4))]
            hub = self.prov_pick.pick(r)
            agents = [self.any_agent(prov=hub) for _ in range(r.randint(1, 3))]
            d0 = self.day_any(0, self.ndays - 15)
            span = r.randint(15, 45)
            pi = 0
            for _i in range(r.randint(10, 70)):
                if left <= 0:
                    break
                renter = self.person(self.nat_prov_pick.pick(r), age=r.randint(18, 60))
                k = r.randint(1, 3)
                app = r.random() < 0.5
                day = self.day_any(d0, d0 + span)
                t = self.ts_at(day, self.app_h if app else self.shop_h)
                for _ in range(k):
                    if left <= 0:
                        break
                    t += r.randint(60, 900)
                    if app:
                        pt = None
                        c = self.fraud_carrier_pick.pick(r)
                        ch, dev = "EKYC_APP", broker_phones[r.randrange(len(broker_phones))]
                        stock = c + "|" + agents[0].devices[0]
                    else:
                        pt = agents[r.randrange(len(agents))]
                        c, ch, dev, stock = pt.carrier, "AGENT", pt.devices[0], None
                    if r.random() < self.selfie_p[ch]:
                        sf, fmv = self.capture(renter.face), self.fm(0.85, 0.06)
                    else:
                        sf, fmv = "", None
                    first = ports[pi % len(ports)]
                    pi += 1
                    self.emit(c, self.new_msisdn(c), t, ch, pt, dev, sf, fmv, "MATCH", "ACTIVE", first,
                              self.u_otp(), lab, p=renter, stock=stock)
                    left -= 1

    def gen_shell_company(self, budget):
        r = self.r
        left = budget
        lab = (1, 0, "shell_company_bulk")
        popw = WP(("UNCHECKED", "MATCH"), (80, 20))
        while left > 0:
            org = self.new_org("shell")
            c = self.fraud_carrier_pick.pick(r)
            kind = "STORE" if r.random() < 0.4 else "AGENT"
            pt = self.point_pick(c, org.prov, kind) or self.any_agent(c)
            kind = pt.kind
            total = min(left, r.randint(50, 300))
            devs = []
            for _ in range(max(1, total // 32)):
                if r.random() < 0.5:
                    devs += self.simbox_imeis(32)
                else:
                    devs += self.imei_seq(self.tac_modem[r.randrange(len(self.tac_modem))], 32)
            farm = r.random() < 0.5
            done = 0
            day = self.day_any(0, self.ndays - 3)
            while done < total:
                n = min(total - done, r.randint(30, 150))
                t = self.ts_at(day, self.shop_h)
                block = self.msisdn_block(c, n) if r.random() < 0.6 else None
                for i in range(n):
                    t += r.randint(10, 60)
                    if self.c08 or r.random() < 0.6:
                        sf, fmv = self.capture(org.rep.face), self.fm(0.86, 0.05)
                    else:
                        sf, fmv = "", None
                    ms = block[i] if block else self.new_msisdn(c)
                    self.emit(c, ms, t, kind, pt, pt.devices[0], sf, fmv, popw.pick(r), "ACTIVE",
                              devs[(done + i) % len(devs)], self.u_farm() if farm else self.u_otp(), lab,
                              org=org, stock=c + "|BULK|" + org.tax)
                done += n
                day = min(self.ndays - 1, day + r.randint(0, 3))
            left -= total

    def gen_sim_swap(self, budget):
        r = self.r
        left = budget
        lab = (0, 1, "sim_swap_takeover")
        while left >= 2:
            age = r.randint(35, 80) if r.random() < 0.6 else self.age_pick.pick(r)
            v = self.person(age=max(age, 18))
            c = self.big3_pick.pick(r) if r.random() < 0.95 else self.carrier_pick.pick(r)
            ms = self.new_msisdn(c)
            old_day = -r.randint(60, 1800)
            self.honest(v, None, c=c, ms=ms, day=old_day, status="ACTIVE", hist=True, usage=self.u_normal())
            kind = "AGENT" if r.random() < 0.7 else "STORE"
            pt = self.point_pick(c, v.rp, kind) or self.any_agent(c)
            day = self.day_any()
            t = self.ts_at(day, self.shop_h)
            fraud_face = r.getrandbits(64)
            if r.random() < 0.5:
                fmv = self.fm(0.35, 0.12)
            else:
                fmv = self.fm(0.84, 0.05)    # forged card carries the fraudster's photo
            act = r.randint(1, 6)
            usage = (act, r.randrange(3), r.randrange(4), r.randrange(2), int(r.uniform(5, 45)), 0, 0,
                     r.randrange(60))
            self.emit(c, ms, t, pt.kind, pt, pt.devices[0], self.capture(fraud_face), fmv, "MATCH", "ACTIVE",
                      self.imei(), usage, lab, p=v)
            left -= 2

    def gen_leaked_multi(self, budget):
        r = self.r
        left = budget
        lab = (1, 1, "leaked_id_multi_dealer")
        while left > 0:
            p = self.leaked_person()
            n = min(left, r.randint(4, 12))
            provs = [self.prov_pick.pick(r) for _ in range(r.randint(3, 8))]
            day = self.day_any(0, self.ndays - 3)
            span = r.randint(1, 3)
            for _ in range(n):
                prov = provs[r.randrange(len(provs))]
                pt = self.any_agent(prov=prov)
                t = self.ts_at(day + r.randrange(span), self.shop_h)
                if r.random() < (0.5 if not self.c08 else 1.0):
                    sf, fmv = self.capture(r.getrandbits(64)), self.fm(0.33, 0.12)
                else:
                    sf, fmv = "", None
                usage, first = self.resale_use(0.4)
                c = pt.carrier
                self.emit(c, self.new_msisdn(c), t, "AGENT", pt, pt.devices[0], sf, fmv, "MATCH", "ACTIVE",
                          first, usage, lab, p=p)
            left -= n

    def gen_stealth_preact(self, budget):
        r = self.r
        left = budget
        lab = (1, 1, "stealth_preactivation")
        while left > 0:
            dealers = [self.any_agent() for _ in range(r.randint(10, 30))]
            n = r.randint(40, 200)
            while n > 0 and left > 0:
                n -= 1
                pt = dealers[r.randrange(len(dealers))]
                p = self.leaked_person(older=False)
                if r.random() < 0.06 and left > 1:
                    left -= self.victim_own(p, left)
                day = self.day_any()
                t = self.ts_at(day, self.shop_h)
                if r.random() < (0.4 if not self.c08 else 1.0):
                    sf, fmv = self.capture(p.face, extra=r.randint(1, 4)), self.fm(0.72, 0.08)
                else:
                    sf, fmv = "", None
                if r.random() < 0.5:
                    usage, first = self.u_never(), ""
                else:
                    usage, first = self.u_light(), self.imei()
                c = pt.carrier
                self.emit(c, self.new_msisdn(c), t, "AGENT", pt, pt.devices[r.randrange(len(pt.devices))],
                          sf, fmv, "MATCH", "ACTIVE", first, usage, lab, p=p)
                left -= 1

    def gen_borrowed(self, budget):
        r = self.r
        lab = (1, 1, "borrowed_id_personal_use")
        for _ in range(budget):
            owner = self.person()
            user_face = r.getrandbits(64)
            user_phone = self.imei()
            c = self.carrier_pick.pick(r)
            ch = "AGENT" if r.random() < 0.6 else "EKYC_APP"
            if ch == "AGENT":
                pt = self.point_pick(c, owner.rp, "AGENT") or self.any_agent(c)
                c, dev = pt.carrier, pt.devices[0]
            else:
                pt, dev = None, user_phone
            day = self.day_any()
            t = self.ts_at(day, self.shop_h if pt else self.app_h)
            if r.random() < self.selfie_p[ch]:
                sf, fmv = self.capture(user_face), self.fm(0.38, 0.12)
            else:
                sf, fmv = "", None
            self.emit(c, self.new_msisdn(c), t, ch, pt, dev, sf, fmv, "MATCH", "ACTIVE", user_phone,
                      self.u_normal(), lab, p=owner)

    # ================================================================ LEGIT
    def gen_busy_shop(self, budget):
        r = self.r
        left = budget
        lab = (0, 0, "busy_shop")
        stores = []
        for c in BIG3:
            stores += self.stores_by_c.get(c, [])
        stores.sort(key=lambda p: -p.w)
        top = stores[:max(3, len(stores) // 20)]
        nshops = max(1, min(len(top), budget // 1500 + 1))
        shops = [top[r.randrange(len(top))] for _ in range(nshops)]
        per = max(1, budget // nshops)
        for si, pt in enumerate(shops):
            n = per if si < nshops - 1 else left
            promo = [self.day_any() for _ in range(r.randint(2, 4))]
            for _ in range(n):
                if left <= 0:
                    break
                p = self.person(pt.prov, mig=0.4)
                day = promo[r.randrange(len(promo))] if r.random() < 0.25 else self.day_any()
                self.honest(p, lab, c=pt.carrier, ch=pt.kind, pt=pt, day=day)
                left -= 1

    def gen_industrial(self, budget):
        r = self.r
        left = budget
        lab = (0, 0, "industrial_zone_shop")
        send = WP(SENDING, [self.prov_w.get(s, 1.0) + 1.0 for s in SENDING])
        while left > 0:
            prov = INDUSTRIAL[r.randrange(len(INDUSTRIAL))]
            pt = self.agent_in_prov(prov)
            if pt is None:
                pt = self.any_agent()
            n = min(left, r.randint(80, 400))
            sundays = [d for d in range(self.ndays)
                       if datetime.date.fromordinal(self.start_ord + d).weekday() == 6]
            for _ in range(n):
                p = self.person(pt.prov, age=r.randint(18, 35), bp=send.pick(r),
                                phone=self.imei(self.tac_smart if r.random() < 0.85 else self.tac_feature))
                if sundays and r.random() < 0.55:
                    day = sundays[r.randrange(len(sundays))]
                else:
                    day = self.day_any()
                hp = self.app_h if r.random() < 0.5 else self.shop_h
                self.honest(p, lab, c=pt.carrier, ch="AGENT", pt=pt, day=day, hp=hp,
                            usage=self.u_normal(data=1.3))
            left -= n

    def gen_student(self, budget):
        r = self.r
        left = budget
        lab = (0, 0, "student_intake")
        while left > 0:
            prov = CAMPUS[r.randrange(len(CAMPUS))]
            pt = self.agent_in_prov(prov, c=self.big3_pick.pick(r)) or self.any_agent()
            n = min(left, r.randint(60, 300))
            d0 = self.day_any(0, self.ndays - 10)
            span = r.randint(5, 10)
            for _ in range(n):
                p = self.person(pt.prov, by=self.ref_year - r.choice((18, 18, 19)), bp=self.nat_prov_pick.pick(r))
                day = d0 + r.randrange(span)
                if r.random() < 0.3:
                    self.honest(p, lab, c=pt.carrier, ch="EKYC_APP", dev=pt.devices[0], day=day,
                                usage=self.u_normal(data=1.8), stock=pt.carrier + "|" + pt.devices[0])
                else:
                    self.honest(p, lab, c=pt.carrier, ch="AGENT", pt=pt, day=day, usage=self.u_normal(data=1.8))
            left -= n

    def foreign_person(self, prov):
        r = self.r
        f = self.foreign_pick.pick(r)
        nat, _w, surs, givs, style = f
        p = P()
        p.g = "M" if r.random() < 0.55 else "F"
        p.by = self.ref_year - r.randint(20, 66)
        o = datetime.date(p.by, 1, 1).toordinal() + r.randrange(365)
        p.dob = datetime.date.fromordinal(o).isoformat()
        sur, giv = surs[r.randrange(len(surs))], givs[r.randrange(len(givs))]
        p.name = (giv + " " + sur) if nat in ("US", "AU", "FR", "DE", "GB", "RU", "IN") else (sur + " " + giv)
        p.sur = sur
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        while True:
            if style == "KR":
                n = "M%08d" % r.randrange(10 ** 8)
            elif style == "CN":
                n = "E%08d" % r.randrange(10 ** 8)
            elif style == "JP":
                n = "T%s%07d" % (L[r.randrange(len(L))], r.randrange(10 ** 7))
            elif style in ("US", "TW", "GB", "RU"):
                n = "%09d" % r.randrange(10 ** 8, 10 ** 9)
            elif style == "AU":
                n = "P%s%07d" % (L[r.randrange(len(L))], r.randrange(10 ** 7))
            elif style == "FR":
                n = "%02d%s%s%05d" % (r.randrange(100), L[r.randrange(len(L))], L[r.randrange(len(L))],
                                      r.randrange(10 ** 5))
            elif style == "DE":
                n = "C%s%07d" % (L[r.randrange(len(L))], r.randrange(10 ** 7))
            elif style == "SG":
                n = "K%07d%s" % (r.randrange(10 ** 7), L[r.randrange(len(L))])
            else:
                n = "%s%07d" % (L[r.randrange(len(L))], r.randrange(10 ** 7))
            if n not in self.used_id:
                self.used_id.add(n)
                break
        p.idt, p.idn, p.nat = "PASSPORT", n, nat
        p.bp = p.rp = prov
        p.face = r.getrandbits(64)
        p.phone = self.imei()
        return p

    def gen_tourist(self, budget):
        r = self.r
        left = budget
        lab = (0, 0, "tourist_airport_kiosk")
        while left > 0:
            prov = AIRPORTS[r.randrange(len(AIRPORTS))]
            c = self.big3_pick.pick(r)
            pt = self.point_pick(c, prov, "STORE") or self.point_pick(c, prov, "AGENT") or self.any_agent(c)
            n = min(left, r.randint(40, 250))
            for _ in range(n):
                p = self.foreign_person(pt.prov)
                self.honest(p, lab, c=pt.carrier, ch=pt.kind, pt=pt, hp=self.app_h, popdb="UNCHECKED",
                            fm=self.fm(0.86, 0.05), selfie=self.capture(p.face), usage=self.u_tourist(),
                            first=p.phone, status="ACTIVE")
            left -= n

    def gen_family(self, budget):
        r = self.r
        left = budget
        lab = (0, 0, "family_one_phone")
        while left > 0:
            rp = self.prov_pick.pick(r)
            head = self.person(rp, age=r.randint(30, 55))
            fam = [head]
            sp = self.person(rp, g="F" if head.g == "M" else "M",
                             by=clamp(head.by + r.randint(-6, 6), 1940, self.ref_year - 18))
            if r.random() < 0.85:
                fam.append(sp)
            father = head if head.g == "M" else sp
            for _ in range(r.choice((0, 1, 1, 2, 2, 3))):
                cy = max(head.by, sp.by) + r.randint(20, 32)
                if cy > self.ref_year - 14:
                    continue
                fam.append(self.person(rp, by=cy, sur=father.sur, bp=rp))
            for _ in range(r.choice((0, 0, 1, 1, 2))):
                py = head.by - r.randint(22, 35)
                if py < 1930:
                    continue
                fam.append(self.person(rp, by=py, sur=head.sur if r.random() < 0.6 else None))
            fam = fam[:left]
            c = self.carrier_pick.pick(r)
            day = self.day_any()
            t = self.ts_at(day, self.app_h)
            ch = "EKYC_APP" if r.random() < 0.8 else "ONLINE"
            kp = self.point_pick(c, rp, "AGENT")
            stock = (c + "|" + kp.devices[0]) if kp is not None else None
            for m in fam:
                t += r.randint(120, 1200)
                old = (self.ref_year - m.by) >= 65
                cc = c if r.random() < 0.85 else self.carrier_pick.pick(r)
                self.honest(m, lab, c=cc, ch=ch, ts=t, dev=head.phone,
                            fm=self.fm(0.7, 0.08) if old else None,
                            usage=self.u_light() if old else self.u_normal(),
                            stock=stock if cc == c else None)
            left -= len(fam)

    def gen_shop_app(self, budget):
        r = self.r
        left = budget
        lab = (0, 0, "shop_assisted_app")
        while left > 0:
            pt = self.any_agent(c=self.carrier_pick.pick(r))
            shop_phone = self.imei()
            n = min(left, r.randint(30, 250))
            for _ in range(n):
                p = self.person(pt.prov)
                self.honest(p, lab, c=pt.carrier, ch="EKYC_APP", dev=shop_phone, hp=self.shop_h,
                            stock=pt.carrier + "|" + pt.devices[0])
            left -= n

    def gen_org(self, budget, kind):
        r = self.r
        left = budget
        pat = {"iot": "org_iot_fleet", "fleet": "org_vehicle_fleet", "call": "org_call_centre"}[kind]
        lab = (0, 0, pat)
        popw = WP(("UNCHECKED", "MATCH"), (60, 40))
        while left > 0:
            org = self.new_org(kind)
            c = self.big3_pick.pick(r) if r.random() < 0.9 else self.carrier_pick.pick(r)
            pt = self.point_pick(c, org.prov, "STORE") if r.random() < 0.75 else None
            if pt is None:
                pt = self.point_pick(c, org.prov, "AGENT") or self.any_agent(c)
            if kind == "iot":
                total = min(left, r.randint(20, 500))
                mods = self.imei_seq(self.tac_iot[r.randrange(len(self.tac_iot))], total)
                gap = (5, 30)
            elif kind == "fleet":
                total = min(left, r.randint(10, 120))
                mods = [self.imei() for _ in range(total)]
                gap = (30, 240)
            else:
                total = min(left, r.randint(20, 200))
                mods = self.imei_seq(self.tac_desk[r.randrange(len(self.tac_desk))], total)
                gap = (15, 90)
            day = self.day_any(0, self.ndays - 5)
            done = 0
            stock = c + "|BULK|" + org.tax
            sel = r.random() < 0.5
            while done < total:
                n = min(total - done, r.randint(10, 300) if kind != "fleet" else r.randint(5, 40))
                block = self.msisdn_block(c, n) if (kind == "iot" and r.random() < 0.8) else None
                t = self.ts_at(day, self.shop_h)
                for i in range(n):
                    t += r.randint(*gap)
                    if sel or self.c08:
                        sf, fmv = self.capture(org.rep.face), self.fm_genuine()
                    else:
                        sf, fmv = "", None
                    j = done + i
                    if kind == "iot":
                        if r.random() < 0.2:
                            first, usage = "", self.u_never()
                        else:
                            first, usage = mods[j], self.u_iot()
                    elif kind == "fleet":
                        first, usage = mods[j], self.u_fleet()
                    else:
                        first, usage = mods[j], self.u_callcentre()
                    ms = block[i] if block else self.new_msisdn(c)
                    self.emit(c, ms, t, pt.kind, pt, pt.devices[0], sf, fmv, popw.pick(r), "ACTIVE", first,
                              usage, lab, org=org, stock=stock)
                done += n
                day = min(self.ndays - 1, day + r.randint(1, 10))
            left -= total

    def gen_multi_sim(self, budget):
        r = self.r
        left = budget
        lab = (0, 0, "multi_sim_personal")
        while left > 0:
            p = self.person(age=r.randint(22, 60))
            k = min(left, r.choice((2, 2, 2, 2, 3, 3, 4, 5, 6)))
            same = k >= 4 and r.random() < 0.6
            c0 = self.carrier_pick.pick(r)
            devs = [p.phone, p.phone, self.imei(self.tac_tablet), self.imei(self.tac_router), self.imei()]
            d = self.day_any()
            cnt = {}
            for j in range(k):
                c = c0 if (same or j == 0) else self.carrier_pick.pick(r)
                cnt[c] = cnt.get(c, 0) + 1
                if cnt[c] > 3:
                    ch = "STORE"     # 4th+ number on one document: in person
                else:
                    ch = (self.chan_big if c in BIG3 else self.chan_mvno).pick(r)
                if j > 0 and r.random() < 0.6:
                    d = self.day_any()
                first = devs[min(j, len(devs) - 1)] if r.random() < 0.9 else ""
                usage = self.u_normal() if j < 2 else (self.u_data_only() if first and first != p.phone
                                                       else self.u_light())
                self.honest(p, lab, c=c, ch=ch, day=d, first=first, usage=usage)
            left -= k

    def gen_single(self, budget, kind):
        r = self.r
        lab = (0, 0, kind)
        for _ in range(budget):
            if kind == "data_only_sim":
                p = self.person(age=r.randint(18, 65))
                dev = self.imei(self.tac_router if r.random() < 0.5 else self.tac_tablet)
                self.honest(p, lab, first=dev, usage=self.u_data_only())
            elif kind == "backup_sim":
                p = self.person(age=r.randint(20, 70))
                first = p.phone if r.random() < 0.4 else ""
                self.honest(p, lab, first=first, usage=self.u_backup())
            elif kind == "name_no_diacritics":
                p = self.person()
                self.honest(p, lab, nform=2 if r.random() < 0.7 else 3)
            elif kind == "name_upper_case":
                p = self.person()
                self.honest(p, lab, nform=1)
            elif kind == "elderly_old_photo":
                p = self.person(age=r.randint(68, 90))
                ch = "STORE" if r.random() < 0.6 else "AGENT"
                self.honest(p, lab, ch=ch, selfie=self.capture(p.face, extra=r.randint(0, 2)),
                            fm=self.fm(0.63, 0.07, 0.45, 0.8), usage=self.u_light())
            elif kind == "heavy_caller_salesperson":
                p = self.person(age=r.randint(23, 48))
                self.honest(p, lab, usage=self.u_sales())
            elif kind == "vneid_unconfirmed_honest":
                p = self.person(age=r.randint(20, 80))
                self.honest(p, lab, status="ONE_WAY_LOCKED",
                            usage=self.u_light() if r.random() < 0.5 else self.u_normal())
            elif kind == "legacy_cmnd_holder":
                prov = r.choice((1, 79, 31, 77, 74, 1, 79))
                p = self.person(prov, age=r.randint(40, 85), bp=prov)
                if r.random() < 0.75:
                    pre = CMND_PREFIX[prov]
                    while True:
                        n = pre + "%0*d" % (9 - len(pre), r.randrange(10 ** (9 - len(pre))))
                        if n not in self.used_id:
                            break
                else:
                    while True:
                        n = "0%011d" % r.randrange(10 ** 11)
                        if n not in self.used_id:
                            break
                self.used_id.add(n)
                p.idt, p.idn = "CMND", n
                self.honest(p, lab, ch="STORE", popdb="MATCH" if r.random() < 0.6 else "UNCHECKED",
                            usage=self.u_light())
            elif kind == "overseas_vietnamese_passport":
                p = self.person(age=r.randint(20, 70))
                while True:
                    n = "%s%07d" % (r.choice("CCCCCBBN"), r.randrange(10 ** 7))
                    if n not in self.used_id:
                        self.used_id.add(n)
                        break
                p.idt, p.idn = "PASSPORT", n
                ch = "STORE" if r.random() < 0.7 else "AGENT"
                self.honest(p, lab, ch=ch, popdb="UNCHECKED", usage=self.u_normal(data=1.5))

    def gen_typo(self, budget):
        r = self.r
        lab = (0, 0, "clerical_typo")
        mism = WP(("MISMATCH", "UNCHECKED"), (70, 30))
        st = WP(("ACTIVE", "ONE_WAY_LOCKED"), (75, 25))
        for _ in range(budget):
            p = self.person()
            x = r.random()
            over = {}
            popdb = None
            status = None
            if x < 0.22:     # one digit of the DOB year mistyped (soft CCCD/DOB inconsistency)
                y = p.by
                for _t in range(10):
                    pos = r.choice((2, 3))
                    ys = str(y)
                    nd = str((int(ys[pos]) + r.choice((1, -1))) % 10)
                    y2 = int(ys[:pos] + nd + ys[pos + 1:])
                    if 1920 <= y2 <= self.ref_year - 10 and y2 != y:
                        break
                over[C_DOB] = with_year(p.dob, y2)
                popdb, status = mism.pick(r), st.pick(r)
            elif x < 0.40:   # gender field typed wrong (soft CCCD/gender inconsistency)
                over[C_GENDER] = "F" if p.g == "M" else "M"
                popdb = "MATCH"
            elif x < 0.65:   # a letter of the name mistyped or a diacritic lost
                nm = p.name
                words = nm.split(" ")
                wi = r.randrange(len(words))
                w = words[wi]
                if r.random() < 0.5 and strip_diacritics(w) != w:
                    w = strip_diacritics(w)
                else:
                    ci = r.randrange(len(w))
                    rep = "aeinuoht"[r.randrange(8)]
                    w = w[:ci] + rep + w[ci + 1:]
                words[wi] = w
                over[C_NAME] = " ".join(words)
                popdb, status = mism.pick(r), st.pick(r)
            elif x < 0.82:   # day and month swapped (year still consistent)
                yy, mm, dd = p.dob.split("-")
                if int(dd) <= 12 and dd != mm:
                    over[C_DOB] = "%s-%s-%s" % (yy, dd, mm)
                else:
                    over[C_DOB] = "%s-%s-%02d" % (yy, mm, max(1, int(dd) - 1) if int(dd) > 1 else 2)
                popdb, status = mism.pick(r), st.pick(r)
            else:            # two of the six random CCCD digits transposed (still a valid structure)
                s = p.idn
                i = r.randint(6, 10)
                s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if s2 == s or s2 in self.used_id:
                    s2 = s[:11] + str((int(s[11]) + 1) % 10)
                if s2 not in self.used_id:
                    self.used_id.add(s2)
                    over[C_IDN] = s2
                popdb = "NOT_FOUND" if r.random() < 0.6 else "MISMATCH"
                status = st.pick(r)
            self.honest(p, lab, over=over, popdb=popdb, status=status)

    def gen_history(self, budget, kind):
        r = self.r
        left = budget
        lab = (0, 0, kind)
        while left >= 2:
            if kind == "recycled_number":
                old = self.person(age=r.randint(25, 70))
                c = self.carrier_pick.pick(r)
                ms = self.new_msisdn(c)
                self.honest(old, None, c=c, ms=ms, day=-r.randint(500, 2600), status="TERMINATED", hist=True,
                            usage=self.u_normal())
                new = self.person()
                self.honest(new, lab, c=c, ms=ms)
            elif kind == "ownership_transfer":
                old = self.person(age=r.randint(45, 75))
                c = self.carrier_pick.pick(r)
                ms = self.new_msisdn(c)
                self.honest(old, None, c=c, ms=ms, day=-r.randint(200, 2600), status="ACTIVE", hist=True,
                            usage=self.u_normal())
                child = self.person(old.rp, by=old.by + r.randint(20, 32), sur=old.sur if old.g == "M" else None)
                if child.by > self.ref_year - 18:
                    child = self.person(old.rp, age=r.randint(20, 40))
                ch = "STORE" if r.random() < 0.8 else "AGENT"
                self.honest(child, lab, c=c, ms=ms, ch=ch, first=old.phone if r.random() < 0.3 else None)
            else:  # sim_replacement_lost_phone
                p = self.person(age=r.randint(18, 75))
                c = self.carrier_pick.pick(r)
                ms = self.new_msisdn(c)
                self.honest(p, None, c=c, ms=ms, day=-r.randint(60, 2000), status="ACTIVE", hist=True,
                            usage=self.u_normal())
                p.phone = self.imei()
                ch = "STORE" if r.random() < 0.7 else "AGENT"
                self.honest(p, lab, c=c, ms=ms, ch=ch, first=p.phone,
                            selfie=self.capture(p.face), fm=self.fm_genuine(), popdb="MATCH", status="ACTIVE")
            left -= 2

    def gen_twins(self, budget):
        r = self.r
        left = budget
        lab = (0, 0, "twins")
        while left >= 2:
            a = self.person(age=r.randint(16, 45))
            b = P()
            b.g = a.g if r.random() < 0.6 else ("F" if a.g == "M" else "M")
            b.by, b.dob, b.bp, b.rp, b.nat, b.idt = a.by, a.dob, a.bp, a.rp, "VN", "CCCD"
            nm = self.make_name(b.g, b.by, "S" if b.bp >= 49 else "N", sur=a.sur)
            b.name, b.sur = nm, a.sur
            G = 2 * ((b.by - 1900) // 100) + (1 if b.g == "F" else 0)
            base = int(a.idn[6:])
            while True:
                n2 = (base + r.randint(1, 20)) % 10 ** 6
                s = "%03d%d%02d%06d" % (b.bp, G, b.by % 100, n2)
                if s not in self.used_id:
                    self.used_id.add(s)
                    break
                base += 7
            b.idn = s
            f = a.face
            for _ in range(r.randint(3, 8)):
                f ^= 1 << r.randrange(64)
            b.face = f
            b.phone = self.imei()
            c = self.carrier_pick.pick(r)
            together = r.random() < 0.6
            ra = self.honest(a, lab, c=c)
            if together:
                self.honest(b, lab, c=c, ch=ra[13], pt=self.point_by_code(ra[14]),
                            ts=ra[C_TS] + r.randint(60, 900), dev=ra[15] or None)
            else:
                self.honest(b, lab)
            left -= 2

    def point_by_code(self, code):
        if not code:
            return None
        if not hasattr(self, "_pcode"):
            self._pcode = {p.code: p for p in self.points}
        return self._pcode.get(code)

    # ================================================================ run
    def run(self):
        r = self.r
        sc = self.sc
        N = self.N
        plan = []
        for k, v in FRAUD_BASE.items():
            m = sc["fraud"] * sc["fover"].get(k, 1.0)
            plan.append((k, int(round(N * v * m))))
        for k, v in CONF_BASE.items():
            if k == "vneid_unconfirmed_honest":
                v = VNEID_HONEST_SHARE
            m = sc["conf"] * sc["cover"].get(k, 1.0 if k != "vneid_unconfirmed_honest" else 0.0)
            plan.append((k, int(round(N * v * m))))
        tot = sum(n for _k, n in plan)
        if tot > N * 0.95:
            f = N * 0.95 / tot
            plan = [(k, int(n * f)) for k, n in plan]
        disp = {
            "preactivation_fabricated": lambda b: self.gen_preactivation(b, False),
            "preactivation_leaked_ids": lambda b: self.gen_preactivation(b, True),
            "agent_own_id_mass": self.gen_agent_own_id,
            "identity_theft_ring": self.gen_identity_ring,
            "stealth_identity_ring": self.gen_stealth_ring,
            "dealer_extra_sims": lambda b: self.gen_extra_sims(b, False),
            "stealth_extra_sims": lambda b: self.gen_extra_sims(b, True),
            "sim_farm_bought_ids": self.gen_sim_farm,
            "stealth_sim_farm": self.gen_stealth_farm,
            "otp_modem_pool": self.gen_otp_pool,
            "shell_company_bulk": self.gen_shell_company,
            "sim_swap_takeover": self.gen_sim_swap,
            "leaked_id_multi_dealer": self.gen_leaked_multi,
            "stealth_preactivation": self.gen_stealth_preact,
            "borrowed_id_personal_use": self.gen_borrowed,
            "busy_shop": self.gen_busy_shop,
            "industrial_zone_shop": self.gen_industrial,
            "student_intake": self.gen_student,
            "tourist_airport_kiosk": self.gen_tourist,
            "family_one_phone": self.gen_family,
            "shop_assisted_app": self.gen_shop_app,
            "org_iot_fleet": lambda b: self.gen_org(b, "iot"),
            "org_vehicle_fleet": lambda b: self.gen_org(b, "fleet"),
            "org_call_centre": lambda b: self.gen_org(b, "call"),
            "multi_sim_personal": self.gen_multi_sim,
            "clerical_typo": self.gen_typo,
            "sim_replacement_lost_phone": lambda b: self.gen_history(b, "sim_replacement_lost_phone"),
            "recycled_number": lambda b: self.gen_history(b, "recycled_number"),
            "ownership_transfer": lambda b: self.gen_history(b, "ownership_transfer"),
            "twins": self.gen_twins,
        }
        for k, n in plan:
            if n <= 0:
                continue
            room = N - len(self.rows)
            n = min(n, room)
            if n <= 0:
                break
            fn = disp.get(k)
            if fn is None:
                self.gen_single(n, k)
            else:
                fn(n)
        # fill with ordinary honest subscribers
        lab = (0, 0, "clean")
        while len(self.rows) < N:
            self.honest(self.person(), lab)
        if len(self.rows) > N:
            raise RuntimeError("row budget overrun: %d > %d" % (len(self.rows), N))
        self._assign_sims()

    def _assign_sims(self):
        r = self.r
        key = lambda row: (row[C_TS], row[C_SEQ])
        boxes_used = self.used_box
        for sk, ent in self.stocks.items():
            c, yy, rows = ent
            rows.sort(key=key)
            info = CINFO[c]
            mnc, iin, L = info[2], info[3], info[4]
            ub = boxes_used.get(c)
            if ub is None:
                ub = boxes_used[c] = set()
            box, idx = None, 100
            for row in rows:
                if idx >= 100:
                    nb = None
                    if box is not None and box + 1 < 10 ** 8 and r.random() < 0.3 and (box + 1) not in ub:
                        nb = box + 1
                    while nb is None:
                        x = r.randrange(10 ** 7, 10 ** 8)
                        if x not in ub:
                            nb = x
                    ub.add(nb)
                    box, idx = nb, 0
                tail = "%08d%02d" % (box, idx)
                idx += 1
                if L == 20:
                    body = "8984" + iin + yy + "1" + tail
                else:
                    body = "8984" + iin + yy + tail
                row[C_ICCID] = body + luhn_digit(body)
                row[C_IMSI] = ("452" + mnc + tail) if mnc else ""

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        rows = self.rows
        rows.sort(key=lambda row: (row[C_TS], row[C_SEQ]))
        with open(os.path.join(out, "batch.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(COLUMNS)
            w.writerows(row[:NCOL] for row in rows)
        seen = {}
        labels = self.labels
        with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["carrier", "msisdn", "junk", "non_owner", "pattern"])
            out_rows = []
            for row in rows:
                c = row[0]
                ms = int(row[1][-9:])
                k = (c, ms)
                if k in seen:
                    continue
                seen[k] = 1
                lab = labels[k]
                out_rows.append((c, "84%09d" % ms, lab[0], lab[1], lab[2]))
            w.writerows(out_rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description="indep9 synthetic SIM-registration batch generator")
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out", default=None)
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k in SCENARIOS:
            print(k)
        return 0
    if a.scenario not in SCENARIOS:
        sys.stderr.write("unknown scenario %r; use --list-scenarios\n" % a.scenario)
        return 2
    if a.out is None:
        sys.stderr.write("--out DIR is required\n")
        return 2
    if a.rows < 0:
        sys.stderr.write("--rows must be >= 0\n")
        return 2
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    g.write(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
