#!/usr/bin/env python3
"""indep17_gen: independent synthetic SIM-registration population generator.

Writes DIR/batch.csv (registration batch per the interface contract) and
DIR/labels.csv (carrier,msisdn,junk,non_owner,pattern) with ground truth.
Python 3 standard library only.  Deterministic for a given rows/seed/scenario.
"""
import argparse
import bisect
import csv
import datetime
import itertools
import os
import random
import sys
import unicodedata

COLUMNS = [
    "carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type", "id_number",
    "full_name", "date_of_birth", "gender", "nationality", "province", "registered_at",
    "channel", "agent_id", "device_imei", "selfie_hash", "face_match", "popdb_check",
    "status", "first_use_imei", "active_days_30d", "out_calls_30d", "in_calls_30d",
    "out_sms_30d", "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d",
]
LABEL_COLUMNS = ["carrier", "msisdn", "junk", "non_owner", "pattern"]

# ---------------------------------------------------------------- reference data
PROVINCES = [
    ("001", 8.4), ("002", 0.9), ("004", 0.55), ("006", 0.32), ("008", 0.8), ("010", 0.76),
    ("011", 0.63), ("012", 0.48), ("014", 1.28), ("015", 0.84), ("017", 0.87), ("019", 1.32),
    ("020", 0.8), ("022", 1.35), ("024", 1.9), ("025", 1.5), ("026", 1.2), ("027", 1.5),
    ("030", 1.95), ("031", 2.1), ("033", 1.29), ("034", 1.87), ("035", 0.87), ("036", 1.78),
    ("037", 1.0), ("038", 3.7), ("040", 3.4), ("042", 1.3), ("044", 0.9), ("045", 0.64),
    ("046", 1.15), ("048", 1.2), ("049", 1.5), ("051", 1.24), ("052", 1.5), ("054", 0.88),
    ("056", 1.25), ("058", 0.6), ("060", 1.24), ("062", 0.57), ("064", 1.57), ("066", 1.9),
    ("067", 0.67), ("068", 1.32), ("070", 1.0), ("072", 1.18), ("074", 2.6), ("075", 3.2),
    ("077", 1.18), ("079", 9.4), ("080", 1.7), ("082", 1.78), ("083", 1.3), ("084", 1.0),
    ("086", 1.02), ("087", 1.6), ("089", 1.9), ("091", 1.75), ("092", 1.25), ("093", 0.73),
    ("094", 1.2), ("095", 0.92), ("096", 1.2),
]
PROV_CODES = [p for p, _ in PROVINCES]
# where internal migrants live
MIGRATION_DEST = {"079": 30, "074": 18, "075": 12, "001": 18, "027": 6, "048": 4, "031": 4,
                  "022": 3, "080": 3, "026": 2}
INDUSTRIAL = ["074", "075", "027", "079", "080", "031", "026", "024", "030", "022"]
BORDER_NORTH = ["020", "022", "010", "004", "002", "011", "012"]
UNIVERSITY = ["001", "079", "048", "046", "092", "040", "019"]
AIRPORT = ["001", "079", "048", "056", "091", "031"]

CARRIERS = [
    # code, share, msisdn prefixes (2 digits after the trunk 0), IMSI MNC, ICCID issuer, iccid len
    ("VIETTEL", 0.545, ["86", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39"], "04", "04", 20),
    ("VINAPHONE", 0.215, ["88", "91", "94", "83", "84", "85", "81", "82"], "02", "02", 19),
    ("MOBIFONE", 0.200, ["89", "90", "93", "70", "79", "77", "76", "78"], "01", "01", 19),
    ("VIETNAMOBILE", 0.020, ["92", "56", "58", "52"], "05", "05", 19),
    ("GMOBILE", 0.004, ["993", "994", "995", "996", "997", "59"], "07", "07", 19),
    ("ITEL", 0.008, ["87"], "08", "02", 19),
    ("REDDI", 0.002, ["55"], "09", "09", 19),
    ("ASIM", 0.002, ["89", "90", "93"], "01", "01", 19),
    ("DIGILIFE", 0.002, ["88", "91", "94"], "02", "02", 19),
    ("LOCAL", 0.001, ["89", "70", "79"], "01", "01", 19),
    ("WINTEL", 0.001, ["55"], "09", "09", 19),
]
CARRIER_INFO = {c[0]: c for c in CARRIERS}
CARRIER_CODES = [c[0] for c in CARRIERS]
CARRIER_CUM = list(itertools.accumulate(c[1] for c in CARRIERS))
AGENT_PFX = {"VIETTEL": "VT", "VINAPHONE": "VNP", "MOBIFONE": "MBF", "VIETNAMOBILE": "VNM",
             "GMOBILE": "GTL", "ITEL": "ITL", "REDDI": "RDI", "ASIM": "ASM", "DIGILIFE": "DGL",
             "LOCAL": "LCL", "WINTEL": "WTL"}
# preferred msisdn export style per carrier
MSISDN_STYLE = {"VIETTEL": "84", "VINAPHONE": "0", "MOBIFONE": "84", "VIETNAMOBILE": "0",
                "GMOBILE": "+84", "ITEL": "0", "REDDI": "84", "ASIM": "0", "DIGILIFE": "+84",
                "LOCAL": "0", "WINTEL": "84"}

SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 3), ("Huỳnh", 2.5),
            ("Phan", 4.5), ("Vũ", 2.5), ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3),
            ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.6), ("Trương", 0.6), ("Lương", 0.4),
            ("Mai", 0.3), ("Tạ", 0.2), ("Cao", 0.3), ("Lâm", 0.3), ("Triệu", 0.2), ("Hà", 0.3),
            ("Tô", 0.2), ("Châu", 0.2), ("Quách", 0.1), ("Lò", 0.1), ("Thạch", 0.1), ("Kiều", 0.1)]
SUR_NAMES = [s for s, _ in SURNAMES]
SUR_CUM = list(itertools.accumulate(w for _, w in SURNAMES))
MID_M = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công", "Xuân", "Ngọc",
         "Đình", "Quang", "Hoàng", "Anh", "Trọng", "Tuấn", "Gia", "Bảo", "Thanh", "Mạnh", "Duy"]
MID_F = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bảo", "Hồng",
         "Phương", "Minh", "Khánh", "Thùy", "Diệu", "Hoài", "Quỳnh", "Tuyết", "Bích"]
GIV_M = ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn", "Thắng", "Cường", "Huy",
         "Khoa", "Phúc", "Bảo", "Đạt", "Tâm", "Trung", "Hiếu", "Quân", "Kiên", "Toàn", "Thành",
         "Vinh", "Phong", "Lâm", "Tài", "Lộc", "Khang", "An", "Duy", "Hoàng", "Thịnh", "Tùng",
         "Việt", "Đức", "Hưng", "Khải", "Nghĩa", "Quý", "Tiến", "Trí", "Vũ", "Sang", "Nhân"]
GIV_F = ["Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Ngọc", "Thảo", "Hằng", "Hà", "Nhung",
         "Yến", "Loan", "Phương", "Thủy", "Vy", "Anh", "Chi", "Nhi", "My", "Hạnh", "Dung",
         "Huyền", "Trâm", "Uyên", "Quỳnh", "Giang", "Oanh", "Tuyết", "Nga", "Hiền", "Thúy",
         "Vân", "Xuân", "Diễm", "Ly", "Tiên", "Hồng", "Liên", "Phượng", "Ánh", "Duyên"]
FOREIGN = {
    "CN": (["ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
           ["WEI", "FANG", "NA", "JIE", "YONG", "LEI", "JUN", "XIAOMING", "HAO", "LING"], True),
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON"],
           ["MIN JUN", "SEO YEON", "JI HOON", "HYUN WOO", "SU BIN", "DONG HYUN", "YE JIN"], True),
    "JP": (["TANAKA", "SATO", "SUZUKI", "TAKAHASHI", "WATANABE", "ITO", "YAMAMOTO"],
           ["HIROSHI", "YUKI", "KENJI", "AYAKA", "TAKESHI", "NAOKO", "RYO"], True),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG"],
           ["CHIA-HAO", "YI-TING", "CHIEN-HUNG", "MEI-LING", "SHU-FEN"], True),
    "US": (["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "MILLER", "DAVIS", "NGUYEN"],
           ["JOHN", "MICHAEL", "EMILY", "SARAH", "DAVID", "JESSICA", "KEVIN"], False),
    "GB": (["TAYLOR", "WILSON", "EVANS", "THOMAS", "ROBERTS"], ["JAMES", "OLIVER", "SOPHIE", "HARRY", "CHLOE"], False),
    "AU": (["MARTIN", "WHITE", "THOMPSON", "WALKER"], ["JACK", "OLIVIA", "LIAM", "CHARLOTTE"], False),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "MOREAU"], ["PIERRE", "CAMILLE", "LUCAS", "MANON"], False),
    "DE": (["MULLER", "SCHMIDT", "SCHNEIDER", "FISCHER"], ["LUKAS", "ANNA", "FELIX", "LENA"], False),
    "RU": (["IVANOV", "SMIRNOV", "KUZNETSOVA", "POPOV"], ["DMITRY", "OLGA", "SERGEI", "ANNA"], False),
    "TH": (["SRISUK", "WONGSA", "CHAIYAPORN"], ["SOMCHAI", "NATTAYA", "KITTI"], False),
    "LA": (["PHOMMAVONG", "SOUVANNA", "KEOMANY"], ["BOUNMY", "KHAMPHENG", "SOMSAK"], False),
    "KH": (["SOK", "CHAN", "HENG", "LIM"], ["DARA", "SOPHEAP", "VANNAK", "CHENDA"], True),
    "IN": (["SHARMA", "PATEL", "SINGH", "KUMAR"], ["RAHUL", "PRIYA", "AMIT", "ANJALI"], False),
    "SG": (["TAN", "LIM", "NG", "ONG"], ["WEI MING", "HUI LING", "JUN JIE"], True),
}
FOREIGN_NAT = list(FOREIGN)
FOREIGN_W = [30, 25, 8, 10, 6, 3, 3, 2, 2, 3, 2, 1.5, 1.5, 2, 1.5]
ORG_FORMS = ["Công ty TNHH", "Công ty Cổ phần", "CÔNG TY TNHH", "Công ty TNHH MTV", "Doanh nghiệp tư nhân",
             "Hợp tác xã", "Chi nhánh Công ty Cổ phần"]
