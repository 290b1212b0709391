#!/usr/bin/env python3
"""Independent synthetic SIM-registration population generator (indep16).

Writes DIR/batch.csv (registration batch per the interface contract) and
DIR/labels.csv (ground truth: carrier,msisdn,junk,non_owner,pattern).

Usage:
  python3 tools/indep16_gen.py --rows N --seed S --scenario NAME --out DIR
  python3 tools/indep16_gen.py --list-scenarios

Python 3 standard library only.  Deterministic for (rows, seed, scenario).
"""
import argparse
import bisect
import csv
import datetime as _dt
import gc
import os
import random
import sys
import time
import unicodedata

# ---------------------------------------------------------------------------
# Static reference data
# ---------------------------------------------------------------------------

COLUMNS = ["carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type",
           "id_number", "full_name", "date_of_birth", "gender", "nationality",
           "province", "registered_at", "channel", "agent_id", "device_imei",
           "selfie_hash", "face_match", "popdb_check", "status", "first_use_imei",
           "active_days_30d", "out_calls_30d", "in_calls_30d", "out_sms_30d",
           "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d"]

# province code -> approx population (millions, ~2019)
PROV_POP = {
    "001": 8.1, "002": 0.85, "004": 0.53, "006": 0.31, "008": 0.78, "010": 0.73,
    "011": 0.6, "012": 0.46, "014": 1.25, "015": 0.82, "017": 0.85, "019": 1.29,
    "020": 0.78, "022": 1.32, "024": 1.8, "025": 1.46, "026": 1.15, "027": 1.37,
    "030": 1.89, "031": 2.03, "033": 1.25, "034": 1.86, "035": 0.85, "036": 1.78,
    "037": 0.98, "038": 3.64, "040": 3.33, "042": 1.29, "044": 0.9, "045": 0.63,
    "046": 1.13, "048": 1.13, "049": 1.5, "051": 1.23, "052": 1.49, "054": 0.87,
    "056": 1.23, "058": 0.59, "060": 1.23, "062": 0.54, "064": 1.51, "066": 1.87,
    "067": 0.62, "068": 1.3, "070": 0.99, "072": 1.17, "074": 2.43, "075": 3.1,
    "077": 1.15, "079": 8.99, "080": 1.69, "082": 1.76, "083": 1.29, "084": 1.01,
    "086": 1.02, "087": 1.6, "089": 1.91, "091": 1.72, "092": 1.24, "093": 0.73,
    "094": 1.2, "095": 0.91, "096": 1.19,
}
PROVS = sorted(PROV_POP)
# migration destinations and their share of residents born elsewhere
MIGRANT_DEST = {"079": 0.35, "074": 0.55, "075": 0.35, "001": 0.25, "027": 0.3,
                "031": 0.15, "048": 0.2, "077": 0.2, "024": 0.15, "026": 0.12}
MIGRANT_SOURCE = {"038": 5, "040": 5, "042": 3, "036": 2, "034": 2, "089": 3,
                  "087": 3, "091": 2, "094": 3, "096": 2, "095": 2, "084": 2,
                  "083": 2, "086": 2, "002": 1, "014": 1, "064": 1, "066": 2,
                  "052": 2, "051": 2, "044": 1, "045": 1, "030": 1, "037": 1}
BORDER = ["020", "022", "010", "002", "004", "072", "089", "091", "070", "080", "087"]
INDUSTRIAL = ["074", "075", "027", "024", "031", "026", "077", "080", "030", "019"]
AIRPORT = {"001": 4, "079": 4, "048": 2, "056": 2, "091": 1, "031": 1}
CAMPUS = {"001": 5, "079": 5, "046": 1, "048": 1, "092": 1, "040": 1, "019": 1}
INVALID_PPP = ["000", "003", "099", "016", "057", "069", "097", "098", "063"]

# CMND (9-digit) issuing prefixes (approximate, legacy police codes)
CMND_PREFIX = {
    "001": "01", "079": "02", "031": "03", "011": "04", "012": "04", "014": "05",
    "010": "06", "015": "06", "002": "07", "008": "07", "020": "08", "004": "08",
    "019": "09", "006": "09", "022": "10", "024": "12", "027": "12", "025": "13",
    "026": "13", "030": "14", "033": "14", "034": "15", "035": "16", "036": "16",
    "037": "16", "038": "17", "040": "18", "042": "18", "044": "19", "045": "19",
    "046": "19", "048": "20", "049": "20", "051": "21", "052": "21", "054": "22",
    "056": "22", "062": "23", "064": "23", "066": "24", "067": "24", "068": "25",
    "058": "26", "060": "26", "075": "27", "077": "27", "074": "280", "070": "285",
    "072": "29", "080": "30", "082": "31", "083": "32", "084": "33", "086": "33",
    "087": "34", "089": "35", "092": "36", "093": "36", "094": "36", "091": "37",
    "095": "38", "096": "38", "017": "11",
}

CARRIERS = ["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "GMOBILE", "ITEL",
            "REDDI", "ASIM", "DIGILIFE", "LOCAL", "WINTEL"]
CARRIER_W_NATIONAL = [53.0, 23.0, 19.5, 2.5, 0.6, 0.7, 0.2, 0.15, 0.1, 0.1, 0.15]
# 2-digit national prefixes (after leading 0), weight
PREFIXES = {
    "VIETTEL": [("86", 6), ("96", 10), ("97", 12), ("98", 12), ("32", 7), ("33", 7),
                ("34", 7), ("35", 7), ("36", 7), ("37", 7), ("38", 7), ("39", 7)],
    "VINAPHONE": [("88", 10), ("91", 18), ("94", 18), ("81", 10), ("82", 10),
                  ("83", 10), ("84", 10), ("85", 10)],
    "MOBIFONE": [("89", 10), ("90", 18), ("93", 18), ("70", 10), ("76", 9),
                 ("77", 9), ("78", 9), ("79", 9), ("30", 2), ("51", 1)],
    "VIETNAMOBILE": [("92", 50), ("56", 25), ("58", 20), ("52", 5)],
    "GMOBILE": [("99", 70), ("59", 30)],
    "ITEL": [("87", 100)],
    "REDDI": [("55", 100)],
    "WINTEL": [("55", 100)],
    "ASIM": [("89", 50), ("90", 50)],
    "DIGILIFE": [("81", 50), ("82", 50)],
    "LOCAL": [("83", 50), ("84", 50)],
}
MNC = {"VIETTEL": "04", "VINAPHONE": "02", "MOBIFONE": "01", "VIETNAMOBILE": "05",
       "GMOBILE": "07", "ITEL": "08", "REDDI": "09", "WINTEL": "09", "ASIM": "01",
       "DIGILIFE": "02", "LOCAL": "02"}
ICCID_LEN = {"VIETTEL": 20, "VINAPHONE": 20, "MOBIFONE": 20, "VIETNAMOBILE": 19,
             "GMOBILE": 19, "ITEL": 19, "REDDI": 19, "WINTEL": 19, "ASIM": 20,
             "DIGILIFE": 20, "LOCAL": 19}
AGENT_PFX = {"VIETTEL": "VTT", "VINAPHONE": "VNP", "MOBIFONE": "MBF",
             "VIETNAMOBILE": "VNM", "GMOBILE": "GTL", "ITEL": "ITL", "REDDI": "RDI",
             "WINTEL": "WTL", "ASIM": "ASM", "DIGILIFE": "DGL", "LOCAL": "LCL"}
# carrier export conventions: msisdn style weights (0x, 84x, +84x), UTC timestamps?,
# probability that imsi is exported, probability that early-life usage is exported
CARRIER_STYLE = {
    "VIETTEL": ((0.1, 0.85, 0.05), False, 0.97, 1.0),
    "VINAPHONE": ((0.85, 0.1, 0.05), False, 0.9, 1.0),
    "MOBIFONE": ((0.1, 0.1, 0.8), False, 0.95, 1.0),
    "VIETNAMOBILE": ((0.9, 0.05, 0.05), False, 0.9, 0.8),
    "GMOBILE": ((0.95, 0.05, 0.0), True, 0.6, 0.5),
    "ITEL": ((0.6, 0.4, 0.0), True, 0.8, 0.7),
    "REDDI": ((1.0, 0.0, 0.0), False, 0.7, 0.4),
    "WINTEL": ((0.0, 1.0, 0.0), False, 0.7, 0.5),
    "ASIM": ((0.5, 0.5, 0.0), False, 0.5, 0.4),
    "DIGILIFE": ((0.0, 0.0, 1.0), True, 0.5, 0.5),
    "LOCAL": ((1.0, 0.0, 0.0), False, 0.0, 0.3),
}
FRAUD_CARRIER_W = [36, 20, 20, 11, 3, 7, 1, 0.5, 0.5, 0.5, 0.5]

TAC_PHONE = ["35328011", "35291110", "35407115", "35978209", "86769203", "86024805",
             "86691204", "86318705", "35516010", "86573306", "35899512", "86205106",
             "35302112", "86417405", "35646509", "86885404"]
TAC_FEATURE = ["35560311", "86152403", "35929105", "86009702"]
TAC_TABLET = ["35226411", "35862108", "86345904", "35401912"]
TAC_IOT = ["86467803", "86263304", "86871204", "35739110"]
TAC_MODEM = ["86133104", "86209702", "86071403", "86753305"]
TAC_ROUTER = ["86258903", "86911105", "35318910"]

FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4),
          ("Huỳnh", 3), ("Phan", 4.5), ("Vũ", 3.9), ("Võ", 3), ("Đặng", 2.1),
          ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1),
          ("Lý", 0.5), ("Đinh", 0.8), ("Trương", 0.7), ("Lương", 0.5), ("Mai", 0.4),
          ("Lâm", 0.4), ("Tô", 0.3), ("Hà", 0.5), ("Đào", 0.5), ("Cao", 0.4),
          ("Triệu", 0.2), ("Tạ", 0.2), ("Quách", 0.15), ("Thái", 0.2), ("Lò", 0.1),
          ("Sầm", 0.05), ("Kiều", 0.1), ("Châu", 0.15), ("Giang", 0.1), ("Vương", 0.2)]
MID_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Công", "Xuân",
         "Đình", "Ngọc", "Hoàng", "Anh", "Tuấn", "Gia", "Quốc", "Trọng", "Bá", "Mạnh"]
MID_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Hồng", "Kim",
         "Mai", "Bảo", "Khánh", "Diệu", "Hoài", "Thùy", "Mỹ", "Lan", "Hải", "Quỳnh"]
MID_MODERN_M = ["Gia", "Minh", "Đức", "Bảo", "Hoàng", "Nhật", "Quang", "Anh", "Tuấn"]
MID_MODERN_F = ["Ngọc", "Bảo", "Khánh", "Thảo", "Phương", "Minh", "Gia", "Tú", "Như"]
GIVEN_M = ["Anh", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Đức", "Hải", "Hiếu",
           "Hoàng", "Hùng", "Huy", "Khang", "Khoa", "Kiên", "Long", "Minh", "Nam",
           "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành",
           "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Lộc",
           "Hưng", "Tâm", "Nhân", "Lâm", "Khôi", "Đông", "Tú", "Hậu", "Thông"]
GIVEN_F = ["Anh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng",
           "Hiền", "Hoa", "Huyền", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Nga",
           "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy",
           "Trang", "Trâm", "Tuyết", "Uyên", "Vân", "Vy", "Yến", "Nhi", "Thư", "Hân",
           "Lụa", "Xuân", "Hồng", "Hiếu", "Duyên", "Liên"]