ORG_TRADES = ["Thương mại Dịch vụ", "Vận tải", "Xây dựng", "Logistics", "Điện tử", "May mặc",
              "Giao nhận", "Bất động sản", "Công nghệ", "Thực phẩm", "Cơ khí", "Bảo vệ", "Du lịch",
              "Điện lực", "Cấp nước", "Nông nghiệp", "Thủy sản", "Giáo dục", "Y tế"]
ORG_NAMES = ["Hoàng Long", "Phương Nam", "An Phát", "Sao Việt", "Minh Khang", "Đại Dương", "Tân Tiến",
             "Hòa Bình", "Thành Công", "Việt Hưng", "Trường Sơn", "Sông Hồng", "Mê Kông", "Kim Ngân",
             "Bình Minh", "Nam Á", "Đông Á", "Thiên Phú", "Hưng Thịnh", "Phú Quý", "Toàn Cầu"]
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

# Type allocation codes: consumer phones (weighted), shop tablets, modems / gateways
PHONE_TACS = [("35332510", 9), ("35891609", 6), ("86769504", 8), ("35460511", 7), ("86091103", 6),
              ("35209811", 5), ("86449205", 6), ("35618312", 4), ("86782406", 5), ("35402113", 4),
              ("86995607", 3), ("35745710", 3), ("35148809", 2), ("86016608", 3), ("35921714", 3),
              ("35017209", 2), ("86120904", 2), ("35680015", 2), ("86547703", 2), ("35291915", 2)]
FEATURE_TACS = [("35380508", 3), ("35872207", 2), ("86102503", 2)]   # cheap feature phones
TABLET_TACS = ["35817312", "35280912", "86344605", "35612913", "86893307", "35199214"]
MODEM_TACS = ["86262203", "86799004", "86485102", "35735209"]        # GSM gateways / SIM pools
IOT_TACS = ["86410705", "86833406", "35589411"]                     # trackers, meters, POS

# ----------------------------------------------------------------- small helpers
_DOUBLE = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]


def luhn_digit(payload):
    total = 0
    dbl = True
    for ch in reversed(payload):
        d = ord(ch) - 48
        total += _DOUBLE[d] if dbl else d
        dbl = not dbl
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


_STRIP_CACHE = {}


def strip_diacritics(s):
    r = _STRIP_CACHE.get(s)
    if r is None:
        t = s.replace("Đ", "D").replace("đ", "d")
        t = unicodedata.normalize("NFD", t)
        r = "".join(c for c in t if unicodedata.category(c) != "Mn")
        r = unicodedata.normalize("NFC", r)
        _STRIP_CACHE[s] = r
    return r


def cum(weights):
    return list(itertools.accumulate(weights))


def pick(rng, items, cumw):
    return items[bisect.bisect_right(cumw, rng.random() * cumw[-1])]


EPOCH = datetime.date(2000, 1, 1).toordinal()
_DAYSTR = {}


def day_of(y, m, d):
    return datetime.date(y, m, d).toordinal() - EPOCH


def daystr(day):
    s = _DAYSTR.get(day)
    if s is None:
        s = datetime.date.fromordinal(day + EPOCH).isoformat()
        _DAYSTR[day] = s
    return s


def fmt_ts(t, utc=False):
    if utc:
        t -= 7 * 3600
    d, s = divmod(t, 86400)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return "%sT%02d:%02d:%02d%s" % (daystr(d), h, m, s, "+00:00" if utc else "+07:00")


D_POPDB = day_of(2022, 8, 1) * 86400
D_CLEANUP = day_of(2023, 4, 15) * 86400
D_CHIP = day_of(2021, 7, 1) * 86400
D_SELFIE = day_of(2023, 1, 1) * 86400
D_C08 = day_of(2026, 4, 15) * 86400
D_USAGE = day_of(2020, 1, 1) * 86400

# ----------------------------------------------------------------------- scenarios
ALL_FRAUD = ["junk_preactivated_fakeid", "junk_preactivated_leakedid", "junk_agent_own_id",
             "junk_simbox_bought_ids", "junk_otp_farm", "junk_sms_spam_flowers",
             "junk_cross_province_rush", "junk_data_sim_resale", "nonowner_dealer_extras",
             "nonowner_stolen_document", "nonowner_rented_id", "nonowner_secondhand",
             "junk_stealth_trickle", "nonowner_stealth_ekyc", "junk_warmed_farm"]
ALL_CONF = ["legit_org_fleet", "legit_org_employees", "legit_iot_m2m", "legit_family_visit",
            "legit_shared_device_ekyc", "legit_migrant_burst", "legit_student_campaign",
            "legit_heavy_caller", "legit_elderly", "legit_foreigner", "legit_tourist_airport",
            "legit_multi_line_person", "legit_twins", "legit_clerk_typo", "legit_cmnd_legacy",
            "legit_night_ekyc", "legit_data_router", "legit_dealer_staff_own", "legit_unconfirmed_elderly"]

BASE_FRAUD = {"junk_preactivated_fakeid": 10, "junk_preactivated_leakedid": 10, "junk_agent_own_id": 6,
              "junk_simbox_bought_ids": 7, "junk_otp_farm": 7, "junk_sms_spam_flowers": 4,
              "junk_cross_province_rush": 4, "junk_data_sim_resale": 8, "nonowner_dealer_extras": 12,
              "nonowner_stolen_document": 5, "nonowner_rented_id": 6, "nonowner_secondhand": 3,
              "junk_stealth_trickle": 6, "nonowner_stealth_ekyc": 6, "junk_warmed_farm": 6}
BASE_CONF = {"legit_org_fleet": 8, "legit_org_employees": 6, "legit_iot_m2m": 8, "legit_family_visit": 10,
             "legit_shared_device_ekyc": 7, "legit_migrant_burst": 8, "legit_student_campaign": 5,
             "legit_heavy_caller": 10, "legit_elderly": 10, "legit_foreigner": 5, "legit_tourist_airport": 4,
             "legit_multi_line_person": 6, "legit_twins": 1.5, "legit_clerk_typo": 6, "legit_cmnd_legacy": 7,
             "legit_night_ekyc": 5, "legit_data_router": 5, "legit_dealer_staff_own": 2,
             "legit_unconfirmed_elderly": 0}

YW_DEFAULT = {2015: 4, 2016: 5, 2017: 5, 2018: 6, 2019: 7, 2020: 8, 2021: 9, 2022: 11, 2023: 13,
              2024: 14, 2025: 15, 2026: 6}


def _mix(base, extra=None, **over):
    d = dict(base)
    d.update(extra or {})
    d.update(over)
    return d


SCENARIOS = {
    "national_default": dict(
        desc="realistic national mix of carriers, channels, years and fraud",
        as_of=(2026, 5, 20), years=YW_DEFAULT, fraud_share=0.065, conf_share=0.16,
        fraud_mix=BASE_FRAUD, conf_mix=BASE_CONF, prov_boost={}, corrupt_rate=0.03, caught=0.08),
    "stealth_trickle": dict(
        desc="distributed ring: real leaked identities, many agents, low rates, warmed usage",
        as_of=(2026, 5, 20), years=YW_DEFAULT, fraud_share=0.05, conf_share=0.2,
        fraud_mix=_mix({k: 0 for k in BASE_FRAUD}, junk_stealth_trickle=40, junk_warmed_farm=20,
                       nonowner_stealth_ekyc=15, nonowner_dealer_extras=12, nonowner_rented_id=8,
                       nonowner_secondhand=3, junk_preactivated_leakedid=2),
        conf_mix=_mix(BASE_CONF, legit_heavy_caller=16, legit_migrant_burst=12, legit_shared_device_ekyc=10),
        prov_boost={}, corrupt_rate=0.05, caught=0.0),
    "stealth_ekyc": dict(
        desc="self-service app abuse with deepfaked leaked identities, rules respected",
        as_of=(2026, 5, 20), years=_mix(YW_DEFAULT, {2024: 18, 2025: 24, 2026: 10}), fraud_share=0.045,
        conf_share=0.2,
        fraud_mix=_mix({k: 0 for k in BASE_FRAUD}, nonowner_stealth_ekyc=55, junk_stealth_trickle=15,
                       nonowner_rented_id=10, nonowner_dealer_extras=10, junk_warmed_farm=10),
        conf_mix=_mix(BASE_CONF, legit_shared_device_ekyc=18, legit_night_ekyc=14, legit_elderly=14,
                      legit_twins=3),
        prov_boost={}, corrupt_rate=0.02, caught=0.0),
    "industrial_south": dict(
        desc="industrial provinces of the south-east: migrant workers, factory bursts, SIM farms",
        as_of=(2026, 5, 20), years=YW_DEFAULT, fraud_share=0.09, conf_share=0.22,
        fraud_mix=_mix(BASE_FRAUD, junk_simbox_bought_ids=14, junk_otp_farm=12, junk_agent_own_id=8,
                       nonowner_rented_id=10),
        conf_mix=_mix(BASE_CONF, legit_migrant_burst=25, legit_org_employees=12, legit_iot_m2m=10),
        prov_boost={"074": 6, "075": 5, "079": 2.5, "080": 2, "072": 1.5, "070": 1.5}, corrupt_rate=0.04,
        caught=0.06),
    "border_north": dict(
        desc="northern border and port provinces: foreigners, SIM boxes, rented identities",
        as_of=(2026, 5, 20), years=YW_DEFAULT, fraud_share=0.1, conf_share=0.2,
        fraud_mix=_mix(BASE_FRAUD, junk_simbox_bought_ids=16, nonowner_rented_id=16,
                       junk_cross_province_rush=8),
        conf_mix=_mix(BASE_CONF, legit_foreigner=22, legit_tourist_airport=6, legit_org_employees=10),
        prov_boost={"020": 8, "022": 6, "010": 6, "004": 4, "002": 3, "027": 3, "031": 3}, corrupt_rate=0.05,
        caught=0.05),
    "dealer_ring_2019_2023": dict(
        desc="historic wave of pre-activation by corrupt dealers before and during the 2023 clean-up",
        as_of=(2023, 11, 30), years={2015: 6, 2016: 8, 2017: 9, 2018: 11, 2019: 13, 2020: 13, 2021: 13,
                                    2022: 14, 2023: 13},
        fraud_share=0.14, conf_share=0.15,
        fraud_mix=_mix(BASE_FRAUD, junk_preactivated_fakeid=24, junk_preactivated_leakedid=18,
                       junk_agent_own_id=14, junk_sms_spam_flowers=10, nonowner_dealer_extras=16,
                       nonowner_stealth_ekyc=1, junk_stealth_trickle=2),
        conf_mix=_mix(BASE_CONF, legit_cmnd_legacy=16, legit_clerk_typo=10),
        prov_boost={}, corrupt_rate=0.07, caught=0.25),
    "post_circular08_2026": dict(
        desc="after Circular 08/2026: face authentication everywhere, VNeID confirmations and locks",
        as_of=(2026, 7, 10), years=_mix(YW_DEFAULT, {2025: 18, 2026: 22}), fraud_share=0.05,
        conf_share=0.2,
        fraud_mix=_mix(BASE_FRAUD, nonowner_stealth_ekyc=14, junk_stealth_trickle=10,
                       junk_preactivated_fakeid=3, junk_sms_spam_flowers=1),
        conf_mix=_mix(BASE_CONF, legit_unconfirmed_elderly=10, legit_elderly=12, legit_foreigner=7),
        prov_boost={}, corrupt_rate=0.02, caught=0.35),
    "clean_confounders": dict(
        desc="few frauds, many legal look-alikes (false-positive stress test)",
        as_of=(2026, 5, 20), years=YW_DEFAULT, fraud_share=0.02, conf_share=0.35,
        fraud_mix=BASE_FRAUD, conf_mix=_mix(BASE_CONF, legit_twins=4, legit_dealer_staff_own=5),
        prov_boost={}, corrupt_rate=0.01, caught=0.05),
}