FOREIGN = {
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON"],
           ["MIN JUN", "SEO YEON", "JI HOON", "HYE JIN", "DONG HYUN", "SU BIN", "JAE WON"]),
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO"],
           ["WEI", "FANG", "LEI", "JING", "HAO", "XIAOMING", "YAN", "JUN"]),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO"],
           ["HIROSHI", "YUKI", "KENJI", "AIKO", "TAKUYA", "HARUKA"]),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "WU"], ["YI TING", "CHIH HAO", "MEI LING", "CHUN"]),
    "US": (["SMITH", "JOHNSON", "BROWN", "MILLER", "DAVIS", "NGUYEN"],
           ["JOHN", "MICHAEL", "EMMA", "SARAH", "DAVID", "JESSICA"]),
    "AU": (["WILSON", "TAYLOR", "ANDERSON", "WHITE"], ["JACK", "OLIVIA", "LIAM", "CHLOE"]),
    "FR": (["DUBOIS", "MARTIN", "BERNARD", "LEROY"], ["PIERRE", "CAMILLE", "JULIEN", "MARIE"]),
    "DE": (["MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER"], ["THOMAS", "ANNA", "LUKAS", "LENA"]),
    "RU": (["IVANOV", "PETROVA", "SMIRNOV", "KUZNETSOVA"], ["ALEKSEI", "OLGA", "DMITRII", "IRINA"]),
    "IN": (["SHARMA", "PATEL", "SINGH", "KUMAR"], ["RAHUL", "PRIYA", "AMIT", "ANJALI"]),
    "TH": (["SAETANG", "WONGSAWAT", "CHAIYAPORN"], ["SOMCHAI", "NATTAYA", "ANAN"]),
    "GB": (["JONES", "EVANS", "THOMAS", "ROBERTS"], ["OLIVER", "AMELIA", "HARRY", "ISLA"]),
}
FOREIGN_W_TOURIST = {"KR": 30, "CN": 20, "US": 8, "JP": 7, "TW": 6, "AU": 5, "RU": 4,
                     "IN": 4, "FR": 3, "DE": 3, "GB": 3, "TH": 3}
FOREIGN_W_RESIDENT = {"KR": 35, "CN": 30, "JP": 10, "TW": 12, "IN": 4, "US": 4, "TH": 2, "DE": 1, "FR": 1, "GB": 1}

ORG_KIND = ["TNHH", "CỔ PHẦN", "TNHH MTV", "CP"]
ORG_FIELD = ["Thương mại Dịch vụ", "Vận tải", "Logistics", "Xây dựng", "Công nghệ",
             "Điện tử", "May mặc", "Thực phẩm", "Đầu tư", "Giải pháp Phần mềm",
             "Bất động sản", "Du lịch", "Dược phẩm", "Cơ khí"]
ORG_IOT_FIELD = ["Thanh toán Điện tử", "Giám sát Hành trình", "Taxi", "Điện lực",
                 "Cấp nước", "Camera An ninh", "Giao hàng Nhanh", "Năng lượng Mặt trời"]
ORG_BRAND = ["Hoàng Long", "Minh Phát", "Thành Công", "An Phú", "Việt Hưng", "Sao Mai",
             "Phương Nam", "Đại Dương", "Tân Tiến", "Hưng Thịnh", "Phú Gia", "Kim Cương",
             "Bình Minh", "Trường Sơn", "Hồng Hà", "Cửu Long", "Ánh Dương", "Thiên Phúc"]

PREFIX_CUM = {}
for _c, _pl in PREFIXES.items():
    _acc, _cl = 0.0, []
    for _p, _w in _pl:
        _acc += _w
        _cl.append(_acc)
    PREFIX_CUM[_c] = ([p for p, _ in _pl], _cl)

EPOCH_ORD = _dt.date(1970, 1, 1).toordinal()
DBL = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
POPCOUNT_BITS = [1 << i for i in range(64)]


def luhn_cd(payload):
    s = 0
    alt = True
    for ch in reversed(payload):
        d = ord(ch) - 48
        s += DBL[d] if alt else d
        alt = not alt
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_cd(num[:-1]) == num[-1]


def day_ts(y, m, d):
    return (_dt.date(y, m, d).toordinal() - EPOCH_ORD) * 86400


_strip_cache = {}


def strip_diacritics(s):
    r = _strip_cache.get(s)
    if r is None:
        t = s.replace("đ", "d").replace("Đ", "D")
        t = unicodedata.normalize("NFD", t)
        r = "".join(c for c in t if unicodedata.category(c) != "Mn")
        r = unicodedata.normalize("NFC", r)
        _strip_cache[s] = r
    return r


_upper_cache = {}


def upper_vn(s):
    r = _upper_cache.get(s)
    if r is None:
        r = unicodedata.normalize("NFC", s.upper())
        _upper_cache[s] = r
    return r


# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------

LEGIT_BASE = {
    "legit_household": 0.14, "legit_multi_sim": 0.045, "legit_org_iot": 0.03,
    "legit_org_staff": 0.03, "legit_tourist": 0.012, "legit_foreign_resident": 0.007,
    "legit_migrant_worker": 0.04, "legit_student_campaign": 0.02, "legit_elderly": 0.04,
    "legit_twins": 0.004, "legit_ported": 0.03, "legit_legacy_cmnd": 0.08,
    "legit_clerk_typo": 0.006, "legit_data_only": 0.03, "legit_backup_dormant": 0.03,
    "legit_online_courier": 0.025, "legit_reregistered_2023": 0.05,
}
FRAUD_BASE = {
    "junk_preactivated_fake": 0.011, "junk_preactivated_leaked": 0.011,
    "junk_agent_own_id": 0.006, "junk_simbox": 0.004, "junk_otp_farm": 0.006,
    "junk_spam_sms": 0.003, "junk_scam_caller": 0.005, "junk_warmed_resale": 0.003,
    "nonowner_dealer_extra": 0.009, "nonowner_stolen_doc": 0.003,
    "nonowner_borrowed_family": 0.004, "nonowner_rented_id": 0.004,
    "nonowner_handed_over": 0.002,
}


def _mix(base, scale=1.0, **over):
    d = {k: v * scale for k, v in base.items()}
    d.update(over)
    return d


SCENARIOS = {
    "national_default": dict(
        desc="Realistic national mix, all carriers, ~7% fraud",
        export=(2026, 4, 30), stealth=0.25, region=None,
        legit=_mix(LEGIT_BASE), fraud=_mix(FRAUD_BASE)),
    "metro_dealer_rings": dict(
        desc="HCMC/Hanoi/industrial belt; dealer-driven pre-activation and agent-own-ID rings, ~11% fraud",
        export=(2026, 4, 30), stealth=0.2, region="metro",
        legit=_mix(LEGIT_BASE, legit_migrant_worker=0.09, legit_student_campaign=0.04,
                   legit_tourist=0.02, legit_foreign_resident=0.015, legit_org_staff=0.04),
        fraud=_mix(FRAUD_BASE, 1.0, junk_preactivated_leaked=0.03, junk_agent_own_id=0.018,
                   nonowner_dealer_extra=0.02, junk_preactivated_fake=0.012)),
    "border_simbox_otp": dict(
        desc="Border and Mekong provinces: SIM boxes, OTP farms, spam and scam callers, ~13% fraud",
        export=(2026, 4, 30), stealth=0.2, region="border",
        legit=_mix(LEGIT_BASE, legit_foreign_resident=0.012, legit_tourist=0.005,
                   legit_data_only=0.04),
        fraud=_mix(FRAUD_BASE, 1.0, junk_simbox=0.035, junk_otp_farm=0.03, junk_spam_sms=0.015,
                   junk_scam_caller=0.02, nonowner_stolen_doc=0.006)),
    "legacy_cleanup_2023": dict(
        desc="Snapshot before the 2023 clean-up: legacy CMND, old pre-activated stock on fabricated IDs, ~14% fraud",
        export=(2023, 3, 20), stealth=0.1, region=None,
        legit=_mix(LEGIT_BASE, legit_legacy_cmnd=0.2, legit_reregistered_2023=0.0,
                   legit_online_courier=0.01, legit_elderly=0.05),
        fraud=_mix(FRAUD_BASE, 0.6, junk_preactivated_fake=0.07, junk_agent_own_id=0.015,
                   nonowner_dealer_extra=0.015)),
    "stealth_trickle": dict(
        desc="Stealthy junk: small lots spread over many dealers, daytime, warmed usage, leaked real IDs, ~4.5% fraud",
        export=(2026, 4, 30), stealth=0.9, region=None,
        legit=_mix(LEGIT_BASE, legit_backup_dormant=0.045, legit_student_campaign=0.03),
        fraud=_mix(FRAUD_BASE, 0.15, junk_warmed_resale=0.018, junk_preactivated_leaked=0.012,
                   junk_otp_farm=0.006, nonowner_dealer_extra=0.004)),
    "stealth_identity_rental": dict(
        desc="Stealthy non-owner: rented, borrowed and handed-over identities, replayed captures, ~5.5% fraud",
        export=(2026, 4, 30), stealth=0.85, region=None,
        legit=_mix(LEGIT_BASE, legit_household=0.17, legit_online_courier=0.035),
        fraud=_mix(FRAUD_BASE, 0.15, nonowner_rented_id=0.016, nonowner_borrowed_family=0.013,
                   nonowner_handed_over=0.008, nonowner_dealer_extra=0.01,
                   nonowner_stolen_doc=0.004)),
    "confounder_heavy": dict(
        desc="Mostly legitimate oddities (fleets, campuses, tourists, twins, elderly), ~1.5% fraud",
        export=(2026, 4, 30), stealth=0.4, region=None,
        legit=_mix(LEGIT_BASE, 1.5),
        fraud=_mix(FRAUD_BASE, 0.2)),
    "mvno_ekyc_2026": dict(
        desc="App-heavy MVNO/small-carrier market after Circular 08 deadlines, ~8% fraud",
        export=(2026, 8, 31), stealth=0.5, region=None, mvno=True,
        legit=_mix(LEGIT_BASE, legit_online_courier=0.05, legit_legacy_cmnd=0.03),
        fraud=_mix(FRAUD_BASE, 1.0, junk_otp_farm=0.015, nonowner_rented_id=0.01,
                   junk_preactivated_fake=0.003)),
}

# ---------------------------------------------------------------------------
# Model objects
# ---------------------------------------------------------------------------


class Person(object):
    __slots__ = ("gender", "dob", "bprov", "rprov", "cccd", "cmnd", "cmnd12", "name",
                 "face", "phone", "phone2", "nat", "passport", "real")


class Agent(object):
    __slots__ = ("id", "carrier", "prov", "kind", "devices", "weight", "special",
                 "owner", "hours")


HOURS = {
    "shop": [0, 0, 0, 0, 0, 0, 0, 1, 4, 9, 10, 8, 4, 4, 7, 8, 8, 8, 8, 7, 5, 2, 0, 0],
    "agent": [0, 0, 0, 0, 0, 0, 1, 3, 6, 8, 8, 7, 5, 5, 6, 7, 7, 8, 9, 9, 7, 4, 1, 0],
    "app": [3, 2, 1, 1, 0.5, 0.5, 1, 2, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 7, 9, 10, 9, 6],
    "night": [8, 7, 5, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 7, 9, 9],
    "kiosk": [4, 3, 2, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5],
    "office": [0, 0, 0, 0, 0, 0, 0, 1, 8, 10, 10, 8, 3, 6, 9, 10, 8, 5, 0, 0, 0, 0, 0, 0],
    "weekend": [0, 0, 0, 0, 0, 0, 0, 2, 5, 6, 6, 5, 4, 5, 7, 8, 9, 9, 9, 8, 6, 3, 1, 0],
}
HOURS_CUM = {}
for _k, _v in HOURS.items():
    _c, _s = [], 0.0
    for _x in _v:
        _s += _x
        _c.append(_s)
    HOURS_CUM[_k] = _c

YEAR_W_LEGIT = {2010: 1, 2011: 1.2, 2012: 1.5, 2013: 2, 2014: 2.5, 2015: 3, 2016: 3.5,
                2017: 4, 2018: 4.5, 2019: 5, 2020: 5.5, 2021: 6, 2022: 6.5, 2023: 7,
                2024: 8, 2025: 9, 2026: 9}


class Gen(object):
    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.sc = SCENARIOS[scenario]
        self.r = random.Random("indep16|%d|%s|%s" % (rows, seed, scenario))
        r = self.r
        ey, em, ed = self.sc["export"]
        self.export_ts = day_ts(ey, em, ed) + 23 * 3600
        self.export_year = ey
        self.stealth = self.sc["stealth"]
        self.rows = []
        self.used_msisdn = set()
        self.used_ids = set()
        # carriers
        cw = list(CARRIER_W_NATIONAL)
        if self.sc.get("mvno"):
            cw = [38, 18, 16, 8, 3, 6, 2, 2.5, 2.5, 2, 2]
        if self.sc.get("region") == "border":
            cw = [55, 20, 15, 6, 1, 2, 0.3, 0.2, 0.2, 0.1, 0.2]
        self.carrier_cum = self._cum(cw)
        self.fraud_cum = self._cum(FRAUD_CARRIER_W if not self.sc.get("mvno") else
                                   [20, 12, 12, 16, 6, 14, 4, 4, 4, 4, 4])
        # provinces
        pw = dict(PROV_POP)
        reg = self.sc.get("region")
        if reg == "metro":
            for p in PROVS:
                pw[p] *= 0.08
            for p, f in (("079", 40), ("001", 30), ("074", 20), ("075", 12), ("027", 8)):
                pw[p] = PROV_POP[p] * f
        elif reg == "border":
            for p in PROVS:
                pw[p] *= 0.1
            for p in BORDER:
                pw[p] = PROV_POP[p] * 6
        self.prov_list = PROVS
        self.prov_cum = self._cum([pw[p] for p in PROVS])
        self.src_list = sorted(MIGRANT_SOURCE)
        self.src_cum = self._cum([MIGRANT_SOURCE[p] for p in self.src_list])
        self.fam_list = [f for f, _ in FAMILY]
        self.fam_cum = self._cum([w for _, w in FAMILY])
        self.year_list = sorted(y for y in YEAR_W_LEGIT if y <= ey)
        self.year_cum = self._cum([YEAR_W_LEGIT[y] for y in self.year_list])
        # ICCID / IMSI counters per carrier
        self.iccid_ctr = {}
        self.imsi_ctr = {}
        for c in CARRIERS:
            blen = ICCID_LEN[c] - 7
            self.iccid_ctr[c] = r.randrange(10 ** (blen - 1), 3 * 10 ** (blen - 1))
            self.imsi_ctr[c] = r.randrange(10 ** 9, 4 * 10 ** 9)
        self.central_lot = {}
        # agents
        self.agents = []
        self.special_idx = {}
        self.buckets = {}
        self.dirty = True
        self.agent_seq = 0
        n_agents = max(40, rows // 220)
        for _ in range(n_agents):
            self.new_agent()
        self.couriers = {}
        self.leaked_pool = []
        self.stock_faces = [r.getrandbits(64) for _ in range(6)]

    # -- generic helpers ---------------------------------------------------
    @staticmethod
    def _cum(ws):
        out, s = [], 0.0
        for w in ws:
            s += w
            out.append(s)
        return out

    def wpick(self, items, cum):
        return items[bisect.bisect_right(cum, self.r.random() * cum[-1])]

    def pick_carrier(self, fraud=False):
        return self.wpick(CARRIERS, self.fraud_cum if fraud else self.carrier_cum)

    def pick_prov(self):
        return self.wpick(self.prov_list, self.prov_cum)

    def new_imei(self, tacs, serial=None):
        tac = tacs[self.r.randrange(len(tacs))] if isinstance(tacs, list) else tacs
        if serial is None:
            serial = self.r.randrange(1000000)
        p = "%s%06d" % (tac, serial % 1000000)
        return p + luhn_cd(p)

    def dual_imei(self, imei):
        p = "%s%06d" % (imei[:8], (int(imei[8:14]) + 1) % 1000000)
        return p + luhn_cd(p)

    def selfie(self, face, maxflip=4, exact=False):
        if exact:
            return "%016x" % face
        r = self.r
        k = r.choice((0, 1, 1, 2, 2, 3, 4)) if maxflip >= 4 else r.randint(0, maxflip)
        for _ in range(k):
            face ^= POPCOUNT_BITS[r.randrange(64)]
        return "%016x" % face

    def fm(self, lo, hi):
        return "%.3f" % self.r.uniform(lo, hi)

    def rand_ts(self, y0, y1=None, hours="agent", lo_ts=None, hi_ts=None):
        r = self.r
        if lo_ts is None:
            lo_ts = day_ts(y0, 1, 1)
            hi_ts = day_ts((y1 or y0) + 1, 1, 1) - 1
        hi_ts = min(hi_ts, self.export_ts - 3600)
        if lo_ts > hi_ts:
            lo_ts = hi_ts - 86400 * 30
        d = lo_ts // 86400 + r.randrange(max(1, (hi_ts - lo_ts) // 86400 + 1))
        h = bisect.bisect_right(HOURS_CUM[hours], r.random() * HOURS_CUM[hours][-1])
        ts = d * 86400 + min(h, 23) * 3600 + r.randrange(3600)
        return min(ts, self.export_ts - 3600)

    def legit_year(self, lo=None):
        while True:
            y = self.wpick(self.year_list, self.year_cum)
            if lo is None or y >= lo:
                return y

    def at_hour(self, day_ts_, hours):
        h = bisect.bisect_right(HOURS_CUM[hours], self.r.random() * HOURS_CUM[hours][-1])
        return day_ts_ - day_ts_ % 86400 + min(h, 23) * 3600 + self.r.randrange(3600)

    # -- agents --------------------------------------------------------------
    def new_agent(self, carrier=None, prov=None, kind=None, special=None, weight=None):
        r = self.r
        a = Agent()
        a.carrier = carrier or self.pick_carrier()
        a.prov = prov or self.pick_prov()
        a.kind = kind or ("STORE" if r.random() < 0.22 else "AGENT")
        a.special = special
        a.owner = None
        self.agent_seq += 1
        a.id = "%s%s%s%05d" % (AGENT_PFX[a.carrier], a.prov, "S" if a.kind == "STORE" else "D",
                               self.agent_seq * 7 + r.randrange(7))
        if a.kind == "STORE":
            a.devices = [self.new_imei(TAC_TABLET) for _ in range(r.randint(2, 6))]
            a.hours = "shop"
        else:
            a.devices = [self.new_imei(TAC_PHONE + TAC_TABLET) for _ in range(r.randint(1, 2))]
            a.hours = "agent"
        if special:
            self.special_idx.setdefault((special, a.carrier, a.prov), []).append(a)
        if special == "airport":
            a.hours = "kiosk"
        a.weight = weight if weight is not None else min(200.0, r.paretovariate(1.15))
        self.agents.append(a)
        if not self.dirty:
            self._bucket_add(self.buckets, a)
        return a

    @staticmethod
    def _bucket_add(b, a):
        if a.special or a.weight <= 0:
            return
        for key in ((a.carrier, a.prov), (a.carrier, None)):
            bk = b.get(key)
            if bk is None:
                bk = b[key] = ([], [])
            lst, cum = bk
            lst.append(a)
            cum.append((cum[-1] if cum else 0.0) + a.weight)

    def _rebuild(self):
        b = {}
        for a in self.agents:
            self._bucket_add(b, a)
        self.buckets = b
        self.dirty = False

    def pick_agent(self, carrier, prov, kind=None):
        if self.dirty:
            self._rebuild()
        r = self.r
        key = (carrier, prov) if r.random() < 0.85 else (carrier, None)
        bk = self.buckets.get(key) or self.buckets.get((carrier, None))
        if bk is None:
            return self.new_agent(carrier=carrier, prov=prov, kind=kind)
        lst, cum = bk
        for _ in range(4):
            a = lst[bisect.bisect_right(cum, r.random() * cum[-1])]
            if kind is None or a.kind == kind:
                return a
        if kind is not None and r.random() < 0.3:
            return self.new_agent(carrier=carrier, prov=prov, kind=kind)
        return a

    def special_agent(self, carrier, special, prov):
        for a in self.special_idx.get((special, carrier, prov), ()):
            if self.r.random() < 0.7:
                return a
        kind = "STORE" if special in ("airport", "enterprise") and self.r.random() < 0.6 else "AGENT"
        return self.new_agent(carrier=carrier, prov=prov, kind=kind, special=special)

    def courier_device(self, prov):
        lst = self.couriers.setdefault(prov, [])
        if not lst or (len(lst) < 8 and self.r.random() < 0.15):
            lst.append(self.new_imei(TAC_PHONE))
        return lst[self.r.randrange(len(lst))]

    # -- identities ------------------------------------------------------------
    def new_person(self, amin=18, amax=75, rprov=None, bprov=None, gender=None, ref_year=None,
                   dob=None):
        r = self.r
        p = Person()
        p.gender = gender or ("M" if r.random() < 0.5 else "F")
        p.rprov = rprov or self.pick_prov()
        if bprov is None:
            mig = MIGRANT_DEST.get(p.rprov, 0.04)
            bprov = self.wpick(self.src_list, self.src_cum) if r.random() < mig else p.rprov
            if r.random() < 0.03:
                bprov = self.pick_prov()
        p.bprov = bprov
        if dob is None:
            ry = ref_year or self.export_year
            age = amin + int((amax - amin) * (r.random() ** 1.3))
            by = ry - age
            bm = r.randint(1, 12)
            bd = r.randint(1, 28)
            if by < 1965 and r.random() < 0.18:
                bm, bd = 1, 1  # registry placeholder DOB for older people
            dob = (by, bm, bd)
        p.dob = dob
        p.cccd = self.make_cccd(p.bprov, p.gender, dob[0])
        p.cmnd = None
        p.cmnd12 = None
        p.name = self.vn_name(p.gender, dob[0])
        p.face = r.getrandbits(64)
        p.phone = self.new_imei(TAC_PHONE if dob[0] > 1958 or r.random() < 0.4 else TAC_FEATURE)
        p.phone2 = None
        p.nat = "VN"
        p.passport = None
        p.real = True
        return p

    def make_cccd(self, bprov, gender, by, rand6=None):
        g = 2 * ((by // 100) - 19) + (1 if gender == "F" else 0)
        while True:
            num = "%s%d%02d%06d" % (bprov, g, by % 100,
                                    rand6 if rand6 is not None else self.r.randrange(1000000))
            if num not in self.used_ids:
                self.used_ids.add(num)
                return num
            rand6 = None

    def cmnd_of(self, p):
        if p.cmnd is None:
            r = self.r
            if r.random() < 0.03 and p.bprov in ("075", "077"):
                p.cmnd = "2714%05d" % r.randrange(50001, 100000)  # documented overlap range
            else:
                pre = CMND_PREFIX.get(p.bprov, "0" + p.bprov[1:])
                p.cmnd = pre + "".join(str(r.randrange(10)) for _ in range(9 - len(pre)))
        return p.cmnd

    def doc_for(self, p, year, force=None):
        """(id_type, id_number) as presented at registration in `year`."""
        r = self.r
        if p.passport:
            return "PASSPORT", p.passport
        kind = force
        if kind is None:
            if year < 2016:
                pc = 0.88
            elif year < 2021:
                pc = 0.5
            elif year < 2023:
                pc = 0.15
            elif year < 2025:
                pc = 0.04
            else:
                pc = 0.008
            kind = "CMND" if r.random() < pc else "CCCD"
        if kind == "CMND":
            if p.cmnd12 is None and r.random() < 0.06:
                # 12-digit legacy CMND: structure unknown, never a CCCD
                p.cmnd12 = "0%d%010d" % (r.randint(1, 9), r.randrange(10 ** 10))
            if p.cmnd12:
                return "CMND", p.cmnd12
            return "CMND", self.cmnd_of(p)
        return "CCCD", p.cccd

    def vn_name(self, gender, by):
        r = self.r
        fam = self.wpick(self.fam_list, self.fam_cum)
        modern = by >= 1990
        if gender == "M":
            mid = r.choice(MID_MODERN_M if modern and r.random() < 0.6 else MID_M)
            given = r.choice(GIVEN_M)
        else:
            mid = r.choice(MID_MODERN_F if modern and r.random() < 0.6 else MID_F)
            given = r.choice(GIVEN_F)
        if mid == given:
            given = r.choice(GIVEN_M if gender == "M" else GIVEN_F)
        parts = [fam, mid, given]
        if r.random() < 0.12:
            parts.insert(2, r.choice(MID_MODERN_F if gender == "F" else MID_MODERN_M))
            if parts[2] == parts[1] or parts[2] == parts[3]:
                del parts[2]
        return " ".join(parts)

    def name_form(self, name, carrier):
        """Clerk rendering of a name."""
        x = self.r.random()
        if carrier in ("GMOBILE", "LOCAL", "ITEL"):
            x *= 0.6
            if x < 0.25:
                return upper_vn(strip_diacritics(name))
        if x < 0.84:
            return name
        if x < 0.93:
            return upper_vn(name)
        if x < 0.975:
            return strip_diacritics(name)
        if x < 0.99:
            return upper_vn(strip_diacritics(name))
        return name.replace(" ", "  ", 1) if x < 0.995 else name + " "

    def fake_person(self, era_year, sloppy=0.35):
        """Fabricated identity: plausible-looking, not a real person."""
        r = self.r
        p = self.new_person(18, 60, ref_year=era_year)
        p.real = False
        if r.random() < sloppy:
            # inconsistent document: wrong gender digit, wrong year or invalid province
            c = p.cccd
            t = r.random()
            if t < 0.4:
                g = int(c[3]) ^ 1
                c = c[:3] + str(g) + c[4:]
            elif t < 0.75:
                c = c[:4] + "%02d" % r.randrange(100) + c[6:]
            else:
                c = r.choice(INVALID_PPP) + c[3:]
            p.cccd = c
        if r.random() < 0.3:
            p.dob = (p.dob[0], 1, 1)
        return p

    def foreigner(self, weights, amin=20, amax=65):
        r = self.r
        nats = sorted(weights)
        nat = self.wpick(nats, self._cum([weights[n] for n in nats]))
        fams, givs = FOREIGN[nat]
        p = Person()
        p.gender = "M" if r.random() < 0.55 else "F"
        age = r.randint(amin, amax)
        p.dob = (self.export_year - age, r.randint(1, 12), r.randint(1, 28))
        p.name = "%s %s" % (r.choice(fams), r.choice(givs))
        if r.random() < 0.3:
            p.name = p.name.title()
        p.nat = nat
        if nat == "KR":
            pp = "M%08d" % r.randrange(10 ** 8)
        elif nat == "CN":
            pp = "E%08d" % r.randrange(10 ** 8)
        elif nat == "JP":
            pp = "T%s%07d" % (r.choice("KRZS"), r.randrange(10 ** 7))
        elif nat in ("US", "TW", "RU"):
            pp = "%09d" % r.randrange(10 ** 8, 10 ** 9)
        elif nat == "FR":
            pp = "%02d%s%s%05d" % (r.randrange(100), r.choice("ABCDEF"), r.choice("ABCDEF"), r.randrange(10 ** 5))
        elif nat == "IN":
            pp = "%s%07d" % (r.choice("JKLMNPRSTUVWZ"), r.randrange(10 ** 7))
        else:
            pp = "%s%07d" % (r.choice("ABCNPX"), r.randrange(10 ** 7))
        p.passport = pp
        p.cccd = p.cmnd = p.cmnd12 = None
        p.face = r.getrandbits(64)
        p.phone = self.new_imei(TAC_PHONE)
        p.phone2 = None
        p.bprov = p.rprov = None
        p.real = True
        return p

    # -- numbers -------------------------------------------------------------
    def new_msisdn(self, carrier):
        r = self.r
        pl, cum = PREFIX_CUM[carrier]
        while True:
            pre = pl[bisect.bisect_right(cum, r.random() * cum[-1])]
            if pre == "99":
                n = "99%d%06d" % (r.randint(3, 7), r.randrange(10 ** 6))
            else:
                n = "%s%07d" % (pre, r.randrange(10 ** 7))
            if n not in self.used_msisdn:
                self.used_msisdn.add(n)
                return n

    def msisdn_block(self, carrier, n, gap=0.0):
        r = self.r
        out = []
        base = self.new_msisdn(carrier)
        self.used_msisdn.discard(base)
        cur = int(base)
        lim = cur - cur % 10 ** 6 + 10 ** 6
        while len(out) < n:
            s = "%09d" % cur
            if cur >= lim:
                s = self.new_msisdn(carrier)
                out.append(s)
                cur = int(s) + 1
                lim = cur - cur % 10 ** 6 + 10 ** 6
                continue
            if s not in self.used_msisdn and r.random() >= gap:
                self.used_msisdn.add(s)
                out.append(s)
            cur += 1
        return out

    def sim_lot(self, carrier, n):
        """Preassigned sequential (iccid, imsi) lot."""
        base = self.iccid_ctr[carrier] + self.r.randrange(1, 5000)
        self.iccid_ctr[carrier] = base + n + 1
        ib = self.imsi_ctr[carrier] + self.r.randrange(1, 5000)
        self.imsi_ctr[carrier] = ib + n + 1
        return [(self.iccid_str(carrier, base + i), self.imsi_str(carrier, ib + i)) for i in range(n)]

    def iccid_str(self, carrier, serial):
        blen = ICCID_LEN[carrier] - 7
        p = "8984%s%0*d" % (MNC[carrier], blen, serial % 10 ** blen)
        return p + luhn_cd(p)

    def imsi_str(self, carrier, msin):
        return "452%s%010d" % (MNC[carrier], msin % 10 ** 10)

    # -- usage ---------------------------------------------------------------
    def usage(self, prof):
        """Returns 8 ints (active, oc, ic, os, is, dc, topup, data)."""
        r = self.r
        lg = r.lognormvariate
        if prof == "ordinary":
            ad = r.randint(16, 30)
            oc = int(lg(3.6, 0.8))
            ic = int(lg(3.6, 0.7))
            osm = int(lg(1.2, 1.2)) if r.random() < 0.8 else 0
            ism = int(lg(3.0, 0.7))
            dc = max(1 if oc else 0, min(oc, int(oc * r.uniform(0.12, 0.45)) + 1)) if oc else 0
            tp = r.choice((0, 10000, 20000, 50000, 50000, 100000, 100000, 120000, 200000, 300000, 500000))
            dm = int(lg(7.6, 1.1))
            return [ad, oc, ic, osm, ism, dc, tp, dm]
        if prof == "heavy":
            u = self.usage("ordinary")
            u[0] = r.randint(27, 30)
            u[1] *= 3
            u[2] *= 2
            u[5] = min(u[1], u[5] * 3)
            u[6] = r.choice((200000, 300000, 500000, 1000000))
            return u
        if prof == "light":
            ad = r.randint(5, 25)
            oc = int(lg(1.8, 0.9))
            ic = int(lg(2.3, 0.8))
            dc = min(oc, int(lg(1.0, 0.6))) if oc else 0
            return [ad, oc, ic, int(lg(0.3, 1.0)) if r.random() < 0.5 else 0, int(lg(2.0, 0.8)),
                    dc, r.choice((0, 0, 10000, 20000, 50000)), int(lg(5.5, 1.4))]
        if prof == "elderly":
            ad = r.randint(3, 30)
            ic = int(lg(2.5, 0.7))
            oc = int(lg(1.3, 0.8)) if r.random() < 0.8 else 0
            return [ad, oc, ic, 0, int(lg(1.5, 0.8)), min(oc, r.randint(1, 4)) if oc else 0,
                    r.choice((0, 0, 0, 10000, 20000)), 0 if r.random() < 0.7 else int(lg(2, 1))]
        if prof == "young":
            u = self.usage("ordinary")
            u[1] //= 3
            u[5] = min(u[1], u[5])
            u[7] = int(lg(9.0, 0.7))
            u[4] += r.randint(5, 40)
            return u
        if prof == "data":
            return [r.randint(15, 30), 0, 0, 0, r.randint(0, 8), 0,
                    r.choice((0, 70000, 90000, 120000, 200000)), int(lg(9.3, 0.8))]
        if prof == "iot":
            return [r.randint(20, 30), 0, 0, r.randint(0, 60), r.randint(0, 60), 0, 0,
                    int(lg(3.0, 1.0))]
        if prof == "dormant":
            ad = r.choice((0, 0, 1, 1, 2, 3))
            return [ad, r.randint(0, 1) if ad else 0, r.randint(0, 3) if ad else 0, 0,
                    r.randint(0, 6), 0, 0, 0 if r.random() < 0.8 else r.randint(1, 30)]
        if prof == "tourist":
            ad = r.randint(3, 16)
            oc = r.randint(0, 6)
            return [ad, oc, r.randint(0, 8), r.randint(0, 3), r.randint(1, 12), oc,
                    0 if r.random() < 0.85 else 100000, int(lg(8.2, 0.8))]
        if prof == "dead":
            return [0, 0, 0, 0, 0, 0, 0, 0]
        if prof == "resale":  # pre-activated SIM bought by someone later: short life
            if r.random() < 0.5:
                return self.usage("dead") if r.random() < 0.6 else self.usage("dormant")
            u = self.usage("light")
            u[0] = r.randint(1, 9)
            return u
        if prof == "simbox":
            ad = r.randint(4, 30)
            oc = int(lg(7.2, 0.6))
            return [ad, oc, r.randint(0, 6), 0, r.randint(0, 4), int(oc * r.uniform(0.75, 0.98)),
                    r.choice((0, 200000, 500000, 1000000, 2000000)), 0]
        if prof == "simbox_stealth":
            ad = r.randint(15, 30)
            oc = int(lg(5.6, 0.5))
            return [ad, oc, int(oc * r.uniform(0.1, 0.35)), r.randint(0, 5), r.randint(2, 20),
                    int(oc * r.uniform(0.5, 0.8)), r.choice((100000, 200000, 300000)),
                    r.randint(0, 40)]
        if prof == "otp":
            ad = r.randint(8, 30)
            return [ad, 0, r.randint(0, 2), r.randint(0, 2), int(lg(4.8, 0.8)), 0,
                    r.choice((0, 0, 10000)), r.randint(0, 3)]
        if prof == "otp_stealth":
            ad = r.randint(10, 30)
            oc = r.randint(0, 6)
            return [ad, oc, r.randint(0, 8), r.randint(0, 4), int(lg(4.0, 0.6)), min(oc, 3),
                    r.choice((10000, 20000)), r.randint(5, 300)]
        if prof == "spam":
            ad = r.randint(2, 12)
            os_ = int(lg(8.3, 0.7))
            return [ad, r.randint(0, 3), r.randint(0, 10), os_, r.randint(0, 30),
                    int(os_ * r.uniform(0.7, 0.97)), r.choice((0, 100000, 500000)), r.randint(0, 20)]
        if prof == "scam":
            ad = r.randint(2, 12)
            oc = int(lg(5.7, 0.6))
            return [ad, oc, r.randint(0, 25), r.randint(0, 20), r.randint(0, 30),
                    int(oc * r.uniform(0.6, 0.95)), r.choice((0, 50000, 100000, 200000)),
                    r.randint(0, 500)]
        if prof == "warmed":
            ad = r.randint(12, 30)
            oc = int(lg(2.5, 0.6))
            ic = int(lg(2.5, 0.6))
            return [ad, oc, ic, r.randint(0, 6), int(lg(2.2, 0.7)), min(oc, r.randint(1, 4)),
                    r.choice((10000, 10000, 20000, 20000, 50000)), int(lg(4.5, 1.0))]
        return self.usage("ordinary")

    # -- row emission ----------------------------------------------------------
    def emit(self, pat, junk, non, carrier, n9, ts, channel, agent, person=None, doc=None,
             name=None, selfie="", fmatch="", popdb=None, status="ACTIVE", first_use=None,
             usage="ordinary", sim=None, device=None, org=None, prov=None, gender_show=True):
        r = self.r
        if person is not None:
            idt, idn = doc if doc else self.doc_for(person, int(time.gmtime(ts).tm_year))
            nm = name if name is not None else self.name_form(person.name, carrier)
            dob = "%04d-%02d-%02d" % person.dob
            g = person.gender if gender_show and r.random() > 0.04 else ""
            nat = person.nat
            if nat == "VN" and r.random() < 0.25:
                nat = ""
            pv = prov if prov is not None else (person.rprov or "")
            if pv and r.random() < 0.03:
                pv = ""
            stype = "" if r.random() < 0.4 else "INDIVIDUAL"
        else:  # organisation
            idt, idn, nm, pv = "ORG", org[0], org[1], org[2]
            dob, g, nat, stype = "", "", "VN" if r.random() < 0.7 else "", "ORGANIZATION"
        if popdb is None:
            popdb = self.default_popdb(ts, idt)
        if device is None:
            if channel in ("STORE", "AGENT") and agent is not None:
                devs = agent.devices
                device = devs[r.randrange(len(devs))]
            elif channel == "EKYC_APP" and person is not None:
                device = person.phone
            else:
                device = ""
        if first_use is None:
            first_use = person.phone if person is not None else ""
        # early-life usage availability
        u = ["", "", "", "", "", "", "", ""]
        if (usage and r.random() < CARRIER_STYLE[carrier][3] and ts >= 1609459200
                and ts < self.export_ts - 30 * 86400):
            vals = self.usage(usage)
            u = [str(v) for v in vals]
            if r.random() < 0.02:
                u[6] = ""  # topup unknown (partner top-up channel)
            if r.random() < 0.02:
                u[7] = ""
        row = [carrier, n9, sim, stype, idt, idn, nm, dob, g, nat, pv, ts, channel,
               agent.id if (agent is not None and channel in ("STORE", "AGENT")) else "",
               device, selfie, fmatch, popdb, status, first_use] + u + [junk, non, pat,
                                                                          agent]
        self.rows.append(row)
        return row

    def default_popdb(self, ts, idt):
        r = self.r
        if idt == "ORG":
            return r.choice(("", "UNCHECKED", "UNCHECKED"))
        if idt == "PASSPORT":
            return r.choice(("", "UNCHECKED", "UNCHECKED", "NOT_FOUND"))
        if ts >= 1659286800:  # 2022-08-01
            x = r.random()
            return "MATCH" if x < 0.985 else ("MISMATCH" if x < 0.995 else "UNCHECKED")
        x = r.random()
        return "MATCH" if x < 0.6 else ("UNCHECKED" if x < 0.82 else ("" if x < 0.97 else "MISMATCH"))

    def capture(self, ts, channel, face, good=True, lo=0.78, hi=0.99):
        """Selfie/face-match fields according to the capture era of the channel."""
        r = self.r
        y = ts / 31557600.0 + 1970
        if channel == "EKYC_APP":
            p = 0.97
        elif channel == "STORE":
            p = 0.0 if y < 2020.5 else (0.6 if y < 2023 else 0.93)
        elif channel == "AGENT":
            p = 0.0 if y < 2021.5 else (0.35 if y < 2023.3 else 0.8)
        else:
            p = 0.0 if y < 2021.5 else 0.6
        if ts >= 1776186000:  # 2026-04-15 Circular 08
            p = 1.0
        if r.random() >= p:
            return "", ""
        return self.selfie(face), (self.fm(lo, hi) if good else self.fm(0.05, 0.45))

    def legit_channel(self, year):
        r = self.r
        x = r.random()
        if year < 2019:
            return "STORE" if x < 0.25 else "AGENT"
        if year < 2021:
            return "STORE" if x < 0.25 else ("AGENT" if x < 0.88 else ("EKYC_APP" if x < 0.95 else "ONLINE"))
        if year < 2024:
            return "STORE" if x < 0.24 else ("AGENT" if x < 0.7 else ("EKYC_APP" if x < 0.88 else "ONLINE"))
        return "STORE" if x < 0.25 else ("AGENT" if x < 0.6 else ("EKYC_APP" if x < 0.85 else "ONLINE"))

    def legit_status(self, ts, idt, pat=None):
        r = self.r
        x = r.random()
        if idt == "CMND" and self.export_ts > 1781481600 and x < 0.15:  # after 2026-06-15
            return "ONE_WAY_LOCKED"
        if x < 0.025:
            return "TERMINATED"
        if x < 0.033:
            return "ONE_WAY_LOCKED"
        if x < 0.036:
            return "TWO_WAY_LOCKED"
        return "ACTIVE"

    # one legitimate subscription for a person
    def legit_sub(self, pat, p, carrier=None, year=None, channel=None, agent=None, ts=None,
                  usage=None, first_use=None, device=None, ported=False, doc=None, name=None,
                  popdb=None, status=None, fm_range=(0.78, 0.99), hours=None, n9=None, sim=None):
        r = self.r
        carrier = carrier or self.pick_carrier()
        if ts is None:
            year = year or self.legit_year()
            channel = channel or self.legit_channel(year)
            if channel in ("STORE", "AGENT") and agent is None:
                agent = self.pick_agent(carrier, p.rprov, channel)
            hrs = hours or (agent.hours if agent is not None and channel in ("STORE", "AGENT") else "app")
            ts = self.rand_ts(year, hours=hrs)
        else:
            channel = channel or "AGENT"
        if channel == "ONLINE" and device is None:
            device = self.courier_device(p.rprov or "079") if r.random() < 0.5 else ""
        if n9 is None:
            if ported:
                donors = [c for c in ("VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE") if c != carrier]
                n9 = self.new_msisdn(r.choice(donors))
            else:
                n9 = self.new_msisdn(carrier)
        selfie, fmv = self.capture(ts, channel, p.face, True, *fm_range)
        if usage is None:
            usage = r.choice(("ordinary", "ordinary", "ordinary", "ordinary", "light", "heavy",
                              "young" if p.dob[0] > 1995 else "ordinary", "data" if r.random() < 0.2 else "light"))
        if doc is None:
            doc = self.doc_for(p, int(time.gmtime(ts).tm_year))
        if status is None:
            status = self.legit_status(ts, doc[0])
        return self.emit(pat, 0, 0, carrier, n9, ts, channel, agent, person=p, doc=doc, name=name,
                         selfie=selfie, fmatch=fmv, popdb=popdb, status=status,
                         first_use=first_use, usage=usage, device=device, sim=sim)

    # ------------------------------------------------------------------------
    # Legitimate patterns (each returns number of rows produced)
    # ------------------------------------------------------------------------
    def g_legit_ordinary(self, left):
        r = self.r
        p = self.new_person(16, 80)
        k = 1 if r.random() < 0.72 else (2 if r.random() < 0.8 else 3)
        k = min(k, left)
        n = 0
        carriers = [self.pick_carrier() for _ in range(k)]
        for i in range(k):
            fu = None
            if i == 1 and r.random() < 0.5:  # dual-SIM phone
                if p.phone2 is None:
                    p.phone2 = self.dual_imei(p.phone)
                fu = p.phone2
            self.legit_sub("legit_ordinary", p, carrier=carriers[i], first_use=fu,
                           ported=(r.random() < 0.01))
            n += 1
        return n

    def g_legit_ported(self, left):
        p = self.new_person(18, 70)
        y = self.legit_year(2018)
        self.legit_sub("legit_ported", p, year=y, channel=("STORE" if self.r.random() < 0.6 else "AGENT"),
                       ported=True)
        return 1

    def g_legit_household(self, left):
        r = self.r
        prov = self.pick_prov()
        head = self.new_person(35, 60, rprov=prov)
        members = [head]
        spouse = None
        if r.random() < 0.85:
            spouse = self.new_person(head_age_lo(head, self), head_age_hi(head, self), rprov=prov,
                                     gender=("F" if head.gender == "M" else "M"))
            members.append(spouse)
        for _ in range(r.choice((0, 1, 1, 2, 2, 3))):
            c = self.new_person(18, 28, rprov=prov, bprov=head.bprov if r.random() < 0.8 else None)
            c.name = head.name.split(" ")[0] + " " + " ".join(c.name.split(" ")[1:])
            members.append(c)
        elders = []
        if r.random() < 0.35:
            e = self.new_person(68, 90, rprov=prov, bprov=head.bprov)
            elders.append(e)
        carrier = self.pick_carrier()
        year = self.legit_year(2016)
        channel = self.legit_channel(year)
        agent = self.pick_agent(carrier, prov) if channel in ("STORE", "AGENT") else None
        if agent is not None:
            channel = agent.kind
        hrs = agent.hours if agent else "app"
        base = self.rand_ts(year, hours=hrs)
        n = 0
        for m in members:
            if n >= left:
                return n
            same_visit = r.random() < 0.6
            ts = base + r.randrange(60, 1800) * (n + 1) if same_visit else None
            if same_visit:
                self.legit_sub("legit_household", m, carrier=carrier, channel=channel,
                               agent=agent, ts=ts)
            else:
                self.legit_sub("legit_household", m)
            n += 1
        # minors: SIM registered under the parent's document
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            if n >= left:
                return n
            kid_phone = self.new_imei(TAC_FEATURE + TAC_PHONE)
            ts = base + r.randrange(60, 3600) if r.random() < 0.5 else None
            self.legit_sub("legit_household", head, carrier=carrier,
                           channel=(channel if ts else None), agent=(agent if ts else None), ts=ts,
                           first_use=kid_phone, usage="young")
            n += 1
        # elderly parent registered via eKYC on an adult child's phone
        for e in elders:
            if n >= left:
                return n
            helper = members[-1]
            ts = self.rand_ts(self.legit_year(2021), hours="app")
            self.legit_sub("legit_household", e, carrier=carrier, channel="EKYC_APP", ts=ts,
                           device=helper.phone, usage="elderly", fm_range=(0.55, 0.85))
            n += 1
        return n

    def g_legit_multi_sim(self, left):
        r = self.r
        p = self.new_person(28, 60)
        k = min(left, r.randint(4, 10))
        carrier = self.pick_carrier()
        n = 0
        app_count = 0
        y0 = self.legit_year(2016)
        for i in range(k):
            c = carrier if r.random() < 0.7 else self.pick_carrier()
            y = min(self.export_year, y0 + r.randint(0, 4))
            ch = self.legit_channel(y)
            if ch in ("EKYC_APP", "ONLINE"):
                if app_count >= 3:  # Decree 163 Art. 16: 4th+ in person
                    ch = "STORE"
                else:
                    app_count += 1
            fu = None
            us = None
            if r.random() < 0.35:
                fu = self.new_imei(TAC_ROUTER + TAC_TABLET)
                us = "data"
            elif r.random() < 0.2:
                us = "dormant"
            self.legit_sub("legit_multi_sim", p, carrier=c, year=y, channel=ch, first_use=fu, usage=us)
            n += 1
        return n

    def g_legit_data_only(self, left):
        p = self.new_person(20, 60)
        self.legit_sub("legit_data_only", p, year=self.legit_year(2017),
                       first_use=self.new_imei(TAC_ROUTER + TAC_TABLET + TAC_IOT), usage="data")
        return 1

    def g_legit_backup_dormant(self, left):
        r = self.r
        p = self.new_person(22, 70)
        n = 0
        if left >= 2 and r.random() < 0.6:
            self.legit_sub("legit_backup_dormant", p)
            n += 1
        if p.phone2 is None:
            p.phone2 = self.dual_imei(p.phone)
        self.legit_sub("legit_backup_dormant", p, first_use=p.phone2 if r.random() < 0.7 else None,
                       usage="dormant")
        return n + 1

    def _org(self, iot=False, prov=None):
        r = self.r
        prov = prov or self.pick_prov()
        field = r.choice(ORG_IOT_FIELD if iot else ORG_FIELD)
        nm = "Công ty %s %s %s" % (r.choice(ORG_KIND), field, r.choice(ORG_BRAND))
        if r.random() < 0.6:
            nm = upper_vn(nm)
        tax = "0%09d" % r.randrange(10 ** 8, 10 ** 9)
        if r.random() < 0.12:
            tax += "-%03d" % r.randint(1, 20)
        return (tax, nm, prov)

    def g_legit_org_iot(self, left):
        r = self.r
        org = self._org(True)
        carrier = self.wpick(CARRIERS[:3], [55, 80, 100])
        k = min(left, int(min(2500, r.paretovariate(1.1) * 25)), max(5, self.N // 50))
        agent = self.special_agent(carrier, "enterprise", org[2])
        nums = self.msisdn_block(carrier, k, gap=0.05)
        sims = self.sim_lot(carrier, k)
        y = self.legit_year(2018)
        ts0 = self.rand_ts(y, hours="office")
        mods = r.randrange(900000)
        tac = r.choice(TAC_IOT)
        for i in range(k):
            ts = ts0 + (i // 200) * 86400 + i * r.randint(2, 30)
            fu = self.new_imei(tac, mods + i) if r.random() < 0.85 else ""
            st = "ACTIVE" if r.random() < 0.93 else r.choice(("TERMINATED", "ONE_WAY_LOCKED"))
            self.emit("legit_org_iot", 0, 0, carrier, nums[i], ts, agent.kind, agent, org=org,
                      popdb=None, status=st, first_use=fu, usage="iot" if fu else "dead",
                      sim=sims[i])
        return k

    def g_legit_org_staff(self, left):
        r = self.r
        org = self._org(False)
        carrier = self.wpick(CARRIERS[:3], [55, 80, 100])
        k = min(left, int(min(400, r.paretovariate(1.3) * 8)))
        agent = self.special_agent(carrier, "enterprise", org[2])
        seq = r.random() < 0.5
        nums = self.msisdn_block(carrier, k, gap=0.3) if seq else [self.new_msisdn(carrier) for _ in range(k)]
        y = self.legit_year(2015)
        ts0 = self.rand_ts(y, hours="office")
        for i in range(k):
            ts = ts0 + r.randrange(0, 86400 * (3 if i < k * 0.7 else 700))
            ts = min(ts, self.export_ts - 7200)
            st = "ACTIVE" if r.random() < 0.9 else "TERMINATED"
            self.emit("legit_org_staff", 0, 0, carrier, nums[i], ts, agent.kind, agent, org=org,
                      status=st, first_use=self.new_imei(TAC_PHONE), usage=r.choice(("ordinary", "heavy")))
        return k

    def g_legit_tourist(self, left):
        r = self.r
        prov = self.wpick(sorted(AIRPORT), self._cum([AIRPORT[k] for k in sorted(AIRPORT)]))
        carrier = self.wpick(CARRIERS[:4], [45, 70, 95, 100])
        agent = self.special_agent(carrier, "airport", prov)
        k = min(left, r.randint(1, 60))
        y = self.legit_year(2017)
        day = self.rand_ts(y, hours="kiosk")
        day -= day % 86400
        n = 0
        for i in range(k):
            p = self.foreigner(FOREIGN_W_TOURIST)
            p.rprov = prov
            ts = self.at_hour(day + (i % 3) * 86400, "kiosk")
            selfie, fmv = self.capture(ts, agent.kind, p.face)
            age_days = (self.export_ts - ts) // 86400
            st = "TERMINATED" if age_days > 120 and r.random() < 0.8 else "ACTIVE"
            self.emit("legit_tourist", 0, 0, carrier, self.new_msisdn(carrier), ts, agent.kind, agent,
                      person=p, selfie=selfie, fmatch=fmv, status=st, usage="tourist")
            n += 1
            if n < left and r.random() < 0.04:  # returning visitor, same passport, new trip
                ts2 = min(self.export_ts - 7200, ts + r.randint(200, 900) * 86400)
                self.emit("legit_tourist", 0, 0, carrier, self.new_msisdn(carrier), ts2, agent.kind,
                          agent, person=p, selfie=self.selfie(p.face), fmatch=self.fm(0.8, 0.97),
                          usage="tourist")
                n += 1
        return n

    def g_legit_foreign_resident(self, left):
        r = self.r
        p = self.foreigner(FOREIGN_W_RESIDENT, 25, 60)
        p.rprov = r.choice(INDUSTRIAL + ["001", "079", "048"])
        k = min(left, r.choice((1, 1, 1, 2)))
        for _ in range(k):
            self.legit_sub("legit_foreign_resident", p, year=self.legit_year(2015),
                           channel="STORE" if r.random() < 0.7 else "AGENT")
        return k

    def g_legit_migrant_worker(self, left):
        r = self.r
        prov = r.choice(INDUSTRIAL[:6]) if self.sc.get("region") != "border" else r.choice(BORDER)
        carrier = self.wpick(CARRIERS[:6], [40, 55, 70, 88, 90, 100])
        agent = self.special_agent(carrier, "izone", prov)
        agent.hours = "weekend"
        y = self.legit_year(2017)
        day = self.rand_ts(y, hours="weekend")
        day -= day % 86400
        k = min(left, r.randint(8, 60))
        for i in range(k):
            bp = self.wpick(self.src_list, self.src_cum)
            p = self.new_person(18, 35, rprov=prov, bprov=bp)
            ts = self.at_hour(day + (i // 25) * 86400 * 7, "weekend")
            self.legit_sub("legit_migrant_worker", p, carrier=carrier, channel=agent.kind,
                           agent=agent, ts=ts, usage=r.choice(("ordinary", "light", "young")))
        return k

    def g_legit_student_campaign(self, left):
        r = self.r
        prov = self.wpick(sorted(CAMPUS), self._cum([CAMPUS[k] for k in sorted(CAMPUS)]))
        carrier = self.wpick(CARRIERS[:3], [50, 75, 100])
        agent = self.special_agent(carrier, "campus", prov)
        y = self.legit_year(2018)
        day = day_ts(y, r.choice((8, 9, 9, 10)), r.randint(1, 25))
        if day > self.export_ts - 86400 * 10:
            y -= 1
            day = day_ts(y, 9, r.randint(1, 25))
        k = min(left, r.randint(40, 400))
        nums = self.msisdn_block(carrier, k, gap=0.15)
        sims = self.sim_lot(carrier, k)
        order = list(range(k))
        for j in range(k - 1):  # kits are handed out roughly, not strictly, in sequence
            if r.random() < 0.2:
                order[j], order[j + 1] = order[j + 1], order[j]
        for j in range(k):
            i = order[j]
            p = self.new_person(18, 19, rprov=prov, ref_year=y)
            ts = self.at_hour(day + (j // 120) * 86400, "shop")
            self.legit_sub("legit_student_campaign", p, carrier=carrier, channel="AGENT", agent=agent,
                           ts=ts, n9=nums[i], sim=sims[i], usage="young", doc=("CCCD", p.cccd))
        return k

    def g_legit_elderly(self, left):
        r = self.r
        p = self.new_person(65, 95)
        y = self.legit_year(2014)
        doc = self.doc_for(p, y, force="CMND" if r.random() < 0.5 else None)
        self.legit_sub("legit_elderly", p, year=y, channel="STORE" if r.random() < 0.6 else "AGENT",
                       usage="elderly", doc=doc, fm_range=(0.42, 0.8),
                       first_use=self.new_imei(TAC_FEATURE) if r.random() < 0.7 else None)
        return 1

    def g_legit_twins(self, left):
        r = self.r
        a = self.new_person(16, 45)
        b = self.new_person(bprov=a.bprov, rprov=a.rprov, dob=a.dob,
                            gender=a.gender if r.random() < 0.7 else None)
        b.name = " ".join(a.name.split(" ")[:-1] + [r.choice(GIVEN_M if b.gender == "M" else GIVEN_F)])
        if r.random() < 0.7:  # identical twins: near-identical face hashes
            f = a.face
            for _ in range(r.randint(2, 6)):
                f ^= POPCOUNT_BITS[r.randrange(64)]
            b.face = f
        carrier = self.pick_carrier()
        y = self.legit_year(2019)
        ch = self.legit_channel(y)
        ag = self.pick_agent(carrier, a.rprov, ch) if ch in ("STORE", "AGENT") else None
        if ag:
            ch = ag.kind
        ts = self.rand_ts(y, hours=ag.hours if ag else "app")
        n = 0
        for p in (a, b)[:left]:
            dev = a.phone if ch == "EKYC_APP" else None
            self.legit_sub("legit_twins", p, carrier=carrier, channel=ch, agent=ag,
                           ts=ts + n * r.randint(60, 900), device=dev)
            n += 1
        return n

    def g_legit_legacy_cmnd(self, left):
        r = self.r
        p = self.new_person(30, 80, ref_year=2014)
        y = r.randint(2008, min(2018, self.export_year))
        doc = self.doc_for(p, y, force="CMND")
        ch = "STORE" if r.random() < 0.3 else "AGENT"
        pop = r.choice(("MATCH", "MATCH", "MATCH", "UNCHECKED", "", "UNCHECKED"))
        if y < 2010:
            y = 2010
        self.legit_sub("legit_legacy_cmnd", p, year=y, channel=ch, doc=doc, popdb=pop,
                       status="ACTIVE" if r.random() < 0.93 else "ONE_WAY_LOCKED",
                       device=("000000000000000" if r.random() < 0.05 else None))
        return 1

    def g_legit_clerk_typo(self, left):
        r = self.r
        p = self.new_person(18, 75)
        c = p.cccd
        t = r.random()
        dob = p.dob
        if t < 0.35:  # mistyped digit in the random part
            i = r.randrange(6, 12)
            c = c[:i] + str((int(c[i]) + r.randint(1, 9)) % 10) + c[i + 1:]
        elif t < 0.55:  # gender digit slip
            c = c[:3] + str(int(c[3]) ^ 1) + c[4:]
        elif t < 0.75:  # adjacent digits transposed
            i = r.randrange(3, 11)
            c = c[:i] + c[i + 1] + c[i] + c[i + 2:]
        else:  # day and month swapped in DOB
            if dob[2] <= 12:
                p.dob = (dob[0], dob[2], dob[1])
            else:
                p.dob = (dob[0], dob[1], dob[2] - 1)
        y = self.legit_year(2019)
        st = "ACTIVE" if r.random() < 0.75 else "ONE_WAY_LOCKED"
        pop = "MISMATCH" if y >= 2022 or r.random() < 0.5 else "UNCHECKED"
        self.legit_sub("legit_clerk_typo", p, year=y, doc=("CCCD", c), popdb=pop, status=st)
        return 1

    def g_legit_online_courier(self, left):
        r = self.r
        prov = self.pick_prov()
        carrier = self.pick_carrier()
        dev = self.courier_device(prov)
        k = min(left, r.randint(1, 12))
        y = self.legit_year(2021)
        for _ in range(k):
            p = self.new_person(18, 55, rprov=prov)
            ts = self.rand_ts(y, hours="office")
            self.legit_sub("legit_online_courier", p, carrier=carrier, channel="ONLINE", ts=ts,
                           device=dev)
        return k

    def g_legit_reregistered_2023(self, left):
        r = self.r
        prov = self.pick_prov()
        carrier = self.pick_carrier()
        agent = self.pick_agent(carrier, prov, "STORE")
        day = day_ts(2023, r.choice((3, 3, 4, 4, 5)), r.randint(1, 28))
        if day > self.export_ts:
            return self.g_legit_ordinary(left)
        k = min(left, r.randint(5, 80))
        for i in range(k):
            p = self.new_person(25, 85, rprov=prov)
            ts = self.at_hour(day + (i // 40) * 86400, "shop")
            self.legit_sub("legit_reregistered_2023", p, carrier=carrier, channel=agent.kind,
                           agent=agent, ts=ts, doc=("CCCD", p.cccd), popdb="MATCH",
                           usage=None if r.random() < 0.7 else "elderly")
        return k

    # ------------------------------------------------------------------------
    # Fraud patterns
    # ------------------------------------------------------------------------
    def corrupt_agent(self, carrier, prov=None):
        """An ordinary-looking dealer (it keeps its legitimate customers)."""
        r = self.r
        prov = prov or self.pick_prov()
        if self.dirty:
            self._rebuild()
        bk = self.buckets.get((carrier, prov))
        if bk and r.random() < 0.7:
            cands = [a for a in bk[0] if a.kind == "AGENT"]
            if cands:
                return r.choice(cands)
        return self.new_agent(carrier=carrier, prov=prov, kind="AGENT", weight=r.uniform(0.3, 2))

    def fraud_status(self, ts, strong=0.5):
        r = self.r
        age = (self.export_ts - ts) / 86400.0
        x = r.random()
        if self.export_ts > 1781481600 and ts < 1781481600:
            strong = max(strong, 0.75)  # unconfirmed in VNeID -> locked/revoked
        if age < 20 or x > strong:
            return "ACTIVE"
        return r.choice(("ONE_WAY_LOCKED", "TWO_WAY_LOCKED", "TWO_WAY_LOCKED", "TERMINATED"))

    def leaked_identity(self, fresh=0.6):
        if not self.leaked_pool or self.r.random() < fresh:
            p = self.new_person(20, 70)
            self.leaked_pool.append(p)
            if len(self.leaked_pool) > 400:
                self.leaked_pool.pop(self.r.randrange(400))
            return p
        return self.leaked_pool[self.r.randrange(len(self.leaked_pool))]

    def g_junk_preactivated_fake(self, left):
        r = self.r
        st = r.random() < self.stealth
        carrier = self.pick_carrier(True)
        agent = self.corrupt_agent(carrier)
        y = r.choice((2015, 2016, 2016, 2017, 2017, 2018, 2018, 2019, 2020, 2021, 2022, 2023))
        y = min(y, self.export_year)
        k = min(left, r.randint(3, 15) if st else int(min(400, 10 + r.paretovariate(1.2) * 25)))
        nums = self.msisdn_block(carrier, k, gap=0.1 if not st else 0.9)
        sims = self.sim_lot(carrier, k) if not st or r.random() < 0.5 else [None] * k
        t0 = self.rand_ts(y, hours="agent" if st else "night")
        ids = []
        stock = self.stock_faces[r.randrange(len(self.stock_faces))]
        for i in range(k):
            if not ids or r.random() < 0.55:
                ids.append(self.fake_person(y))
            p = ids[-1] if r.random() < 0.7 else ids[r.randrange(len(ids))]
            ts = t0 + i * (r.randint(20, 240) if not st else r.randint(3600, 86400 * 3))
            ts = min(ts, self.export_ts - 3600)
            sf, fmv = "", ""
            if ts > 1590969600 and r.random() < 0.6:  # capture era: flower / stock image
                sf = self.selfie(stock, 1)
                fmv = self.fm(0.02, 0.35)
            doc = self.doc_for(p, int(time.gmtime(ts).tm_year))
            if doc[0] == "CCCD":
                doc = ("CCCD", p.cccd)
            pop = r.choice(("NOT_FOUND", "NOT_FOUND", "MISMATCH", "UNCHECKED", "")) if ts < 1659286800 \
                else r.choice(("NOT_FOUND", "MISMATCH", "MATCH"))
            used = r.random() < 0.55
            self.emit("junk_preactivated_fake", 1, 0, carrier, nums[i], ts, "AGENT", agent,
                      person=p, doc=doc, selfie=sf, fmatch=fmv, popdb=pop,
                      status=self.fraud_status(ts, 0.65), first_use=self.new_imei(TAC_PHONE) if used else "",
                      usage="resale" if used else "dead", sim=sims[i])
        return k

    def g_junk_preactivated_leaked(self, left):
        r = self.r
        st = r.random() < self.stealth
        carrier = self.pick_carrier(True)
        agent = self.corrupt_agent(carrier)
        y = r.choice((2022, 2023, 2023, 2024, 2024, 2025, 2025, 2026))
        y = min(y, self.export_year)
        k = min(left, r.randint(2, 10) if st else int(min(300, 8 + r.paretovariate(1.2) * 20)))
        nums = self.msisdn_block(carrier, k, gap=0.15) if not st else [self.new_msisdn(carrier) for _ in range(k)]
        sims = self.sim_lot(carrier, k) if not st else [None] * k
        mule = r.getrandbits(64)
        t0 = self.rand_ts(y, hours="agent" if st else r.choice(("night", "agent")))
        ekyc = r.random() < 0.35
        for i in range(k):
            p = self.leaked_identity(0.75 if not st else 0.95)
            ts = min(self.export_ts - 3600,
                     t0 + i * (r.randint(30, 400) if not st else r.randint(3600, 86400 * 5)))
            ch = "EKYC_APP" if ekyc else "AGENT"
            dev = agent.devices[0] if ekyc else None
            sf, fmv = self.capture(ts, ch, mule, good=False)
            if sf and st:
                # replayed image of the leaked ID photo: identical hash, decent match
                sf = self.selfie(p.face, exact=True)
                fmv = self.fm(0.7, 0.9)
            used = r.random() < 0.6
            self.emit("junk_preactivated_leaked", 1, 1, carrier, nums[i], ts, ch, agent, person=p,
                      doc=("CCCD", p.cccd), selfie=sf, fmatch=fmv, popdb="MATCH",
                      status=self.fraud_status(ts, 0.4), device=dev,
                      first_use=self.new_imei(TAC_PHONE) if used else "",
                      usage="resale" if used else "dead", sim=sims[i])
        return k

    def g_junk_agent_own_id(self, left):
        r = self.r
        carrier = self.pick_carrier(True)
        agent = self.corrupt_agent(carrier)
        owner = self.new_person(25, 50, rprov=agent.prov)
        agent.owner = owner
        n = 0
        # the agent's own genuine SIM(s)
        if left > 1:
            self.legit_sub("legit_ordinary", owner, carrier=carrier, year=self.legit_year(2016))
            n += 1
        k = min(left - n, int(min(1500, 20 + r.paretovariate(1.1) * 40)))
        y0 = min(self.export_year, r.choice((2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024)))
        t = self.rand_ts(y0, hours="agent")
        st = r.random() < self.stealth
        for i in range(k):
            t += r.randint(60, 3 * 3600) if not st else r.randint(3600, 3 * 86400)
            ts = min(t, self.export_ts - 3600)
            ch = "EKYC_APP" if r.random() < 0.15 else "AGENT"
            sf, fmv = self.capture(ts, ch, owner.face, True, 0.85, 0.99)
            used = r.random() < 0.7
            self.emit("junk_agent_own_id", 1, 1, carrier, self.new_msisdn(carrier), ts, ch, agent,
                      person=owner, selfie=sf, fmatch=fmv, status=self.fraud_status(ts, 0.35),
                      device=agent.devices[0] if ch == "EKYC_APP" else None,
                      first_use=self.new_imei(TAC_PHONE) if used else "",
                      usage=r.choice(("resale", "light", "ordinary")) if used else "dead")
            n += 1
        return n

    def _identity_for_farm(self, y, real_share):
        if self.r.random() < real_share:
            return self.leaked_identity(0.7), 1
        return self.fake_person(y, 0.2), 0

    def g_junk_simbox(self, left):
        r = self.r
        st = r.random() < self.stealth
        carrier = self.wpick(CARRIERS[:4], [60, 78, 95, 100])
        ports = r.choice((8, 16, 32, 64))
        k = min(left, ports * r.randint(1, 4))
        y = min(self.export_year, r.choice((2019, 2020, 2021, 2022, 2023, 2024, 2025)))
        agent = self.corrupt_agent(carrier, r.choice(BORDER + ["079", "001"]))
        gw_tac = r.choice(TAC_MODEM)
        gw_base = r.randrange(900000)
        nums = self.msisdn_block(carrier, k, gap=0.2) if not st else [self.new_msisdn(carrier) for _ in range(k)]
        sims = self.sim_lot(carrier, k) if not st else [None] * k
        t0 = self.rand_ts(y, hours="night" if not st else "agent")
        for i in range(k):
            p, real = self._identity_for_farm(y, 0.6)
            ts = min(self.export_ts - 3600, t0 + i * (r.randint(30, 300) if not st else r.randint(3600, 86400 * 2)))
            if st:
                fu = self.new_imei(TAC_PHONE)  # IMEI spoofing: each port reports a phone IMEI
            else:
                fu = self.new_imei(gw_tac, gw_base + (i % ports))
            sf, fmv = self.capture(ts, "AGENT", p.face, bool(real) and st, 0.6, 0.85)
            self.emit("junk_simbox", 1, real, carrier, nums[i], ts, "AGENT", agent, person=p,
                      doc=("CCCD", p.cccd) if ts > 1609459200 else None, selfie=sf, fmatch=fmv,
                      popdb=("MATCH" if real else r.choice(("NOT_FOUND", "MISMATCH"))) if ts > 1659286800 else None,
                      status=self.fraud_status(ts, 0.7 if not st else 0.3), first_use=fu,
                      usage="simbox" if not st else "simbox_stealth", sim=sims[i])
        return k

    def g_junk_otp_farm(self, left):
        r = self.r
        st = r.random() < self.stealth
        carrier = self.pick_carrier(True)
        k = min(left, r.randint(10, 120))
        y = min(self.export_year, r.choice((2021, 2022, 2023, 2024, 2025, 2026)))
        modem_tac = r.choice(TAC_MODEM)
        mbase = r.randrange(900000)
        nmod = max(1, k // r.randint(4, 12))
        farm_phones = [self.new_imei(TAC_PHONE) for _ in range(r.randint(1, 3))]
        agent = self.corrupt_agent(carrier) if r.random() < 0.5 else None
        t0 = self.rand_ts(y, hours="app" if agent is None else "agent")
        for i in range(k):
            p, real = self._identity_for_farm(y, 0.85)
            ts = min(self.export_ts - 3600, t0 + i * (r.randint(60, 1800) if not st else r.randint(3 * 3600, 86400 * 4)))
            if agent is None:
                ch = "EKYC_APP"
                dev = farm_phones[r.randrange(len(farm_phones))]
                sf, fmv = self.capture(ts, ch, p.face if st else self.stock_faces[0], st, 0.62, 0.85)
            else:
                ch = "AGENT"
                dev = None
                sf, fmv = self.capture(ts, ch, p.face, False)
            fu = self.new_imei(modem_tac, mbase + (i % nmod)) if not st else self.new_imei(TAC_PHONE)
            self.emit("junk_otp_farm", 1, real, carrier, self.new_msisdn(carrier), ts, ch, agent,
                      person=p, doc=("CCCD", p.cccd), selfie=sf, fmatch=fmv,
                      popdb="MATCH" if real else None, status=self.fraud_status(ts, 0.3),
                      device=dev, first_use=fu, usage="otp" if not st else "otp_stealth")
        return k

    def g_junk_spam_sms(self, left):
        r = self.r
        carrier = self.wpick(CARRIERS[:4], [55, 70, 85, 100])
        agent = self.corrupt_agent(carrier)
        k = min(left, r.randint(5, 60))
        y = min(self.export_year, r.choice((2020, 2021, 2022, 2023, 2024, 2025)))
        nums = self.msisdn_block(carrier, k, gap=0.3)
        sims = self.sim_lot(carrier, k)
        t0 = self.rand_ts(y, hours="night")
        dev = self.new_imei(TAC_MODEM)
        for i in range(k):
            p, real = self._identity_for_farm(y, 0.5)
            ts = min(self.export_ts - 3600, t0 + i * r.randint(30, 200))
            fu = dev if r.random() < 0.6 else self.new_imei(TAC_MODEM)
            self.emit("junk_spam_sms", 1, real, carrier, nums[i], ts, "AGENT", agent, person=p,
                      doc=("CCCD", p.cccd), popdb=("MATCH" if real else "NOT_FOUND") if ts > 1659286800 else None,
                      status=self.fraud_status(ts, 0.85), first_use=fu, usage="spam", sim=sims[i])
        return k

    def g_junk_scam_caller(self, left):
        r = self.r
        carrier = self.pick_carrier(True)
        k = min(left, r.randint(3, 30))
        y = min(self.export_year, r.choice((2021, 2022, 2023, 2024, 2025, 2026)))
        phones = [self.new_imei(TAC_PHONE) for _ in range(r.randint(1, 4))]
        n = 0
        for i in range(k):
            p = self.leaked_identity(0.8)
            ch = r.choice(("AGENT", "AGENT", "EKYC_APP"))
            ag = self.corrupt_agent(carrier) if ch == "AGENT" else None
            ts = self.rand_ts(y, hours="agent" if ag else "app")
            sf, fmv = self.capture(ts, ch, r.getrandbits(64), False)
            self.emit("junk_scam_caller", 1, 1, carrier, self.new_msisdn(carrier), ts, ch, ag,
                      person=p, doc=("CCCD", p.cccd), selfie=sf, fmatch=fmv, popdb="MATCH",
                      status=self.fraud_status(ts, 0.8), device=phones[0] if ch == "EKYC_APP" else None,
                      first_use=phones[r.randrange(len(phones))], usage="scam")
            n += 1
        return n

    def g_junk_warmed_resale(self, left):
        """Stealthy: one SIM per leaked ID, many dealers, daytime, warmed in a phone pool."""
        r = self.r
        carrier = self.pick_carrier(True)
        k = min(left, r.randint(10, 60))
        y = min(self.export_year, r.choice((2023, 2024, 2025, 2025, 2026)))
        pool = [self.new_imei(TAC_PHONE) for _ in range(r.randint(3, 8))]
        mule_faces = [r.getrandbits(64) for _ in range(r.randint(2, 4))]
        prov = self.pick_prov()
        for i in range(k):
            p = self.leaked_identity(0.97)
            ag = self.corrupt_agent(carrier, prov if r.random() < 0.5 else None)
            ts = self.rand_ts(y, hours="agent")
            mf = mule_faces[r.randrange(len(mule_faces))]
            sf, fmv = self.capture(ts, "AGENT", mf, True, 0.55, 0.8)
            self.emit("junk_warmed_resale", 1, 1, carrier, self.new_msisdn(carrier), ts, "AGENT", ag,
                      person=p, doc=("CCCD", p.cccd), selfie=sf, fmatch=fmv, popdb="MATCH",
                      status="ACTIVE", first_use=pool[r.randrange(len(pool))], usage="warmed")
        return k

    def g_nonowner_dealer_extra(self, left):
        r = self.r
        st = r.random() < self.stealth
        carrier = self.pick_carrier()
        prov = self.pick_prov()
        agent = self.corrupt_agent(carrier, prov)
        p = self.new_person(18, 75, rprov=prov)
        y = self.legit_year(2017)
        ts = self.rand_ts(y, hours="agent")
        row = self.legit_sub("legit_ordinary", p, carrier=carrier, channel="AGENT", agent=agent, ts=ts)
        n = 1
        selfie, fmv = row[15], row[16]
        doc = (row[4], row[5])
        k = min(left - 1, 1 if st else r.choice((1, 2, 2, 3, 4, 5)))
        for i in range(k):
            t2 = ts + (r.randint(60, 2400) if not st else r.randint(86400, 86400 * 20))
            t2 = min(t2, self.export_ts - 3600)
            if selfie:
                sf = selfie if not st else self.selfie(int(selfie, 16), 3)
                fm2 = fmv if not st else self.fm(max(0.5, float(fmv) - 0.05), min(0.99, float(fmv) + 0.03))
            else:
                sf, fm2 = "", ""
            used = r.random() < 0.65
            self.emit("nonowner_dealer_extra", 1, 1, carrier, self.new_msisdn(carrier), t2, "AGENT",
                      agent, person=p, doc=doc, selfie=sf, fmatch=fm2, popdb=row[17],
                      status=self.fraud_status(t2, 0.25),
                      first_use=self.new_imei(TAC_PHONE) if used else "",
                      usage=r.choice(("resale", "light", "ordinary")) if used else "dead")
            n += 1
        return n

    def g_nonowner_stolen_doc(self, left):
        r = self.r
        victim = self.new_person(18, 70)
        n = 0
        if left > 1 and r.random() < 0.6:
            self.legit_sub("legit_ordinary", victim)
            n += 1
        carrier = self.pick_carrier(True)
        far = self.pick_prov()
        thief_face = r.getrandbits(64)
        thief_phone = self.new_imei(TAC_PHONE)
        y = min(self.export_year, r.choice((2021, 2022, 2023, 2024, 2025, 2026)))
        k = min(left - n, r.randint(1, 3))
        for i in range(k):
            ch = "AGENT" if r.random() < 0.6 else "EKYC_APP"
            ag = self.pick_agent(carrier, far, "AGENT") if ch == "AGENT" else None
            ts = self.rand_ts(y, hours="agent" if ag else "app")
            sf, fmv = self.capture(ts, ch, thief_face, False)
            if sf and r.random() < 0.4:
                fmv = self.fm(0.45, 0.7)  # look-alike
            self.emit("nonowner_stolen_doc", 1, 1, carrier, self.new_msisdn(carrier), ts, ch, ag,
                      person=victim, doc=("CCCD", victim.cccd), selfie=sf, fmatch=fmv,
                      popdb="MATCH", status=self.fraud_status(ts, 0.4),
                      device=thief_phone if ch == "EKYC_APP" else None, first_use=thief_phone,
                      usage=r.choice(("scam", "light", "ordinary")), prov=far if r.random() < 0.3 else None)
            n += 1
        return n

    def g_nonowner_borrowed_family(self, left):
        """Adult relative uses an elder's identity for their own everyday phone."""
        r = self.r
        prov = self.pick_prov()
        elder = self.new_person(55, 88, rprov=prov)
        user = self.new_person(18, 35, rprov=prov, bprov=elder.bprov)
        n = 0
        if left > 1 and r.random() < 0.5:
            self.legit_sub("legit_elderly", elder, usage="elderly", fm_range=(0.45, 0.8))
            n += 1
        y = self.legit_year(2020)
        ch = "EKYC_APP" if r.random() < 0.55 else "AGENT"
        carrier = self.pick_carrier()
        ag = self.pick_agent(carrier, prov, "AGENT") if ch == "AGENT" else None
        ts = self.rand_ts(y, hours="app" if ch == "EKYC_APP" else "agent")
        sf, fmv = self.capture(ts, ch, user.face, True, 0.3, 0.62)
        self.emit("nonowner_borrowed_family", 0, 1, carrier, self.new_msisdn(carrier), ts, ch, ag,
                  person=elder, selfie=sf, fmatch=fmv, device=user.phone if ch == "EKYC_APP" else None,
                  first_use=user.phone, usage=r.choice(("young", "heavy", "ordinary")),
                  status=self.legit_status(ts, "CCCD"))
        return n + 1

    def g_nonowner_rented_id(self, left):
        """Poor young people rent out their ID; a broker registers SIMs with them present."""
        r = self.r
        carrier = self.pick_carrier(True)
        broker_phone = self.new_imei(TAC_PHONE)
        modem_tac = r.choice(TAC_MODEM + TAC_PHONE[:3])
        y = min(self.export_year, r.choice((2022, 2023, 2024, 2025, 2026)))
        renters = r.randint(2, 12)
        n = 0
        st = r.random() < self.stealth
        for _ in range(renters):
            if n >= left:
                break
            bp = self.wpick(self.src_list, self.src_cum)
            p = self.new_person(18, 26, rprov=bp, bprov=bp)
            ts = self.rand_ts(y, hours="app")
            for j in range(min(left - n, r.choice((1, 2, 2, 3)))):
                ts2 = ts + j * r.randint(60, 900)
                sf, fmv = self.capture(ts2, "EKYC_APP", p.face, True, 0.82, 0.98)
                self.emit("nonowner_rented_id", 1, 1, carrier, self.new_msisdn(carrier), ts2, "EKYC_APP",
                          None, person=p, selfie=sf, fmatch=fmv, popdb="MATCH",
                          device=broker_phone if not st or r.random() < 0.5 else self.new_imei(TAC_PHONE),
                          first_use=self.new_imei(modem_tac) if r.random() < 0.8 else "",
                          usage=r.choice(("otp_stealth", "dormant", "light")), status=self.fraud_status(ts2, 0.2))
                n += 1
        return n

    def g_nonowner_handed_over(self, left):
        """Named person buys a SIM in own name for someone else (employee, helper, partner)."""
        r = self.r
        p = self.new_person(30, 65)
        n = 0
        if left > 1 and r.random() < 0.7:
            self.legit_sub("legit_ordinary", p)
            n += 1
        other_phone = self.new_imei(TAC_PHONE + TAC_FEATURE)
        row = self.legit_sub("legit_ordinary", p, first_use=other_phone,
                             usage=r.choice(("ordinary", "light", "young")))
        row[-4], row[-3], row[-2] = 0, 1, "nonowner_handed_over"
        return n + 1

    # ------------------------------------------------------------------------
    def run(self):
        sc = self.sc
        shares = dict(sc["legit"])
        shares.update(sc["fraud"])
        total_special = sum(shares.values())
        shares["legit_ordinary"] = max(0.05, 1.0 - total_special)
        norm = sum(shares.values())
        names = sorted(shares)
        targets = {k: int(round(self.N * shares[k] / norm)) for k in names}
        diff = self.N - sum(targets.values())
        targets["legit_ordinary"] += diff
        # fraud first, then special legit, then ordinary (remainder absorbs overflow)
        order = [k for k in names if not k.startswith("legit_")] + \
                [k for k in names if k.startswith("legit_") and k != "legit_ordinary"] + ["legit_ordinary"]
        for k in order:
            fn = getattr(self, "g_" + k)
            t = targets[k]
            if k == "legit_ordinary":
                t = self.N - len(self.rows)
            made = 0
            while made < t:
                made += fn(t - made)
        del self.rows[self.N:]

    # ------------------------------------------------------------------------
    def finalize_and_write(self, out):
        r = self.r
        rows = self.rows
        # SIM lots: assign ICCID/IMSI per shop (or central stock) in time order
        pools = {}
        for row in rows:
            if row[2] is None:
                ag = row[-1]
                ch = row[12]
                key = ag.id if (ag is not None and ch in ("STORE", "AGENT")) else ("C", row[0], ch)
                if r.random() < 0.07:
                    key = ("C", row[0], "SWAP")  # SIM replaced later (lost/upgraded SIM)
                pools.setdefault(key, []).append(row)
        for key in sorted(pools, key=str):
            lst = pools[key]
            lst.sort(key=lambda x: x[11])
            left = 0
            for row in lst:
                c = row[0]
                if left <= 0:
                    left = r.randint(20, 500) if key[0] != "C" else r.randint(2000, 20000)
                    ib = self.iccid_ctr[c] + r.randrange(1, 100000)
                    mb = self.imsi_ctr[c] + r.randrange(1, 100000)
                    self.iccid_ctr[c] = ib + left + 1
                    self.imsi_ctr[c] = mb + left + 1
                    i = 0
                row[2] = (self.iccid_str(c, ib + i), self.imsi_str(c, mb + i))
                i += r.choice((1, 1, 1, 1, 2, 3)) if key[0] == "C" else 1
                left -= 1
        rows.sort(key=lambda x: (CARRIERS.index(x[0]), x[11]))
        os.makedirs(out, exist_ok=True)
        bf = open(os.path.join(out, "batch.csv"), "w", encoding="utf-8", newline="")
        lf = open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="")
        bw = csv.writer(bf, lineterminator="\r\n")
        lw = csv.writer(lf, lineterminator="\n")
        bw.writerow(COLUMNS)
        lw.writerow(["carrier", "msisdn", "junk", "non_owner", "pattern"])
        gm = time.gmtime
        style_cache = {}
        for c in CARRIERS:
            w = CARRIER_STYLE[c][0]
            style_cache[c] = (w[0], w[0] + w[1], CARRIER_STYLE[c][1], CARRIER_STYLE[c][2])
        rnd = r.random
        bout = []
        lout = []
        for row in rows:
            c = row[0]
            a, b, utc, pimsi = style_cache[c]
            x = rnd()
            n9 = row[1]
            ms = ("0" + n9) if x < a else (("84" + n9) if x < b else ("+84" + n9))
            ts = row[11]
            if utc:
                t = gm(ts - 25200)
                ra = "%04d-%02d-%02dT%02d:%02d:%02d+00:00" % t[:6]
            else:
                t = gm(ts)
                ra = "%04d-%02d-%02dT%02d:%02d:%02d+07:00" % t[:6]
            iccid, imsi = row[2]
            if rnd() >= pimsi:
                imsi = ""
            if rnd() < 0.015:
                iccid = ""
            cname = c if rnd() < 0.97 else c.lower().capitalize()
            bout.append([cname, ms, imsi, iccid, row[3], row[4], row[5], row[6], row[7], row[8],
                         row[9], row[10], ra, row[12], row[13], row[14], row[15], row[16], row[17],
                         row[18] if (row[18] != "ACTIVE" or rnd() < 0.9) else "", row[19]]
                        + row[20:28])
            lout.append([cname, ms, row[28], row[29], row[30]])
            if len(bout) >= 50000:
                bw.writerows(bout)
                lw.writerows(lout)
                bout, lout = [], []
        bw.writerows(bout)
        lw.writerows(lout)
        bf.close()
        lf.close()
        return len(rows)


def head_age_lo(head, g):
    return max(18, g.export_year - head.dob[0] - 8)


def head_age_hi(head, g):
    return g.export_year - head.dob[0] + 5


def main(argv=None):
    ap = argparse.ArgumentParser(description="indep16 synthetic SIM-registration batch generator")
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out", default=None)
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k in SCENARIOS:
            print("%-26s %s" % (k, SCENARIOS[k]["desc"]))
        return 0
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (use --list-scenarios)" % a.scenario)
    if not a.out:
        ap.error("--out is required")
    if a.rows < 1:
        ap.error("--rows must be positive")
    gc.disable()  # millions of small row lists: cyclic GC only costs time here
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    n = g.finalize_and_write(a.out)
    sys.stderr.write("indep16: wrote %d rows to %s\n" % (n, a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