# ----------------------------------------------------------------------- model
class Person(object):
    __slots__ = ("name", "sur", "gender", "y", "m", "d", "bprov", "rprov", "idtype", "idnum",
                 "face", "phone", "nat", "cccd")


class Agent(object):
    __slots__ = ("code", "carrier", "prov", "kind", "devices", "lot_next", "lot_end", "corrupt", "owner",
                 "weight")


class Gen(object):
    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.sc = SCENARIOS[scenario]
        self.rng = random.Random("indep17|%d|%s|%s" % (rows, seed, scenario))
        self.out = []
        self.used_msisdn = set()
        self.used_ids = set()
        self.leak_pool = []          # persons whose documents leaked (data breaches, photocopies)
        self.walkins = []            # recent ordinary in-person registrations (for dealer extras)
        self.iccid_ctr = {}
        self.imei_ctr = 0
        y, m, d = self.sc["as_of"]
        self.asof_day = day_of(y, m, d)
        self.asof_t = self.asof_day * 86400 + 86399
        yrs = sorted(self.sc["years"])
        self.years = yrs
        self.year_cum = cum([self.sc["years"][k] for k in yrs])
        boost = self.sc["prov_boost"]
        self.prov_cum = cum([w * boost.get(p, 1.0) for p, w in PROVINCES])
        self.mig_list = list(MIGRATION_DEST)
        self.mig_cum = cum([MIGRATION_DEST[p] * boost.get(p, 1.0) for p in self.mig_list])
        self.tac_cum = cum([w for _, w in PHONE_TACS])
        self.flowers = [self.rng.getrandbits(64) for _ in range(6)]
        self.cmnd_prefix = {}
        two = ["%02d" % i for i in range(4, 39) if i not in (27,)]
        for i, p in enumerate(PROV_CODES):
            self.cmnd_prefix[p] = two[i % len(two)]
        self.cmnd_prefix.update({"001": "01", "079": "02", "031": "03", "077": "27", "074": "280",
                                 "075": "27"})
        self._build_agents()

    # ------------------------------------------------------------ infrastructure
    def new_imei(self, tac, serial=None):
        if serial is None:
            serial = self.rng.randrange(1000000)
        p = "%s%06d" % (tac, serial % 1000000)
        return p + luhn_digit(p)

    def phone_imei(self, feature=False):
        if feature:
            tac = self.rng.choice(FEATURE_TACS)[0]
        else:
            tac = pick(self.rng, PHONE_TACS, self.tac_cum)[0]
        return self.new_imei(tac)

    def _build_agents(self):
        rng = self.rng
        n = max(80, min(15000, self.N // 90))
        self.agents = []
        by_c = {}
        by_cp = {}
        for i in range(n):
            carrier = pick(rng, CARRIER_CODES, CARRIER_CUM)
            if i < 2 * len(CARRIER_CODES):
                carrier = CARRIER_CODES[i % len(CARRIER_CODES)]
            a = Agent()
            a.carrier = carrier
            a.prov = pick(rng, PROV_CODES, self.prov_cum)
            a.kind = "STORE" if rng.random() < 0.16 else "AGENT"
            a.code = "%s%s%s%05d" % (AGENT_PFX[carrier], a.prov, "S" if a.kind == "STORE" else "A",
                                     rng.randrange(100000))
            nd = rng.randint(2, 5) if a.kind == "STORE" else (1 if rng.random() < 0.7 else 2)
            a.devices = [self.new_imei(rng.choice(TABLET_TACS)) if (a.kind == "STORE" or rng.random() < 0.3)
                         else self.phone_imei() for _ in range(nd)]
            a.lot_next = a.lot_end = 0
            a.corrupt = a.kind == "AGENT" and rng.random() < self.sc["corrupt_rate"] * 1.2
            a.owner = None
            a.weight = min(400.0, rng.paretovariate(1.15)) * (2.5 if a.kind == "STORE" else 1.0)
            self.agents.append(a)
            by_c.setdefault(carrier, []).append(a)
            by_cp.setdefault((carrier, a.prov), []).append(a)
        self.by_c = {k: (v, cum([a.weight for a in v])) for k, v in by_c.items()}
        self.by_cp = {k: (v, cum([a.weight for a in v])) for k, v in by_cp.items()}
        self.corrupt = [a for a in self.agents if a.corrupt]
        if len(self.corrupt) < 3:
            cands = [a for a in self.agents if a.kind == "AGENT"]
            self.corrupt = rng.sample(cands, min(3, len(cands)))
            for a in self.corrupt:
                a.corrupt = True
        self.corrupt_by_c = {}
        for a in self.corrupt:
            self.corrupt_by_c.setdefault(a.carrier, []).append(a)

    def agent_for(self, carrier, prov, local=0.88):
        rng = self.rng
        if prov and rng.random() < local:
            e = self.by_cp.get((carrier, prov))
            if e:
                return pick(rng, e[0], e[1])
        e = self.by_c.get(carrier)
        if not e:
            e = self.by_c["VIETTEL"]
        return pick(rng, e[0], e[1])

    def store_for(self, carrier, prov):
        for _ in range(6):
            a = self.agent_for(carrier, prov, 0.95)
            if a.kind == "STORE":
                return a
        return a

    def corrupt_agent(self, carrier=None):
        if carrier and carrier in self.corrupt_by_c and self.rng.random() < 0.9:
            return self.rng.choice(self.corrupt_by_c[carrier])
        return self.rng.choice(self.corrupt)

    def pick_carrier(self):
        return pick(self.rng, CARRIER_CODES, CARRIER_CUM)

    def iccid(self, carrier, agent=None):
        info = CARRIER_INFO[carrier]
        ln = info[5] - 7  # digits of account part
        if agent is not None:
            if agent.lot_next >= agent.lot_end:
                base = self._alloc_lot(carrier, self.rng.choice((100, 200, 200, 500)))
                agent.lot_next, agent.lot_end = base[0], base[1]
            acct = agent.lot_next
            agent.lot_next += 1 if self.rng.random() < 0.93 else self.rng.randint(2, 4)
        else:
            key = carrier + "#wh"
            cur = self.iccid_ctr.get(key)
            if cur is None or cur[0] >= cur[1]:
                lot = self._alloc_lot(carrier, 1000)
                cur = [lot[0], lot[1]]
                self.iccid_ctr[key] = cur
            acct = cur[0]
            cur[0] += self.rng.randint(1, 3)
        p = "8984%s%0*d" % (info[4], ln, acct)
        return p + luhn_digit(p)

    def _alloc_lot(self, carrier, size):
        info = CARRIER_INFO[carrier]
        ln = info[5] - 7
        cur = self.iccid_ctr.get(carrier)
        if cur is None:
            cur = self.rng.randrange(10 ** (ln - 2), 10 ** (ln - 1))
        start = cur + self.rng.randint(0, 3000)
        self.iccid_ctr[carrier] = start + size
        return (start, start + size)

    def imsi(self, carrier):
        info = CARRIER_INFO[carrier]
        mnc = info[3]
        if carrier == "ITEL" and self.rng.random() < 0.3:
            mnc = "02"
        return "452%s%010d" % (mnc, self.rng.randrange(10 ** 10))

    def msisdn(self, carrier, ported=False, seq_from=None):
        rng = self.rng
        if ported:
            carrier2 = self.pick_carrier()
            while carrier2 == carrier:
                carrier2 = self.pick_carrier()
            prefixes = CARRIER_INFO[carrier2][2]
        else:
            prefixes = CARRIER_INFO[carrier][2]
        used = self.used_msisdn
        if seq_from is not None:
            n = seq_from
            while n in used:
                n += 1
            used.add(n)
            return n
        while True:
            p = rng.choice(prefixes)
            n = int(p + "%0*d" % (9 - len(p), rng.randrange(10 ** (9 - len(p)))))
            if n not in used:
                used.add(n)
                return n

    def fmt_msisdn(self, carrier, n):
        st = MSISDN_STYLE[carrier]
        r = self.rng.random()
        if r < 0.04:
            st = self.rng.choice(("0", "84", "+84"))
        if st == "0":
            return "0%09d" % n
        if st == "84":
            return "84%09d" % n
        return "+84%09d" % n

    # ------------------------------------------------------------ people
    def rand_time(self, lo_year=None, hi_t=None):
        rng = self.rng
        y = pick(rng, self.years, self.year_cum)
        if lo_year and y < lo_year:
            y = rng.randint(lo_year, self.years[-1])
        start = day_of(y, 1, 1)
        end = min(day_of(y, 12, 31), self.asof_day)
        if end < start:
            end = start
        d = rng.randint(start, end)
        return d * 86400 + self.shop_second()

    def shop_second(self):
        rng = self.rng
        h = rng.choice((8, 9, 9, 10, 10, 10, 11, 11, 14, 15, 15, 16, 16, 17, 17, 18, 19, 19, 20))
        return h * 3600 + rng.randrange(3600)

    def any_second(self):
        rng = self.rng
        r = rng.random()
        if r < 0.05:
            h = rng.randint(0, 5)
        elif r < 0.15:
            h = rng.choice((6, 7, 22, 23))
        else:
            h = rng.randint(8, 21)
        return h * 3600 + rng.randrange(3600)

    def make_name(self, gender, year, sur=None):
        rng = self.rng
        if sur is None:
            sur = pick(rng, SUR_NAMES, SUR_CUM)
        if gender == "M":
            mid = rng.choice(MID_M) if year >= 1975 else ("Văn" if rng.random() < 0.6 else rng.choice(MID_M))
            giv = rng.choice(GIV_M)
        else:
            mid = rng.choice(MID_F) if year >= 1975 else ("Thị" if rng.random() < 0.7 else rng.choice(MID_F))
            giv = rng.choice(GIV_F)
        r = rng.random()
        if r < 0.06:
            return "%s %s %s %s" % (sur, mid, rng.choice(GIV_M if gender == "M" else GIV_F), giv), sur
        if r < 0.1:
            return "%s %s" % (sur, giv), sur
        return "%s %s %s" % (sur, mid, giv), sur

    def new_cccd(self, bprov, gender, year):
        g = (year // 100 - 19) * 2 + (1 if gender == "F" else 0)
        while True:
            s = "%s%d%02d%06d" % (bprov, g, year % 100, self.rng.randrange(1000000))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def new_cmnd(self, prov):
        pre = self.cmnd_prefix.get(prov, "01")
        while True:
            s = pre + "%0*d" % (9 - len(pre), self.rng.randrange(10 ** (9 - len(pre))))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def person(self, age_at=None, min_age=16, max_age=75, prov=None, res=None, gender=None, year=None,
               sur=None, idpolicy=None, ref_t=None):
        rng = self.rng
        p = Person()
        p.gender = gender or ("M" if rng.random() < 0.5 else "F")
        ref_year = (ref_t // 86400 + EPOCH) if ref_t else None
        ry = datetime.date.fromordinal(ref_year).year if ref_year else self.sc["as_of"][0]
        if year is None:
            # young-adult heavy age profile of SIM buyers
            r = rng.random()
            if r < 0.45:
                age = rng.randint(min_age, max(min_age, 35))
            elif r < 0.8:
                age = rng.randint(min(36, max_age), max(min(36, max_age), min(55, max_age)))
            else:
                age = rng.randint(min(56, max_age), max_age)
            year = ry - age
        p.y = year
        p.m = rng.randint(1, 12)
        p.d = rng.randint(1, DAYS_IN_MONTH[p.m - 1])
        p.bprov = prov or pick(rng, PROV_CODES, self.prov_cum)
        if res:
            p.rprov = res
        elif rng.random() < 0.22:
            p.rprov = pick(rng, self.mig_list, self.mig_cum)
        else:
            p.rprov = p.bprov
        p.name, p.sur = self.make_name(p.gender, year, sur)
        p.nat = "VN"
        p.face = rng.getrandbits(64)
        p.phone = self.phone_imei(feature=(year < 1960 and rng.random() < 0.5))
        p.cccd = self.new_cccd(p.bprov, p.gender, year)
        # document used for registration
        pol = idpolicy
        if pol is None:
            if ref_t is not None and ref_t < D_CHIP:
                r = rng.random()
                pol = "CMND" if r < 0.4 else ("CMND12" if r < 0.44 else "CCCD")
            else:
                r = rng.random()
                pol = "CMND" if r < 0.03 else ("CMND12" if r < 0.035 else "CCCD")
        if pol == "CMND":
            p.idtype, p.idnum = "CMND", self.new_cmnd(p.bprov)
        elif pol == "CMND12":
            while True:
                s = "%012d" % rng.randrange(10 ** 11, 10 ** 12)
                if s not in self.used_ids:
                    break
            self.used_ids.add(s)
            p.idtype, p.idnum = "CMND", s
        else:
            p.idtype, p.idnum = "CCCD", p.cccd
        return p

    def fake_person(self, ref_t, inconsistent=0.35):
        """fabricated identity: plausible name, number that belongs to nobody"""
        rng = self.rng
        p = self.person(ref_t=ref_t, idpolicy="CCCD")
        if rng.random() < inconsistent:
            # number built from a template: gender/year parts disagree with declared data
            r = rng.random()
            g = int(p.idnum[3])
            if r < 0.4:
                g ^= 1
            yy = int(p.idnum[4:6])
            if r >= 0.3:
                yy = (yy + rng.randint(1, 15)) % 100
            s = "%s%d%02d%s" % (p.idnum[:3], g, yy, p.idnum[6:])
            if s not in self.used_ids:
                p.idnum = s
                self.used_ids.add(s)
        if rng.random() < 0.2:
            p.idnum = rng.choice(PROV_CODES) + p.idnum[3:]
        if ref_t < D_CHIP and rng.random() < 0.5:
            p.idtype, p.idnum = "CMND", self.new_cmnd(p.bprov)
        return p

    def leaked(self):
        if len(self.leak_pool) < 50 or self.rng.random() < 0.15:
            p = self.person(idpolicy="CCCD", min_age=26, max_age=85)
            self.leak_pool.append(p)
            return p
        return self.rng.choice(self.leak_pool)

    # ------------------------------------------------------------ field renderers
    def render_name(self, name, clerk=0.14):
        r = self.rng.random()
        if r >= clerk:
            return name
        r /= clerk
        if r < 0.5:
            return name.upper()
        if r < 0.85:
            return strip_diacritics(name)
        return strip_diacritics(name).upper()

    def selfie(self, face, bits=None):
        rng = self.rng
        if bits is None:
            bits = rng.choice((0, 1, 1, 2, 2, 2, 3, 3, 4))
        for _ in range(bits):
            face ^= 1 << rng.randrange(64)
        return "%016x" % face

    def popdb(self, t, kind):
        r = self.rng.random()
        if kind == "real":
            if t >= D_POPDB:
                return "MATCH" if r < 0.965 else ("MISMATCH" if r < 0.98 else ("UNCHECKED" if r < 0.995 else "NOT_FOUND"))
            if r < 0.58:
                return "MATCH"
            return "UNCHECKED" if r < 0.97 else ("" if r < 0.985 else "MISMATCH")
        if kind == "fake":
            if t >= D_POPDB:
                return "NOT_FOUND" if r < 0.45 else ("MISMATCH" if r < 0.75 else "UNCHECKED")
            return "UNCHECKED" if r < 0.8 else ("NOT_FOUND" if r < 0.92 else "MISMATCH")
        if kind == "foreign":
            return "UNCHECKED" if r < 0.7 else ("NOT_FOUND" if r < 0.85 else "")
        return "UNCHECKED" if r < 0.6 else ""

    def status(self, t, pop, fraud=False):
        rng = self.rng
        r = rng.random()
        if fraud and r < self.sc["caught"]:
            return rng.choice(("ONE_WAY_LOCKED", "TWO_WAY_LOCKED", "TWO_WAY_LOCKED", "TERMINATED"))
        r = rng.random()
        if pop in ("MISMATCH", "NOT_FOUND") and t < D_CLEANUP and self.asof_t > D_CLEANUP:
            return "TERMINATED" if r < 0.45 else ("TWO_WAY_LOCKED" if r < 0.65 else ("ONE_WAY_LOCKED" if r < 0.75 else "ACTIVE"))
        if r < 0.025 and t < self.asof_t - 200 * 86400:
            return "TERMINATED"
        if r < 0.035:
            return "ONE_WAY_LOCKED"
        if r < 0.055:
            return ""
        return "ACTIVE"

    def usage(self, t, kind):
        """early-life usage (first 30 days); empty where unknown"""
        rng = self.rng
        if t > self.asof_t - 30 * 86400 or t < D_USAGE or rng.random() < 0.04:
            return ["", "", "", "", "", "", "", ""]
        ri = rng.randint
        if kind == "ordinary":
            ad = ri(12, 30)
            oc, ic = ri(5, 160), ri(5, 150)
            v = [ad, oc, ic, ri(0, 25), ri(3, 90), max(1, min(oc, ri(3, 45))),
                 rng.choice((0, 0, 10000, 20000, 50000, 50000, 100000, 100000, 120000, 200000, 300000)),
                 ri(200, 16000)]
        elif kind == "light":
            ad = ri(2, 20)
            oc = ri(0, 20)
            v = [ad, oc, ri(0, 25), ri(0, 5), ri(1, 30), min(oc, ri(0, 10)), rng.choice((0, 0, 10000, 20000)),
                 ri(0, 800)]
        elif kind == "elderly":
            oc = ri(2, 40)
            v = [ri(6, 30), oc, ri(5, 60), ri(0, 2), ri(0, 15), min(oc, ri(1, 8)),
                 rng.choice((0, 10000, 20000, 20000, 50000)), ri(0, 150)]
        elif kind == "heavy_caller":
            oc = ri(300, 1600)
            v = [ri(24, 30), oc, ri(200, 900), ri(20, 400), ri(30, 300), ri(150, min(oc, 1100)),
                 rng.choice((200000, 300000, 500000, 500000, 700000)), ri(3000, 25000)]
        elif kind == "data_only":
            v = [ri(10, 30), 0, ri(0, 2), 0, ri(2, 12), 0, rng.choice((0, 70000, 90000, 120000)),
                 ri(5000, 90000)]
        elif kind == "iot":
            v = [ri(25, 30), 0, 0, ri(0, 40), ri(0, 40), 0, 0, ri(1, 60)]
        elif kind == "tourist":
            oc = ri(0, 15)
            v = [ri(3, 14), oc, ri(0, 10), ri(0, 5), ri(2, 20), min(oc, ri(0, 8)), ri(0, 1) * 100000,
                 ri(1500, 20000)]
        elif kind == "corp":
            oc = ri(60, 450)
            v = [ri(18, 26), oc, ri(40, 400), ri(0, 40), ri(5, 60), ri(20, min(oc, 160)), 0, ri(500, 8000)]
        elif kind == "none":
            v = [ri(0, 1), 0, ri(0, 1), 0, ri(0, 3), 0, 0, ri(0, 3)]
        elif kind == "junk_data":
            v = [ri(8, 30), 0, ri(0, 3), 0, ri(1, 8), 0, 0, ri(8000, 120000)]
        elif kind == "simbox":
            oc = ri(900, 4500)
            v = [ri(6, 26), oc, ri(0, 12), ri(0, 5), ri(0, 8), int(oc * rng.uniform(0.85, 0.99)),
                 rng.choice((100000, 200000, 300000, 500000)), ri(0, 3)]
        elif kind == "otp":
            v = [ri(3, 28), 0, ri(0, 2), ri(0, 2), ri(25, 420), 0, rng.choice((0, 10000, 10000, 20000)), 0]
        elif kind == "sms_spam":
            os_ = ri(800, 9000)
            v = [ri(2, 15), ri(0, 5), ri(0, 5), os_, ri(0, 20), int(os_ * rng.uniform(0.9, 1.0)),
                 rng.choice((50000, 100000, 200000)), 0]
        elif kind == "scam":
            oc = ri(80, 450)
            v = [ri(8, 28), oc, ri(3, 40), ri(0, 30), ri(5, 60), int(oc * rng.uniform(0.6, 0.95)),
                 rng.choice((50000, 100000, 100000, 200000)), ri(100, 3000)]
        elif kind == "warmed":
            # farms simulate a normal subscriber: calls between farm SIMs, small top-ups, some data
            oc = ri(15, 90)
            v = [ri(15, 30), oc, ri(10, 80), ri(2, 20), ri(5, 40), max(1, min(oc, ri(4, 25))),
                 rng.choice((20000, 50000, 50000, 100000)), ri(50, 2000)]
        elif kind == "resold":
            # pre-activated SIM that sat in a drawer, then was sold and used normally or never
            if rng.random() < 0.45:
                v = [0, 0, 0, 0, ri(0, 2), 0, 0, 0]
            else:
                ad = ri(1, 12)
                oc = ri(0, 60)
                v = [ad, oc, ri(0, 40), ri(0, 10), ri(0, 20), min(oc, ri(0, 20)), rng.choice((0, 0, 10000, 50000)),
                     ri(0, 6000)]
        else:
            v = [ri(10, 30), ri(5, 100), ri(5, 100), ri(0, 20), ri(3, 60), ri(3, 40), 50000, ri(100, 8000)]
        return [str(x) for x in v]

    # ------------------------------------------------------------ emit
    def emit(self, carrier, p, t, channel, agent, *, dev=None, selfie="auto", fm=None, pop="real",
             use="ordinary", junk=0, nonowner=0, pattern="legit_ordinary", status=None, first_use="phone",
             msisdn_n=None, ported=None, iccid=None, org=None, name=None, icc_agent="auto"):
        rng = self.rng
        if p is not None and p.y + 14 > 2000 + (t // 86400) // 366 and \
                datetime.date.fromordinal(t // 86400 + EPOCH).year < p.y + 14:
            # nobody below 14 registers on his own documents: move to the 14th year
            t = min(self.asof_t - 1, day_of(p.y + 14, p.m, min(p.d, 28)) * 86400 + self.shop_second())
        if ported is None:
            ported = rng.random() < 0.03
        n = msisdn_n if msisdn_n is not None else self.msisdn(carrier, ported=ported)
        ms = self.fmt_msisdn(carrier, n)
        if channel in ("EKYC_APP", "ONLINE"):
            agent_id = ""
            if dev is None:
                dev = p.phone if p is not None else ""
            if icc_agent == "auto":
                icc_agent = None
        else:
            agent_id = agent.code if agent is not None else ""
            if dev is None:
                dev = rng.choice(agent.devices) if agent is not None else ""
            if icc_agent == "auto":
                icc_agent = agent
        if iccid is None:
            iccid = self.iccid(carrier, icc_agent) if rng.random() > 0.02 else ""
        imsi = self.imsi(carrier)
        if carrier in ("ASIM", "DIGILIFE", "LOCAL") and rng.random() < 0.5:
            imsi = ""
        # selfie & face match
        sh = ""
        fms = ""
        if selfie == "auto":
            need = (channel in ("EKYC_APP", "ONLINE") and t >= D_USAGE) or t >= D_C08 or \
                   (t >= D_SELFIE and rng.random() < 0.75) or (t >= D_POPDB and rng.random() < 0.15)
            if need and p is not None:
                sh = self.selfie(p.face)
                fms = "%.3f" % min(0.999, max(0.5, rng.gauss(0.9, 0.045)))
        elif selfie is not None:
            sh = selfie
            fms = "" if fm is None else "%.3f" % max(0.0, min(0.999, fm))
        if sh and rng.random() < 0.02:
            fms = ""
        popv = self.popdb(t, pop) if pop in ("real", "fake", "foreign", "org") else pop
        st = status if status is not None else self.status(t, popv, fraud=bool(junk or nonowner))
        if first_use == "phone":
            fu = p.phone if (p is not None and rng.random() > 0.08) else ""
        else:
            fu = first_use or ""
        us = self.usage(t, use) if use else ["", "", "", "", "", "", "", ""]
        if st == "TERMINATED" and us[0] == "":
            pass
        if org is not None:
            row = [t, carrier, ms, imsi, iccid, "ORGANIZATION", "ORG", org[0], org[1], "", "",
                   "VN" if rng.random() < 0.7 else "", org[2], fmt_ts(t, carrier == "ITEL"), channel, agent_id,
                   dev, sh, fms, popv, st, fu] + us
        else:
            gender = p.gender if rng.random() > 0.04 else ""
            nat = p.nat if (p.nat != "VN" or rng.random() > 0.12) else ""
            prov = p.rprov if rng.random() > 0.07 else ""
            row = [t, carrier, ms, imsi, iccid, "INDIVIDUAL" if rng.random() > 0.25 else "",
                   p.idtype, p.idnum, name if name is not None else self.render_name(p.name),
                   "%04d-%02d-%02d" % (p.y, p.m, p.d), gender, nat, prov, fmt_ts(t, carrier == "ITEL"),
                   channel, agent_id, dev, sh, fms, popv, st, fu] + us
        row.append((carrier, ms, junk, nonowner, pattern))
        self.out.append(row)
        return row

    def channel_for(self, t):
        r = self.rng.random()
        if t < D_USAGE:
            return "STORE" if r < 0.25 else "AGENT"
        if t < D_POPDB:
            return "STORE" if r < 0.25 else ("AGENT" if r < 0.85 else ("EKYC_APP" if r < 0.95 else "ONLINE"))
        return "STORE" if r < 0.24 else ("AGENT" if r < 0.6 else ("EKYC_APP" if r < 0.9 else "ONLINE"))

    # ------------------------------------------------------------ legit ordinary
    def ordinary(self, q, pattern="legit_ordinary", use="ordinary", p=None, **pk):
        rng = self.rng
        t0 = self.rand_time()
        if p is None:
            p = self.person(ref_t=t0, **pk)
        if p.y > datetime.date.fromordinal(t0 // 86400 + EPOCH).year - 14:
            t0 = max(t0, day_of(p.y + 14, 6, 1) * 86400 + self.shop_second())
            t0 = min(t0, self.asof_t - 3600)
        r = rng.random()
        k = 1 if r < 0.68 else (2 if r < 0.88 else (3 if r < 0.96 else rng.randint(4, 5)))
        k = min(k, q)
        if rng.random() < 0.02:
            self.leak_pool.append(p)
        carrier = self.pick_carrier()
        ekyc_count = {}
        for i in range(k):
            t = t0 if i == 0 else self.rand_time()
            if i > 0 and rng.random() < 0.5:
                carrier = self.pick_carrier()
            ch = self.channel_for(t)
            if ch in ("EKYC_APP", "ONLINE"):
                if ekyc_count.get(carrier, 0) >= 3:
                    ch = "STORE"
                else:
                    ekyc_count[carrier] = ekyc_count.get(carrier, 0) + 1
            agent = None
            if ch in ("STORE", "AGENT"):
                agent = self.store_for(carrier, p.rprov) if ch == "STORE" else self.agent_for(carrier, p.rprov)
                ch = agent.kind
            else:
                t = t // 86400 * 86400 + self.any_second()
            u = use if i == 0 else rng.choice((use, "light", "data_only", "ordinary"))
            row = self.emit(carrier, p, t, ch, agent, use=u, pattern=pattern)
            if agent is not None and agent.corrupt and len(self.walkins) < 5000:
                self.walkins.append((p, row, agent))
        return k

    # ------------------------------------------------------------ fraud patterns
    def f_preactivated(self, q, leaked):
        """a corrupt dealer activates a box of kits in one sitting before selling them over the counter"""
        rng = self.rng
        carrier = self.pick_carrier()
        a = self.corrupt_agent(carrier)
        carrier = a.carrier
        t = self.rand_time(hi_t=None)
        if not leaked and rng.random() < 0.6 and t >= D_POPDB:
            t = self.rand_time()
        size = min(q, rng.choice((10, 20, 30, 50, 50, 100, 100, 200)))
        dev = rng.choice(a.devices)
        stock_face = rng.getrandbits(64)  # dealer's assistant / photo from a photo stack
        base = self.msisdn(carrier)
        seq = rng.random() < 0.6
        patt = "junk_preactivated_leakedid" if leaked else "junk_preactivated_fakeid"
        for i in range(size):
            t += rng.randint(20, 240)
            if (t % 86400) > 22 * 3600:
                t = (t // 86400 + 1) * 86400 + 8 * 3600 + rng.randrange(3600)
            p = self.leaked() if leaked else self.fake_person(t)
            sel = None
            fm = None
            if t >= D_SELFIE or rng.random() < 0.3:
                mode = rng.random()
                if mode < 0.4:
                    sel, fm = self.selfie(stock_face), rng.uniform(0.1, 0.5)
                elif mode < 0.7 and leaked:
                    sel, fm = self.selfie(p.face, rng.randint(5, 11)), rng.uniform(0.55, 0.82)  # photo of ID photo
                elif mode < 0.85:
                    sel, fm = self.selfie(rng.choice(self.flowers)), rng.uniform(0.0, 0.25)
                else:
                    sel, fm = self.selfie(rng.getrandbits(64)), rng.uniform(0.2, 0.6)
            self.emit(carrier, p, t, "AGENT", a, dev=dev, selfie=sel, fm=fm,
                      pop="real" if leaked else "fake", use="resold" if rng.random() < 0.7 else "junk_data",
                      junk=1, nonowner=1 if leaked else 0, pattern=patt, first_use="",
                      msisdn_n=self.msisdn(carrier, seq_from=base + i) if seq else None, ported=False,
                      name=p.name if rng.random() < 0.7 else None)
        return size

    def f_agent_own_id(self, q):
        rng = self.rng
        a = self.corrupt_agent()
        if a.owner is None:
            a.owner = self.person(prov=a.prov, res=a.prov, min_age=22, max_age=50, idpolicy="CCCD")
        p = a.owner
        t = self.rand_time()
        size = min(q, rng.choice((20, 40, 80, 150, 300)))
        dev = rng.choice(a.devices)
        for i in range(size):
            t += rng.randint(60, 5400) if rng.random() < 0.8 else rng.randint(40000, 200000)
            t = min(t, self.asof_t - 1)
            self.emit(a.carrier, p, t, "AGENT", a, dev=dev, pop="real", use="resold", junk=1, nonowner=1,
                      pattern="junk_agent_own_id", first_use="", ported=False)
        return size

    def f_simbox(self, q, kind="simbox"):
        """SIM gateway rack: SIMs registered on bought identities, first used in sequential modem IMEIs"""
        rng = self.rng
        carrier = rng.choice(("VIETTEL", "VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE"))
        ports = rng.choice((8, 16, 32, 64))
        tac = rng.choice(MODEM_TACS)
        s0 = rng.randrange(900000)
        modems = [self.new_imei(tac, s0 + i) for i in range(ports)]
        size = min(q, ports * rng.randint(1, 4))
        t = self.rand_time(lo_year=2019)
        fake = kind == "otp" and rng.random() < 0.5
        nagents = rng.randint(1, 4)
        ags = [self.corrupt_agent(carrier) for _ in range(nagents)]
        patt = "junk_simbox_bought_ids" if kind == "simbox" else "junk_otp_farm"
        mule = rng.getrandbits(64)
        for i in range(size):
            t += rng.randint(30, 3000) if rng.random() < 0.85 else rng.randint(20000, 90000)
            t = min(t, self.asof_t - 1)
            a = ags[i % nagents]
            p = self.fake_person(t, 0.2) if fake else self.leaked()
            if t >= D_SELFIE and rng.random() < 0.8:
                if rng.random() < 0.5:
                    sel, fm = self.selfie(mule), rng.uniform(0.15, 0.55)
                else:
                    sel, fm = self.selfie(p.face, rng.randint(4, 10)), rng.uniform(0.55, 0.85)
            else:
                sel, fm = None, None
            self.emit(a.carrier, p, t, "AGENT", a, selfie=sel, fm=fm, pop="fake" if fake else "real",
                      use=kind, junk=1, nonowner=0 if fake else 1, pattern=patt,
                      first_use=modems[i % ports], ported=False)
        return size

    def f_sms_spam(self, q):
        rng = self.rng
        a = self.corrupt_agent()
        t = self.rand_time()
        size = min(q, rng.randint(15, 120))
        for i in range(size):
            t += rng.randint(30, 600)
            p = self.fake_person(t, 0.5)
            flower = rng.choice(self.flowers[:3])
            self.emit(a.carrier, p, t, "AGENT", a, selfie=self.selfie(flower, rng.randint(0, 3)),
                      fm=rng.uniform(0.0, 0.22), pop="fake", use="sms_spam", junk=1, nonowner=0,
                      pattern="junk_sms_spam_flowers", first_use=self.new_imei(rng.choice(MODEM_TACS)),
                      ported=False)
        return size

    def f_cross_province(self, q):
        """one leaked identity used at many shops of different provinces within days"""
        rng = self.rng
        p = self.leaked()
        t = self.rand_time(lo_year=2020)
        size = min(q, rng.randint(4, 14))
        provs = rng.sample(PROV_CODES, rng.randint(3, 7))
        for i in range(size):
            t += rng.randint(1800, 30000)
            t = min(t, self.asof_t - 1)
            c = self.pick_carrier()
            a = self.agent_for(c, rng.choice(provs), 1.0)
            self.emit(a.carrier, p, t, a.kind, a,
                      selfie=self.selfie(p.face, rng.randint(5, 12)) if t >= D_SELFIE else None,
                      fm=rng.uniform(0.5, 0.8), pop="real", use=rng.choice(("scam", "resold", "otp")),
                      junk=1, nonowner=1, pattern="junk_cross_province_rush", first_use="", ported=False)
        return size

    def f_data_resale(self, q):
        """'SIM 4G data khủng': pre-registered data SIMs sold online, registered in bulk on bought IDs"""
        rng = self.rng
        carrier = rng.choice(("VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "ITEL"))
        a = self.corrupt_agent(carrier)
        t = self.rand_time(lo_year=2018)
        size = min(q, rng.choice((20, 50, 100)))
        for i in range(size):
            t += rng.randint(40, 400)
            leaked = rng.random() < 0.5
            p = self.leaked() if leaked else self.fake_person(t)
            self.emit(a.carrier, p, t, "AGENT", a, selfie=None, pop="real" if leaked else "fake",
                      use="junk_data", junk=1, nonowner=1 if leaked else 0, pattern="junk_data_sim_resale",
                      first_use="", ported=False)
        return size

    def f_dealer_extras(self, q):
        """walk-in customer buys one SIM; the dealer quietly activates more on the same documents"""
        rng = self.rng
        if self.walkins and rng.random() < 0.85:
            p, row, a = self.walkins.pop(rng.randrange(len(self.walkins)))
            t = row[0]
            dev = row[16] or rng.choice(a.devices)
            sel = row[17]
            used = 0
        else:
            a = self.corrupt_agent()
            t = self.rand_time()
            p = self.person(ref_t=t, res=a.prov)
            row = self.emit(a.carrier, p, t, "AGENT", a, pattern="legit_ordinary")
            dev, sel, used = row[16], row[17], 1
        k = min(q - used, rng.choice((1, 2, 2, 3, 3, 4, 5)))
        for i in range(k):
            t += rng.randint(40, 900) if rng.random() < 0.7 else rng.randint(3600, 86400 * 3)
            t = min(t, self.asof_t - 1)
            s = sel if (sel and rng.random() < 0.7) else (self.selfie(int(sel, 16), rng.randint(0, 2)) if sel else None)
            self.emit(a.carrier, p, t, "AGENT", a, dev=dev, selfie=s if s else None,
                      fm=float(row[18]) if row[18] else rng.uniform(0.8, 0.95), pop="real",
                      use=rng.choice(("resold", "resold", "scam", "otp", "junk_data")), junk=1, nonowner=1,
                      pattern="nonowner_dealer_extras", first_use="", ported=False, name=row[8])
        return k + used

    def f_stolen_document(self, q):
        """lost / stolen ID card used by the finder or bought from a pawn, a few SIMs at unrelated shops"""
        rng = self.rng
        t = self.rand_time(lo_year=2019)
        p = self.person(idpolicy="CCCD", min_age=18, max_age=70, ref_t=t)
        thief = rng.getrandbits(64)
        thief_phone = self.phone_imei()
        k = min(q, rng.randint(1, 4))
        for i in range(k):
            t += rng.randint(600, 86400 * 5)
            t = min(t, self.asof_t - 1)
            c = self.pick_carrier()
            ch = "EKYC_APP" if (t >= D_POPDB and rng.random() < 0.35) else "AGENT"
            a = None if ch == "EKYC_APP" else self.agent_for(c, pick(self.rng, PROV_CODES, self.prov_cum), 0.5)
            if a is not None:
                c = a.carrier
                ch = a.kind
            sel = self.selfie(thief) if (t >= D_SELFIE or ch == "EKYC_APP") else None
            self.emit(c, p, t, ch, a, dev=thief_phone if ch == "EKYC_APP" else None, selfie=sel,
                      fm=rng.uniform(0.3, 0.7), pop="real", use=rng.choice(("scam", "ordinary", "otp")), junk=1,
                      nonowner=1, pattern="nonowner_stolen_document", first_use=thief_phone)
        return k

    def f_rented_id(self, q):
        """a real person sells/rents his ID so that someone who cannot register (foreign worker, debtor)
        gets a SIM for genuine personal use"""
        rng = self.rng
        t = self.rand_time(lo_year=2018)
        owner = self.person(ref_t=t, min_age=18, max_age=65)
        user_face = rng.getrandbits(64)
        user_phone = self.phone_imei()
        c = self.pick_carrier()
        a = self.agent_for(c, owner.rprov if rng.random() < 0.5 else rng.choice(INDUSTRIAL + BORDER_NORTH), 0.9)
        sel = self.selfie(user_face) if t >= D_SELFIE else None
        self.emit(a.carrier, owner, t, a.kind, a, selfie=sel, fm=rng.uniform(0.35, 0.75), pop="real",
                  use=rng.choice(("ordinary", "ordinary", "data_only", "light")), junk=0, nonowner=1,
                  pattern="nonowner_rented_id", first_use=user_phone)
        return 1

    def f_secondhand(self, q):
        """number sold / handed on (nice number, moved away) without re-registration"""
        rng = self.rng
        t = self.rand_time()
        p = self.person(ref_t=t)
        ch = self.channel_for(t)
        a = None if ch in ("EKYC_APP", "ONLINE") else self.agent_for(self.pick_carrier(), p.rprov)
        c = a.carrier if a else self.pick_carrier()
        self.emit(c, p, t, a.kind if a else ch, a, pop="real", use="ordinary", junk=0, nonowner=1,
                  pattern="nonowner_secondhand", first_use=self.phone_imei() if rng.random() < 0.5 else "phone")
        return 1

    def f_stealth_trickle(self, q):
        """ring spreads leaked identities thinly over many shops; each shop does 1-3 a day in business
        hours, fresh faces (photo-of-photo), one or two numbers per identity, usage warmed up"""
        rng = self.rng
        ring = rng.sample(self.agents, min(len(self.agents), rng.randint(8, 30)))
        phones = [self.phone_imei() for _ in range(rng.randint(5, 20))]
        t = self.rand_time(lo_year=2022)
        size = min(q, rng.randint(20, 120))
        for i in range(size):
            t += rng.randint(3600 * 3, 86400 * 2)
            t = t // 86400 * 86400 + self.shop_second()
            t = min(t, self.asof_t - 1)
            a = rng.choice(ring)
            p = self.leaked()
            sel = self.selfie(p.face, rng.randint(5, 10))
            self.emit(a.carrier, p, t, a.kind, a, selfie=sel, fm=rng.uniform(0.72, 0.93), pop="real",
                      use=rng.choice(("warmed", "warmed", "scam", "ordinary")), junk=1, nonowner=1,
                      pattern="junk_stealth_trickle", first_use=rng.choice(phones), ported=False,
                      name=p.name)
        return size

    def f_stealth_ekyc(self, q):
        """leaked ID images + deepfaked liveness on the carrier app; max 2-3 per ID per carrier,
        rotating phones, plausible hours"""
        rng = self.rng
        phones = [self.phone_imei() for _ in range(rng.randint(3, 12))]
        t = self.rand_time(lo_year=2022)
        size = min(q, rng.randint(10, 60))
        i = 0
        while i < size:
            p = self.leaked()
            c = rng.choice(("VIETTEL", "VINAPHONE", "MOBIFONE", "VIETTEL"))
            for _ in range(min(size - i, rng.choice((1, 1, 2, 3)))):
                t += rng.randint(1800, 86400)
                t = t // 86400 * 86400 + self.any_second()
                t = min(t, self.asof_t - 1)
                ph = rng.choice(phones)
                self.emit(c, p, t, rng.choice(("EKYC_APP", "EKYC_APP", "ONLINE")), None, dev=ph,
                          selfie=self.selfie(p.face, rng.randint(3, 9)), fm=rng.uniform(0.8, 0.96), pop="real",
                          use=rng.choice(("scam", "otp", "warmed")), junk=1, nonowner=1,
                          pattern="nonowner_stealth_ekyc", first_use=ph if rng.random() < 0.6 else rng.choice(phones))
                i += 1
        return size

    def f_warmed_farm(self, q):
        """phone farm: SIMs 'nursed' with mutual calls and top-ups before sale as aged, clean SIMs"""
        rng = self.rng
        tac = rng.choice([t for t, _ in PHONE_TACS[-8:]])
        s0 = rng.randrange(900000)
        rack = [self.new_imei(tac, s0 + rng.randint(0, 40) + 50 * i) for i in range(rng.randint(10, 40))]
        t = self.rand_time(lo_year=2021)
        size = min(q, rng.randint(20, 100))
        ags = [self.corrupt_agent() for _ in range(rng.randint(1, 5))]
        for i in range(size):
            t += rng.randint(600, 40000)
            t = min(t, self.asof_t - 1)
            a = rng.choice(ags)
            p = self.leaked()
            sel = self.selfie(p.face, rng.randint(5, 11)) if t >= D_SELFIE else None
            self.emit(a.carrier, p, t, a.kind, a, selfie=sel, fm=rng.uniform(0.6, 0.88), pop="real",
                      use="warmed", junk=1, nonowner=1, pattern="junk_warmed_farm", first_use=rng.choice(rack),
                      ported=False)
        return size

    # ------------------------------------------------------------ legit confounders
    def org(self, prov):
        rng = self.rng
        name = "%s %s %s" % (rng.choice(ORG_FORMS), rng.choice(ORG_TRADES), rng.choice(ORG_NAMES))
        if rng.random() < 0.2:
            name = name.upper()
        code = "%02d%08d" % (rng.choice((1, 3, 3, 2, 4, 5, 37, 36, 23, 28, 10, 31, 41)), rng.randrange(10 ** 8))
        if rng.random() < 0.15:
            code += "-%03d" % rng.randint(1, 20)
        return (code, name, prov if rng.random() > 0.1 else "")

    def c_org_fleet(self, q, iot=False):
        rng = self.rng
        prov = pick(rng, PROV_CODES, self.prov_cum)
        o = self.org(prov)
        c = rng.choice(("VIETTEL", "VIETTEL", "VINAPHONE", "MOBIFONE"))
        a = self.store_for(c, prov)
        c = a.carrier
        t = self.rand_time()
        size = min(q, rng.choice((10, 20, 30, 50, 100, 200)) if not iot else rng.choice((50, 100, 200, 500)))
        base = self.msisdn(c)
        dev = rng.choice(a.devices)
        tac = rng.choice(IOT_TACS)
        s0 = rng.randrange(800000)
        for i in range(size):
            t += rng.randint(5, 90)
            self.emit(c, None, t, "STORE", a, dev=dev, selfie=None, pop="org",
                      use="iot" if iot else rng.choice(("corp", "corp", "heavy_caller", "ordinary")),
                      pattern="legit_iot_m2m" if iot else "legit_org_fleet",
                      first_use=self.new_imei(tac, s0 + i) if iot else self.phone_imei(),
                      msisdn_n=self.msisdn(c, seq_from=base + i) if rng.random() < 0.8 else None,
                      ported=False, org=o, status="ACTIVE" if rng.random() < 0.9 else "")
        return size

    def c_org_employees(self, q):
        """company registers numbers in each employee's own name during one session at the factory"""
        rng = self.rng
        prov = rng.choice(INDUSTRIAL)
        c = rng.choice(("VIETTEL", "VINAPHONE", "MOBIFONE"))
        a = self.store_for(c, prov)
        t = self.rand_time()
        size = min(q, rng.randint(10, 80))
        dev = rng.choice(a.devices)
        for i in range(size):
            t += rng.randint(60, 400)
            p = self.person(ref_t=t, res=prov, min_age=20, max_age=55)
            self.emit(a.carrier, p, t, a.kind, a, dev=dev, use="corp", pattern="legit_org_employees", ported=False)
        return size

    def c_family(self, q):
        rng = self.rng
        t = self.rand_time()
        dad = self.person(ref_t=t, min_age=38, max_age=60, gender="M")
        mom = self.person(ref_t=t, min_age=35, max_age=58, gender="F", prov=dad.rprov if rng.random() < 0.6 else None,
                          res=dad.rprov)
        ry = datetime.date.fromordinal(t // 86400 + EPOCH).year
        kids = [self.person(prov=dad.rprov, res=dad.rprov, year=min(ry - 14, dad.y + rng.randint(22, 34)),
                            sur=dad.sur, idpolicy="CCCD", ref_t=t)
                for _ in range(rng.randint(1, 3))]
        grand = []
        if rng.random() < 0.3:
            grand = [self.person(ref_t=t, year=dad.y - rng.randint(22, 32), sur=dad.sur, prov=dad.bprov,
                                 res=dad.rprov)]
        members = [dad, mom] + kids + grand
        c = self.pick_carrier()
        a = self.agent_for(c, dad.rprov, 0.97)
        dev = rng.choice(a.devices)
        k = min(q, len(members))
        for p in members[:k]:
            t += rng.randint(120, 700)
            self.emit(a.carrier, p, t, a.kind, a, dev=dev,
                      use="elderly" if p in grand else rng.choice(("ordinary", "ordinary", "light")),
                      pattern="legit_family_visit")
        return k

    def c_shared_device(self, q):
        """one smartphone in the household used to self-register several relatives over a few days"""
        rng = self.rng
        t = self.rand_time(lo_year=2021)
        head = self.person(ref_t=t, min_age=22, max_age=45)
        k = min(q, rng.randint(2, 5))
        c = self.pick_carrier()
        for i in range(k):
            p = head if i == 0 else self.person(ref_t=t, res=head.rprov, sur=head.sur if rng.random() < 0.6 else None,
                                                min_age=16, max_age=90)
            t += rng.randint(300, 86400 * 4)
            t = min(t, self.asof_t - 1)
            self.emit(c, p, t, "EKYC_APP", None, dev=head.phone, selfie=self.selfie(p.face),
                      fm=rng.uniform(0.68, 0.97) if p.y < 1960 else rng.uniform(0.82, 0.99), pop="real",
                      use="elderly" if p.y < 1960 else "ordinary", pattern="legit_shared_device_ekyc",
                      first_use="phone")
        return k

    def c_migrant_burst(self, q):
        """recruitment day at an industrial zone: dozens of young workers from far provinces, one dealer"""
        rng = self.rng
        prov = rng.choice(INDUSTRIAL)
        c = self.pick_carrier()
        a = self.agent_for(c, prov, 1.0)
        t = self.rand_time()
        t = t // 86400 * 86400 + 7 * 3600 + rng.randrange(7200)
        size = min(q, rng.randint(20, 120))
        dev = rng.choice(a.devices)
        home = rng.sample(["038", "040", "042", "036", "034", "064", "066", "087", "089", "091", "094", "096",
                           "051", "052", "014", "025", "030", "044", "045", "084", "083"], rng.randint(3, 9))
        for i in range(size):
            t += rng.randint(45, 300)
            p = self.person(ref_t=t, prov=rng.choice(home), res=prov, min_age=18, max_age=34)
            self.emit(a.carrier, p, t, a.kind, a, dev=dev, use=rng.choice(("ordinary", "light", "data_only")),
                      pattern="legit_migrant_burst", ported=False)
        return size

    def c_student(self, q):
        rng = self.rng
        prov = rng.choice(UNIVERSITY)
        c = rng.choice(("VIETTEL", "VINAPHONE", "MOBIFONE"))
        a = self.store_for(c, prov)
        d = day_of(rng.choice([y for y in self.years if y >= 2017] or self.years), 9, rng.randint(5, 25))
        d = min(d, self.asof_day - 40)
        size = min(q, rng.randint(30, 200))
        ry = datetime.date.fromordinal(d + EPOCH).year
        dev = rng.choice(a.devices)
        for i in range(size):
            t = d * 86400 + rng.randint(7 * 3600, 17 * 3600) + (i // 80) * 86400
            p = self.person(ref_t=t, year=ry - 18 if rng.random() < 0.85 else ry - rng.randint(19, 22), res=prov)
            self.emit(a.carrier, p, t, a.kind, a, dev=rng.choice(a.devices) if rng.random() < 0.3 else dev,
                      use=rng.choice(("ordinary", "data_only")), pattern="legit_student_campaign", ported=False)
        return size

    def c_heavy_caller(self, q):
        """shippers, ride-hailing drivers, brokers, insurance sellers: legitimately huge outbound"""
        return self.ordinary(min(q, 2), pattern="legit_heavy_caller", use="heavy_caller", min_age=20, max_age=50)

    def c_elderly(self, q, unconfirmed=False):
        rng = self.rng
        t = self.rand_time()
        ry = datetime.date.fromordinal(t // 86400 + EPOCH).year
        p = self.person(ref_t=t, year=ry - rng.randint(68, 99))
        c = self.pick_carrier()
        a = self.agent_for(c, p.rprov, 0.98)
        st = None
        if unconfirmed and self.asof_t > day_of(2026, 6, 15) * 86400:
            st = "ONE_WAY_LOCKED"
        fm = min(0.97, max(0.45, rng.gauss(0.8, 0.08)))
        sel = self.selfie(p.face, rng.randint(1, 5)) if t >= D_SELFIE else None
        self.emit(a.carrier, p, t, a.kind, a, selfie=sel, fm=fm, use="elderly",
                  pattern="legit_unconfirmed_elderly" if unconfirmed else "legit_elderly", status=st,
                  name=self.render_name(p.name, 0.3))
        return 1

    def c_foreigner(self, q, tourist=False):
        rng = self.rng
        nat = pick(rng, FOREIGN_NAT, cum(FOREIGN_W))
        sn, gn, order = FOREIGN[nat]
        prov = rng.choice(AIRPORT) if tourist else (rng.choice(BORDER_NORTH + INDUSTRIAL + ["001", "079", "048", "056"]))
        c = rng.choice(("VIETTEL", "VINAPHONE", "MOBIFONE", "MOBIFONE"))
        a = self.store_for(c, prov)
        t = self.rand_time()
        size = min(q, rng.randint(5, 40)) if tourist else 1
        dev = rng.choice(a.devices)
        for i in range(size):
            t += rng.randint(60, 600) if tourist else 0
            nat_i = nat if (not tourist or rng.random() < 0.7) else pick(rng, FOREIGN_NAT, cum(FOREIGN_W))
            sn, gn, order = FOREIGN[nat_i]
            p = Person()
            p.gender = "M" if rng.random() < 0.55 else "F"
            p.y = datetime.date.fromordinal(t // 86400 + EPOCH).year - rng.randint(20, 65)
            p.m, p.d = rng.randint(1, 12), rng.randint(1, 28)
            p.bprov = p.rprov = prov
            s, g = rng.choice(sn), rng.choice(gn)
            p.name = "%s %s" % (s, g) if order else "%s %s" % (g, s)
            p.sur = s
            p.nat = nat_i
            p.face = rng.getrandbits(64)
            p.phone = self.phone_imei()
            p.idtype = "PASSPORT"
            if nat_i == "CN":
                p.idnum = "E%08d" % rng.randrange(10 ** 8)
            elif nat_i == "KR":
                p.idnum = "M%08d" % rng.randrange(10 ** 8)
            elif nat_i == "JP":
                p.idnum = "T%s%07d" % (rng.choice("KRZ"), rng.randrange(10 ** 7))
            elif nat_i == "US":
                p.idnum = "%09d" % rng.randrange(10 ** 8, 10 ** 9)
            else:
                p.idnum = "%s%07d" % (rng.choice("ABCKNPX"), rng.randrange(10 ** 7))
            self.emit(a.carrier, p, t, a.kind, a, dev=dev,
                      selfie=self.selfie(p.face) if t >= D_SELFIE else None, fm=rng.uniform(0.8, 0.98),
                      pop="foreign", use="tourist" if tourist else rng.choice(("ordinary", "data_only")),
                      pattern="legit_tourist_airport" if tourist else "legit_foreigner", name=p.name,
                      status="TERMINATED" if (tourist and rng.random() < 0.4 and t < self.asof_t - 90 * 86400) else None)
        return size

    def c_multi_line(self, q):
        """small trader with 4-9 lines (shop hotline, Zalo, delivery, spare), all in person at stores"""
        rng = self.rng
        t = self.rand_time()
        p = self.person(ref_t=t, min_age=25, max_age=60)
        k = min(q, rng.randint(4, 9))
        for i in range(k):
            c = self.pick_carrier()
            a = self.store_for(c, p.rprov) if i >= 2 else self.agent_for(c, p.rprov)
            t += rng.randint(3600, 86400 * 200)
            t = min(t, self.asof_t - 1)
            self.emit(a.carrier, p, t, a.kind, a, use=rng.choice(("ordinary", "heavy_caller", "light", "data_only")),
                      pattern="legit_multi_line_person")
        return k

    def c_twins(self, q):
        rng = self.rng
        t = self.rand_time()
        a0 = self.person(ref_t=t, min_age=16, max_age=40)
        b = self.person(ref_t=t, year=a0.y, prov=a0.bprov, res=a0.rprov, sur=a0.sur,
                        gender=a0.gender if rng.random() < 0.6 else None)
        b.m, b.d = a0.m, a0.d
        f = a0.face
        for _ in range(rng.randint(5, 9)):
            f ^= 1 << rng.randrange(64)
        b.face = f
        c = self.pick_carrier()
        a = self.agent_for(c, a0.rprov, 0.95)
        k = min(q, 2)
        for p in (a0, b)[:k]:
            t += rng.randint(120, 600)
            self.emit(a.carrier, p, t, a.kind, a, selfie=self.selfie(p.face), fm=rng.uniform(0.85, 0.98),
                      pattern="legit_twins")
        return k

    def c_clerk_typo(self, q):
        rng = self.rng
        t = self.rand_time()
        p = self.person(ref_t=t)
        name = p.name
        r = rng.random()
        if r < 0.35:
            name = strip_diacritics(name).upper()
        elif r < 0.6:
            parts = name.split()
            parts[-1] = rng.choice(GIV_M if p.gender == "M" else GIV_F)
            name = " ".join(parts)
        elif r < 0.8:
            name = name.replace("ư", "u").replace("ơ", "o").replace("ă", "a")
        else:
            name = "  ".join(name.split()) if rng.random() < 0.5 else name.lower()
        c = self.pick_carrier()
        a = self.agent_for(c, p.rprov)
        self.emit(a.carrier, p, t, a.kind, a, name=name, pop="MISMATCH" if t >= D_POPDB and rng.random() < 0.6 else "real",
                  pattern="legit_clerk_typo", status="ACTIVE")
        return 1

    def c_cmnd(self, q):
        rng = self.rng
        t = self.rand_time()
        t = min(t, day_of(2021, 6, 30) * 86400 + self.shop_second()) if rng.random() < 0.8 else t
        p = self.person(ref_t=t, idpolicy="CMND12" if rng.random() < 0.2 else "CMND", min_age=25, max_age=80)
        c = self.pick_carrier()
        a = self.agent_for(c, p.rprov)
        self.emit(a.carrier, p, t, a.kind, a, pattern="legit_cmnd_legacy",
                  use=rng.choice(("ordinary", "elderly", "light")))
        return 1

    def c_night_ekyc(self, q):
        rng = self.rng
        t = self.rand_time(lo_year=2021)
        t = t // 86400 * 86400 + rng.randint(0, 5 * 3600)
        p = self.person(ref_t=t, min_age=18, max_age=40)
        self.emit(self.pick_carrier(), p, t, "EKYC_APP", None, pattern="legit_night_ekyc")
        return 1

    def c_router(self, q):
        rng = self.rng
        t = self.rand_time(lo_year=2019)
        p = self.person(ref_t=t, min_age=22, max_age=60)
        c = self.pick_carrier()
        a = self.agent_for(c, p.rprov)
        self.emit(a.carrier, p, t, a.kind, a, use="data_only", pattern="legit_data_router",
                  first_use=self.new_imei(rng.choice(IOT_TACS)) if rng.random() < 0.7 else "phone")
        return 1

    def c_dealer_staff(self, q):
        rng = self.rng
        a = rng.choice(self.agents)
        if a.owner is None:
            a.owner = self.person(prov=a.prov, res=a.prov, min_age=22, max_age=50, idpolicy="CCCD")
        p = a.owner
        k = min(q, rng.randint(1, 3))
        for i in range(k):
            t = self.rand_time()
            self.emit(a.carrier, p, t, a.kind, a, pattern="legit_dealer_staff_own")
        return k

    # ------------------------------------------------------------ driver
    def run(self):
        rng = self.rng
        N = self.N
        sc = self.sc
        n_fraud = int(round(N * sc["fraud_share"]))
        n_conf = int(round(N * sc["conf_share"]))
        n_ord = N - n_fraud - n_conf
        # ordinary population first (creates the real people whose documents later leak)
        done = 0
        while done < n_ord:
            done += self.ordinary(n_ord - done)
        conf_f = {
            "legit_org_fleet": self.c_org_fleet, "legit_org_employees": self.c_org_employees,
            "legit_iot_m2m": lambda q: self.c_org_fleet(q, iot=True), "legit_family_visit": self.c_family,
            "legit_shared_device_ekyc": self.c_shared_device, "legit_migrant_burst": self.c_migrant_burst,
            "legit_student_campaign": self.c_student, "legit_heavy_caller": self.c_heavy_caller,
            "legit_elderly": self.c_elderly, "legit_foreigner": self.c_foreigner,
            "legit_tourist_airport": lambda q: self.c_foreigner(q, tourist=True),
            "legit_multi_line_person": self.c_multi_line, "legit_twins": self.c_twins,
            "legit_clerk_typo": self.c_clerk_typo, "legit_cmnd_legacy": self.c_cmnd,
            "legit_night_ekyc": self.c_night_ekyc, "legit_data_router": self.c_router,
            "legit_dealer_staff_own": self.c_dealer_staff,
            "legit_unconfirmed_elderly": lambda q: self.c_elderly(q, unconfirmed=True),
        }
        fraud_f = {
            "junk_preactivated_fakeid": lambda q: self.f_preactivated(q, False),
            "junk_preactivated_leakedid": lambda q: self.f_preactivated(q, True),
            "junk_agent_own_id": self.f_agent_own_id, "junk_simbox_bought_ids": self.f_simbox,
            "junk_otp_farm": lambda q: self.f_simbox(q, "otp"), "junk_sms_spam_flowers": self.f_sms_spam,
            "junk_cross_province_rush": self.f_cross_province, "junk_data_sim_resale": self.f_data_resale,
            "nonowner_dealer_extras": self.f_dealer_extras, "nonowner_stolen_document": self.f_stolen_document,
            "nonowner_rented_id": self.f_rented_id, "nonowner_secondhand": self.f_secondhand,
            "junk_stealth_trickle": self.f_stealth_trickle, "nonowner_stealth_ekyc": self.f_stealth_ekyc,
            "junk_warmed_farm": self.f_warmed_farm,
        }
        for total, mix, funcs in ((n_fraud, sc["fraud_mix"], fraud_f), (n_conf, sc["conf_mix"], conf_f)):
            keys = [k for k in mix if mix[k] > 0]
            wsum = sum(mix[k] for k in keys)
            quotas = {k: int(total * mix[k] / wsum) for k in keys}
            rem = total - sum(quotas.values())
            for k in sorted(keys, key=lambda k: -mix[k])[:rem]:
                quotas[k] += 1
            for k in keys:
                q = quotas[k]
                while q > 0:
                    q -= max(1, funcs[k](q))
        self.out.sort(key=lambda r: r[0])
        return self.out


def write(out, outdir):
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "batch.csv"), "w", newline="", encoding="utf-8") as fb, \
            open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as fl:
        wb = csv.writer(fb, lineterminator="\r\n")
        wl = csv.writer(fl, lineterminator="\n")
        wb.writerow(COLUMNS)
        wl.writerow(LABEL_COLUMNS)
        wbr = wb.writerow
        wlr = wl.writerow
        for r in out:
            wbr(r[1:30])
            wlr(r[30])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int)
    ap.add_argument("--seed", default="0")
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out")
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k, v in SCENARIOS.items():
            print("%-24s %s" % (k, v["desc"]))
        return 0
    if a.rows is None or a.out is None:
        ap.error("--rows and --out are required")
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    if a.rows < 1:
        ap.error("--rows must be positive")
    g = Gen(a.rows, a.seed, a.scenario)
    out = g.run()
    write(out, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
