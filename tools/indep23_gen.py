#!/usr/bin/env python3
"""indep23_gen: independent synthetic generator of carrier SIM-registration batches.

Viewpoint: a provincial Department of Science and Technology (So KH&CN) auditor who
receives a carrier's monthly registration export.  The generator models a province
(or the nation): residents drawn from a population pyramid, households, migrant
workers, students, elderly people, small businesses, companies and IoT fleets; carrier
stores, franchised agents and street sellers with heavy-tailed volumes and daily /
weekly rhythms; app / online self-service with eKYC; registration and first-use
devices; selfie perceptual hashes and face-match scores; population-database checks;
30-day early-life usage where the carrier exports it.

Fraud (junk / non-owner) and legitimate-but-suspicious confounders are planted with
per-scenario shares.  Standard library only.  Deterministic: every random generator is
seeded from "indep23|<rows>|<seed>|<scenario>".

Usage:
  python3 tools/indep23_gen.py --rows N --seed S --scenario NAME --out DIR
  python3 tools/indep23_gen.py --list-scenarios
"""
import argparse
import csv
import datetime as _dt
import hashlib
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

# --------------------------------------------------------------------------------------
# Geography: 63 legacy province codes (Circular 07/2016 = GSO codes), rough population
# (millions) and a macro region used for migration flows.
# --------------------------------------------------------------------------------------
PROVINCES = [
    # code, name, population (M), region
    ("001", "Hà Nội", 8.4, "RRD"), ("002", "Hà Giang", 0.9, "NMM"),
    ("004", "Cao Bằng", 0.55, "NMM"), ("006", "Bắc Kạn", 0.33, "NMM"),
    ("008", "Tuyên Quang", 0.8, "NMM"), ("010", "Lào Cai", 0.75, "NMM"),
    ("011", "Điện Biên", 0.62, "NMM"), ("012", "Lai Châu", 0.47, "NMM"),
    ("014", "Sơn La", 1.27, "NMM"), ("015", "Yên Bái", 0.83, "NMM"),
    ("017", "Hòa Bình", 0.87, "NMM"), ("019", "Thái Nguyên", 1.33, "NMM"),
    ("020", "Lạng Sơn", 0.8, "NMM"), ("022", "Quảng Ninh", 1.35, "NMM"),
    ("024", "Bắc Giang", 1.9, "NMM"), ("025", "Phú Thọ", 1.5, "NMM"),
    ("026", "Vĩnh Phúc", 1.2, "RRD"), ("027", "Bắc Ninh", 1.5, "RRD"),
    ("030", "Hải Dương", 1.95, "RRD"), ("031", "Hải Phòng", 2.1, "RRD"),
    ("033", "Hưng Yên", 1.29, "RRD"), ("034", "Thái Bình", 1.87, "RRD"),
    ("035", "Hà Nam", 0.88, "RRD"), ("036", "Nam Định", 1.78, "RRD"),
    ("037", "Ninh Bình", 1.0, "RRD"), ("038", "Thanh Hóa", 3.7, "NCC"),
    ("040", "Nghệ An", 3.4, "NCC"), ("042", "Hà Tĩnh", 1.3, "NCC"),
    ("044", "Quảng Bình", 0.9, "NCC"), ("045", "Quảng Trị", 0.65, "NCC"),
    ("046", "Thừa Thiên Huế", 1.15, "NCC"), ("048", "Đà Nẵng", 1.2, "NCC"),
    ("049", "Quảng Nam", 1.5, "NCC"), ("051", "Quảng Ngãi", 1.24, "NCC"),
    ("052", "Bình Định", 1.5, "NCC"), ("054", "Phú Yên", 0.87, "NCC"),
    ("056", "Khánh Hòa", 1.25, "NCC"), ("058", "Ninh Thuận", 0.6, "NCC"),
    ("060", "Bình Thuận", 1.25, "NCC"), ("062", "Kon Tum", 0.57, "CH"),
    ("064", "Gia Lai", 1.57, "CH"), ("066", "Đắk Lắk", 1.9, "CH"),
    ("067", "Đắk Nông", 0.67, "CH"), ("068", "Lâm Đồng", 1.33, "CH"),
    ("070", "Bình Phước", 1.0, "SE"), ("072", "Tây Ninh", 1.18, "SE"),
    ("074", "Bình Dương", 2.7, "SE"), ("075", "Đồng Nai", 3.2, "SE"),
    ("077", "Bà Rịa–Vũng Tàu", 1.18, "SE"), ("079", "TP Hồ Chí Minh", 9.4, "SE"),
    ("080", "Long An", 1.7, "MKD"), ("082", "Tiền Giang", 1.78, "MKD"),
    ("083", "Bến Tre", 1.3, "MKD"), ("084", "Trà Vinh", 1.0, "MKD"),
    ("086", "Vĩnh Long", 1.03, "MKD"), ("087", "Đồng Tháp", 1.6, "MKD"),
    ("089", "An Giang", 1.9, "MKD"), ("091", "Kiên Giang", 1.75, "MKD"),
    ("092", "Cần Thơ", 1.25, "MKD"), ("093", "Hậu Giang", 0.73, "MKD"),
    ("094", "Sóc Trăng", 1.2, "MKD"), ("095", "Bạc Liêu", 0.92, "MKD"),
    ("096", "Cà Mau", 1.2, "MKD"),
]
PROV_CODES = [p[0] for p in PROVINCES]
PROV_POP = [p[2] for p in PROVINCES]
PROV_REGION = {p[0]: p[3] for p in PROVINCES}
# Provinces that send many migrant workers (boost when drawing a migrant's birth place).
MIGRANT_SENDERS = {"038": 4.0, "040": 4.0, "042": 2.5, "036": 2.0, "034": 2.0,
                   "089": 3.0, "087": 2.5, "094": 2.5, "096": 2.0, "095": 2.0,
                   "091": 2.0, "084": 2.0, "083": 2.0, "052": 2.0, "051": 2.0,
                   "064": 1.5, "066": 1.5, "014": 1.5, "002": 1.3, "044": 1.8}
# Legacy 9-digit CMND issuing prefixes (2-3 digits).  Only a few are in the fact sheet;
# the rest are plausible and only used to build legacy numbers, never decoded.
CMND_PREFIX = {"001": "01", "079": "02", "031": "03", "077": "27", "075": "27",
               "074": "280", "070": "285", "072": "29", "080": "30", "082": "31",
               "083": "32", "086": "33", "084": "33", "087": "34", "089": "35",
               "092": "36", "093": "36", "094": "36", "091": "37", "096": "38",
               "095": "38", "038": "17", "040": "18", "042": "18", "036": "16",
               "034": "15", "030": "14", "033": "14", "022": "10", "019": "09",
               "048": "20", "049": "20", "066": "24", "068": "25", "064": "23",
               "056": "22", "052": "21", "051": "21", "046": "19"}

# --------------------------------------------------------------------------------------
# Carriers: market share, home MSISDN prefixes (after 2018 conversion), IMSI MNC,
# ICCID issuer digits and length, export conventions.
# --------------------------------------------------------------------------------------
CARRIERS = {
    # code: (share, prefixes, mnc or None, iccid issuer, iccid length)
    "VIETTEL": (0.535, ["086", "096", "097", "098", "032", "033", "034", "035", "036",
                        "037", "038", "039"], "04", "04", 20),
    "VINAPHONE": (0.215, ["088", "091", "094", "083", "084", "085", "081", "082"], "02", "02", 19),
    "MOBIFONE": (0.19, ["089", "090", "093", "070", "079", "077", "076", "078"], "01", "01", 19),
    "VIETNAMOBILE": (0.027, ["092", "052", "056", "058"], "05", "05", 19),
    "GMOBILE": (0.006, ["099", "059"], "07", "07", 19),
    "ITEL": (0.012, ["087"], "08", "08", 19),
    "REDDI": (0.003, ["055"], "09", "09", 19),
    "WINTEL": (0.004, ["055"], "09", "09", 19),
    "ASIM": (0.003, ["089", "090", "093", "070"], None, "01", 19),
    "DIGILIFE": (0.003, ["088", "091", "094"], None, "02", 19),
    "LOCAL": (0.002, ["081", "082", "083", "084"], None, "02", 19),
}
CARRIER_CODES = list(CARRIERS)
CARRIER_SHARE = [CARRIERS[c][0] for c in CARRIER_CODES]
ALL_PREFIXES = sorted({p for c in CARRIERS.values() for p in c[1]})
CARRIER_TAG = {"VIETTEL": "VTL", "VINAPHONE": "VNP", "MOBIFONE": "MBF", "VIETNAMOBILE": "VNM",
               "GMOBILE": "GMB", "ITEL": "ITL", "REDDI": "RED", "WINTEL": "WTL",
               "ASIM": "ASM", "DIGILIFE": "DGL", "LOCAL": "LCL"}
# Export conventions: msisdn form, name rendering, whether usage / gender / optional
# defaults are exported.
EXPORT = {
    #            msisdn form, name form, usage exported, explicit defaults
    "VIETTEL": ("0", "plain", True, True),
    "VINAPHONE": ("84", "plain", True, False),
    "MOBIFONE": ("0", "upper", True, True),
    "VIETNAMOBILE": ("+84", "ascii_upper", False, False),
    "GMOBILE": ("0", "ascii", False, False),
    "ITEL": ("84", "plain", True, True),
    "REDDI": ("0", "plain", False, False),
    "WINTEL": ("0", "plain", True, False),
    "ASIM": ("0", "upper", False, True),
    "DIGILIFE": ("+84", "plain", True, True),
    "LOCAL": ("0", "ascii", False, False),
}

# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai",
            "Trịnh", "Đào", "Cao", "Lâm", "Hà", "Tạ", "Quách", "Lò", "Thạch", "Triệu"]
SURNAME_W = [38, 11, 9.5, 7, 3, 2.1, 4.5, 2, 1.9, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5, 0.6,
             0.6, 0.5, 0.5, 0.5, 0.5, 0.4, 0.4, 0.4, 0.2, 0.1, 0.15, 0.15, 0.2]
MID_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công", "Xuân", "Hoàng", "Anh",
         "Gia", "Tuấn", "Trọng", "Đình", "Bá", "Ngọc"]
MID_M_W = [30, 8, 9, 6, 5, 5, 4, 3, 3, 3, 3, 2, 2, 3, 1, 1]
MID_F = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Phương", "Bảo", "Khánh", "Mỹ",
         "Hồng", "Thùy", "Diệu", "Hoài", "Tuyết"]
MID_F_W = [40, 8, 6, 5, 4, 4, 3, 3, 3, 3, 3, 3, 1, 2, 1]
GIVEN_M = ["Anh", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Hiếu", "Hoàng", "Huy", "Khánh",
           "Long", "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Tùng", "Việt",
           "Đạt", "Đức", "Trung", "Thành", "Phúc", "Lộc", "Tài", "Khoa", "Bảo", "Kiên",
           "Thịnh", "Vinh", "Hưng", "Toàn", "Nghĩa", "Tâm", "Quý", "Lâm", "Duy", "Khải"]
GIVEN_F = ["Anh", "Hà", "Hạnh", "Hằng", "Hoa", "Hồng", "Hương", "Huyền", "Lan", "Linh",
           "Loan", "Mai", "My", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo",
           "Thủy", "Trang", "Trinh", "Tuyết", "Vân", "Yến", "Hiền", "Dung", "Giang", "Thư",
           "Châu", "Ly", "Vy", "Nhi", "Hân", "Tâm", "Xuân", "Liên", "Cúc", "Thoa"]
FOREIGN = [  # nationality, family names, given names, passport style
    ("CN", ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO"],
     ["WEI", "FANG", "JING", "LEI", "MIN", "QIANG", "YAN", "JUN"], "E8"),
    ("KR", ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "YOON"],
     ["MINJUN", "SEOYEON", "JIHOON", "HYUN WOO", "SOYEON", "JAEHYUN"], "M8"),
    ("JP", ["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO"],
     ["HIROSHI", "YUKI", "KENJI", "AYAKA", "TAKUMI", "HARUKA"], "TK7"),
    ("TW", ["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WU"],
     ["CHIH-HAO", "YI-TING", "CHIA-HUI", "WEN-CHENG"], "9"),
    ("US", ["SMITH", "JOHNSON", "NGUYEN", "BROWN", "TRAN", "MILLER"],
     ["JOHN", "MICHAEL", "EMILY", "DAVID", "SARAH", "KEVIN"], "9"),
    ("IN", ["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA"],
     ["RAHUL", "PRIYA", "AMIT", "ANJALI", "VIKRAM"], "L7"),
    ("TH", ["SRISUK", "CHAIYAPORN", "WONGSA", "BOONMA"],
     ["SOMCHAI", "NARONG", "PIMCHANOK", "KANYA"], "AA7"),
    ("LA", ["VONGSA", "PHOMMA", "SOUVANNA", "KEO"],
     ["BOUNMY", "SENGDAO", "KHAMPHONE", "NOY"], "P7"),
]
ORG_KINDS = ["Công ty TNHH", "Công ty Cổ phần", "Doanh nghiệp tư nhân", "Hợp tác xã",
             "Công ty TNHH MTV", "Chi nhánh Công ty Cổ phần"]
ORG_WORDS = ["Thành Công", "Phú Thịnh", "An Phát", "Hưng Long", "Việt Tiến", "Minh Khang",
             "Sao Mai", "Đại Dương", "Hoàng Gia", "Tân Tiến", "Bình Minh", "Trường Sơn",
             "Kim Long", "Hải Âu", "Phương Nam", "Bắc Á", "Nam Việt", "Toàn Cầu"]
ORG_TRADES = ["Thương mại", "Xây dựng", "Vận tải", "Logistics", "May mặc", "Điện tử",
              "Thực phẩm", "Dịch vụ Bảo vệ", "Giao hàng", "Công nghệ", "Nông sản",
              "Điện nước", "Du lịch"]

_ASCII_CACHE = {}


def strip_accents(s):
    r = _ASCII_CACHE.get(s)
    if r is None:
        t = s.replace("Đ", "D").replace("đ", "d")
        t = unicodedata.normalize("NFD", t)
        r = "".join(ch for ch in t if unicodedata.category(ch) != "Mn")
        r = unicodedata.normalize("NFC", r)
        _ASCII_CACHE[s] = r
    return r


def render_name(name, form):
    if form == "plain":
        return name
    if form == "upper":
        return name.upper()
    if form == "ascii":
        return strip_accents(name)
    return strip_accents(name).upper()


def luhn_digit(body):
    """Luhn check digit for a digit string `body` (check digit appended after it)."""
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


def with_luhn(body):
    return body + luhn_digit(body)


def bad_luhn(body):
    c = int(luhn_digit(body))
    return body + str((c + 1 + (len(body) % 8)) % 10)


# --------------------------------------------------------------------------------------
# Scenarios.  Shares are fractions of rows; what is left goes to legit_walkin.
# --------------------------------------------------------------------------------------
BASE_LEGIT = {
    "legit_app_selfservice": 0.20, "legit_family_visit": 0.06, "legit_multi_sim": 0.035,
    "legit_data_backup": 0.035, "legit_migrant_payday": 0.03, "legit_student_booth": 0.02,
    "legit_org_bulk": 0.03, "legit_iot_fleet": 0.02, "legit_foreigner": 0.008,
    "legit_elderly_assisted": 0.015, "legit_clerical_typo": 0.012, "legit_promo_rush": 0.03,
    "legit_household_shared_phone": 0.01,
}
BASE_FRAUD = {
    "preact_fabricated_ids": 0.016, "preact_leaked_ids": 0.009, "agent_own_id_mass": 0.004,
    "sim_box_farm": 0.006, "otp_farm": 0.007, "spam_sms_farm": 0.003,
    "dealer_extra_sims": 0.008, "idtheft_ring_ekyc": 0.006, "rented_documents": 0.006,
    "elderly_id_harvest": 0.004, "stealth_preact_spread": 0.002,
    "stealth_lookalike_ekyc": 0.002,
}


def _mix(base, scale=1.0, **over):
    d = {k: v * scale for k, v in base.items()}
    d.update(over)
    return d


SCENARIOS = {
    "national_default": dict(
        home=None, ym=(2025, 10), promo=[10, 20], payday=[5, 20], face_strict=False,
        legit=_mix(BASE_LEGIT), fraud=_mix(BASE_FRAUD), dirt=0.002,
        desc="whole country, October 2025, 10/10 and 20/10 promotions"),
    "binh_duong_industrial": dict(
        home="074", ym=(2025, 12), promo=[12], payday=[5, 10, 20], face_strict=False,
        legit=_mix(BASE_LEGIT, legit_migrant_payday=0.16, legit_app_selfservice=0.14,
                   legit_org_bulk=0.04, legit_iot_fleet=0.03),
        fraud=_mix(BASE_FRAUD, sim_box_farm=0.014, otp_farm=0.012, preact_fabricated_ids=0.025,
                   rented_documents=0.01, agent_own_id_mass=0.006),
        dirt=0.003, migrant=0.55,
        desc="industrial province, factory paydays, many migrants, SIM farms"),
    "hcmc_metro_app": dict(
        home="079", ym=(2025, 11), promo=[11, 29], payday=[5], face_strict=False,
        legit=_mix(BASE_LEGIT, legit_app_selfservice=0.36, legit_foreigner=0.03,
                   legit_data_backup=0.05, legit_multi_sim=0.045),
        fraud=_mix(BASE_FRAUD, idtheft_ring_ekyc=0.013, otp_farm=0.012, spam_sms_farm=0.006,
                   preact_fabricated_ids=0.01),
        dirt=0.002, migrant=0.35,
        desc="metropolis, eKYC-heavy, foreigners, identity-theft rings, OTP farms"),
    "northern_border_rural": dict(
        home="020", ym=(2025, 8), promo=[8], payday=[], face_strict=False,
        legit=_mix(BASE_LEGIT, legit_app_selfservice=0.07, legit_elderly_assisted=0.04,
                   legit_foreigner=0.012, legit_iot_fleet=0.005, legit_org_bulk=0.015,
                   legit_clerical_typo=0.02, legit_household_shared_phone=0.03),
        fraud=_mix(BASE_FRAUD, elderly_id_harvest=0.014, preact_fabricated_ids=0.03,
                   preact_leaked_ids=0.012, idtheft_ring_ekyc=0.002),
        dirt=0.004, migrant=0.08, elderly=1.6,
        desc="rural border province, street sellers, elderly people, harvested IDs"),
    "hue_university_town": dict(
        home="046", ym=(2025, 9), promo=[2, 9], payday=[], face_strict=False,
        legit=_mix(BASE_LEGIT, legit_student_booth=0.16, legit_app_selfservice=0.22,
                   legit_data_backup=0.05),
        fraud=_mix(BASE_FRAUD, rented_documents=0.016, otp_farm=0.009),
        dirt=0.002, migrant=0.30, student=3.0,
        desc="university town at term start, student booths, rented student IDs"),
    "stealth_dealer_network": dict(
        home="075", ym=(2025, 10), promo=[10], payday=[5, 20], face_strict=False,
        legit=_mix(BASE_LEGIT, legit_migrant_payday=0.06),
        fraud=_mix(BASE_FRAUD, 0.4, stealth_preact_spread=0.035, dealer_extra_sims=0.012),
        dirt=0.002, migrant=0.4, stealth=True,
        desc="dealers spread pre-activation over many shops, hours and real-looking usage"),
    "stealth_identity_ring": dict(
        home="001", ym=(2026, 1), promo=[1, 15], payday=[5], face_strict=False,
        legit=_mix(BASE_LEGIT, legit_app_selfservice=0.30, legit_elderly_assisted=0.025),
        fraud=_mix(BASE_FRAUD, 0.4, stealth_lookalike_ekyc=0.028, rented_documents=0.014),
        dirt=0.002, migrant=0.25, stealth=True,
        desc="identity ring using look-alike selfies, rotated devices and normal usage"),
    "circular08_cleanup_2026": dict(
        home=None, ym=(2026, 6), promo=[6], payday=[5, 20], face_strict=True,
        legit=_mix(BASE_LEGIT, legit_app_selfservice=0.26),
        fraud=_mix(BASE_FRAUD, 0.7, rented_documents=0.014, stealth_lookalike_ekyc=0.006),
        dirt=0.002, cmnd_reverify=True,
        desc="June 2026, Circular 08 face authentication and VNeID confirmation locks"),
    "clean_control_danang": dict(
        home="048", ym=(2025, 7), promo=[7], payday=[5], face_strict=False,
        legit=_mix(BASE_LEGIT, legit_foreigner=0.03, legit_org_bulk=0.045, legit_iot_fleet=0.03,
                   legit_promo_rush=0.05, legit_multi_sim=0.05),
        fraud=_mix(BASE_FRAUD, 0.08),
        dirt=0.001, migrant=0.2,
        desc="almost clean tourist city, many confounders, very little fraud"),
}

LEGIT_MAX_ROWS_PER_AGENT_DAY = 400


class Person(object):
    __slots__ = ("id_type", "id_number", "name", "dob", "gender", "nat", "res", "birth",
                 "face", "phone", "age", "byear", "nsims")

    def __init__(self):
        self.nsims = 0


class Agent(object):
    __slots__ = ("code", "carrier", "kind", "prov", "weight", "devices", "rogue", "owner",
                 "stock", "hours")


class World(object):
    def __init__(self, rows, seed, scenario):
        self.rows = rows
        self.sc_name = scenario
        self.sc = SCENARIOS[scenario]
        key = "indep23|%d|%s|%s" % (rows, seed, scenario)
        h = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
        self.rng = random.Random(h)
        self.out = []          # (sortkey, row, label)
        self.msisdn_used = set()
        self.id_used = set()
        self.id_sims = {}      # (carrier, id_number) -> count (Art. 16 online limit)
        self.known_people = []  # pool of real persons (potential leak victims)
        self.stealth = self.sc.get("stealth", False)
        self._build_time()
        self._build_devices()
        self._build_geo()
        self._build_agents()

    # ---------------- time -------------------------------------------------------
    def _build_time(self):
        y, m = self.sc["ym"]
        d = _dt.date(y, m, 1)
        days = []
        while d.month == m:
            days.append(d)
            d += _dt.timedelta(days=1)
        self.days = [x.isoformat() for x in days]
        w = []
        for x in days:
            f = (1.0, 1.0, 1.0, 1.0, 1.1, 1.35, 1.2)[x.weekday()]
            if x.day in self.sc["promo"]:
                f *= 2.2
            if x.day in self.sc["payday"]:
                f *= 1.3
            w.append(f)
        self.day_cum = _cum(w)
        self.ndays = len(days)
        self.year = y
        shop = [0, 0, 0, 0, 0, 0, 0.2, 1.2, 3.0, 4.0, 3.8, 3.0, 1.8, 1.6, 2.4, 2.8, 3.0,
                3.3, 3.6, 3.8, 3.0, 1.4, 0.3, 0.05]
        app = [0.6, 0.35, 0.2, 0.12, 0.12, 0.3, 0.9, 1.8, 2.4, 2.6, 2.5, 2.4, 2.6, 2.2, 2.0,
               2.0, 2.1, 2.3, 2.6, 3.1, 3.6, 3.7, 3.0, 1.6]
        night = [3, 3, 2.5, 2, 1.2, 0.6, 0.3, 0.2, 0.2, 0.2, 0.2, 0.5, 1.2, 0.8, 0.3, 0.3,
                 0.3, 0.3, 0.4, 0.6, 1.0, 2.0, 3.0, 3.5]
        self.hour_cum = {"shop": _cum(shop), "app": _cum(app), "night": _cum(night)}

    def rand_time(self, kind="shop", day=None):
        r = self.rng
        if day is None:
            day = r.choices(range(self.ndays), cum_weights=self.day_cum)[0]
        hour = r.choices(range(24), cum_weights=self.hour_cum[kind])[0]
        return (day, hour * 3600 + r.randrange(3600))

    def ts(self, t):
        day, sec = t
        if sec >= 86400:
            day, sec = day + sec // 86400, sec % 86400
            if day >= self.ndays:
                day, sec = self.ndays - 1, 86399
        return "%sT%02d:%02d:%02d+07:00" % (self.days[day], sec // 3600, sec // 60 % 60, sec % 60)

    # ---------------- devices ------------------------------------------------------
    def _build_devices(self):
        r = self.rng
        tacs = []
        for i in range(260):
            pre = r.choices(["35", "86", "01", "99"], [45, 45, 8, 2])[0]
            tacs.append(pre + "%06d" % r.randrange(10 ** 6))
        self.phone_tacs = tacs
        self.phone_tac_cum = _cum([1.0 / (i + 1) ** 0.9 for i in range(len(tacs))])
        self.tablet_tacs = ["35" + "%06d" % r.randrange(10 ** 6) for _ in range(6)]
        self.iot_tacs = ["86" + "%06d" % r.randrange(10 ** 6) for _ in range(5)]
        self.gateway_tacs = ["86" + "%06d" % r.randrange(10 ** 6) for _ in range(3)]

    def phone_imei(self):
        r = self.rng
        tac = r.choices(self.phone_tacs, cum_weights=self.phone_tac_cum)[0]
        return with_luhn(tac + "%06d" % r.randrange(10 ** 6))

    def tablet_imei(self):
        r = self.rng
        return with_luhn(r.choice(self.tablet_tacs) + "%06d" % r.randrange(10 ** 6))

    def seq_imeis(self, tacs, n):
        r = self.rng
        tac = r.choice(tacs)
        base = r.randrange(10 ** 6 - n - 1)
        return [with_luhn(tac + "%06d" % (base + i)) for i in range(n)]

    # ---------------- geography and people ---------------------------------------
    def _build_geo(self):
        home = self.sc["home"]
        self.home = home
        self.res_cum = _cum(PROV_POP)
        w = [p * MIGRANT_SENDERS.get(c, 1.0) for c, p in zip(PROV_CODES, PROV_POP)]
        if home:
            reg = PROV_REGION[home]
            for i, c in enumerate(PROV_CODES):
                if c == home:
                    w[i] = 0.0
                elif PROV_REGION[c] == reg:
                    w[i] *= 1.8
        self.mig_cum = _cum(w)
        self.migrant_share = self.sc.get("migrant", 0.15)
        # population pyramid of adults and teens who register SIMs (age bands)
        bands = [(14, 17, 5.5), (18, 24, 15), (25, 34, 22), (35, 44, 19), (45, 54, 14.5),
                 (55, 64, 11.5), (65, 74, 7.5), (75, 92, 4.0)]
        eb = self.sc.get("elderly", 1.0)
        sb = self.sc.get("student", 1.0)
        bw = []
        for lo, hi, wt in bands:
            if lo >= 55:
                wt *= eb
            if lo == 18:
                wt *= sb ** 0.3
            bw.append(wt)
        self.bands = bands
        self.band_cum = _cum(bw)

    def res_province(self):
        if self.home and self.rng.random() < 0.95:
            return self.home
        return self.rng.choices(PROV_CODES, cum_weights=self.res_cum)[0]

    def birth_province(self, res, migrant=None):
        r = self.rng
        if migrant is None:
            migrant = r.random() < self.migrant_share
        if not migrant:
            return res
        return r.choices(PROV_CODES, cum_weights=self.mig_cum)[0]

    def rand_age(self, lo=None, hi=None):
        r = self.rng
        if lo is not None:
            return r.randint(lo, hi)
        b = r.choices(self.bands, cum_weights=self.band_cum)[0]
        return r.randint(b[0], b[1])

    def viet_name(self, gender, surname=None):
        r = self.rng
        sur = surname or r.choices(SURNAMES, SURNAME_W)[0]
        if gender == "M":
            mid = r.choices(MID_M, MID_M_W)[0]
            giv = r.choice(GIVEN_M)
        else:
            mid = r.choices(MID_F, MID_F_W)[0]
            giv = r.choice(GIVEN_F)
        if r.random() < 0.07:  # four-part names are common
            giv = (r.choice(GIVEN_M) if gender == "M" else r.choice(GIVEN_F)) + " " + giv
            if giv.split()[0] == giv.split()[1]:
                giv = giv.split()[1]
        return "%s %s %s" % (sur, mid, giv)

    def cccd(self, birth, gender, byear):
        r = self.rng
        g = (byear // 100 - 19) * 2 + (1 if gender == "F" else 0)
        while True:
            n = "%s%d%02d%06d" % (birth, g, byear % 100, r.randrange(10 ** 6))
            if n not in self.id_used:
                self.id_used.add(n)
                return n

    def cmnd(self, res):
        r = self.rng
        pre = CMND_PREFIX.get(res) or "%02d" % r.randint(4, 38)
        if r.random() < 0.04:
            n = "%012d" % r.randrange(10 ** 11, 10 ** 12)  # legacy 12-digit CMND
        else:
            n = pre + "%0*d" % (9 - len(pre), r.randrange(10 ** (9 - len(pre))))
        self.id_used.add(n)
        return n

    def person(self, age=None, gender=None, res=None, birth=None, migrant=None,
               surname=None, cmnd_p=None, remember=True):
        r = self.rng
        p = Person()
        if age is None:
            age = self.rand_age()
        p.age = age
        p.gender = gender or ("M" if r.random() < 0.5 else "F")
        p.res = res or self.res_province()
        p.birth = birth or self.birth_province(p.res, migrant)
        byear = self.year - age - (1 if r.random() < 0.6 else 0)
        p.byear = byear
        # birthdays cluster a little on 1 Jan for older rural people (declared dates)
        if age > 60 and r.random() < 0.08:
            p.dob = "%04d-01-01" % byear
        else:
            p.dob = "%04d-%02d-%02d" % (byear, r.randint(1, 12), r.randint(1, 28))
        p.name = self.viet_name(p.gender, surname)
        p.nat = "VN"
        if cmnd_p is None:
            cmnd_p = 0.004 + (0.03 if age > 55 else 0.0)
            if self.sc.get("cmnd_reverify"):
                cmnd_p *= 2
        if r.random() < cmnd_p:
            p.id_type = "CMND"
            p.id_number = self.cmnd(p.res)
        else:
            p.id_type = "CCCD"
            p.id_number = self.cccd(p.birth, p.gender, byear)
        p.face = r.getrandbits(64)
        p.phone = self.phone_imei()
        if remember and r.random() < 0.3:
            kp = self.known_people
            if len(kp) < 50000:
                kp.append(p)
            else:
                kp[r.randrange(50000)] = p
        return p

    def foreigner(self):
        r = self.rng
        nat, fams, givs, style = r.choice(FOREIGN)
        p = Person()
        p.age = self.rand_age(20, 68)
        p.gender = "M" if r.random() < 0.6 else "F"
        p.res = self.home or r.choice(["079", "001", "048", "056", "074", "075", "031", "027"])
        p.birth = ""
        p.byear = self.year - p.age
        p.dob = "%04d-%02d-%02d" % (p.byear, r.randint(1, 12), r.randint(1, 28))
        p.name = "%s %s" % (r.choice(fams), r.choice(givs))
        p.nat = nat
        p.id_type = "PASSPORT"
        if style[0].isdigit():
            p.id_number = "%09d" % r.randrange(10 ** 8, 10 ** 9)
        else:
            letters = "".join(ch for ch in style if ch.isalpha())
            nd = int("".join(ch for ch in style if ch.isdigit()))
            p.id_number = letters + "%0*d" % (nd, r.randrange(10 ** nd))
        p.face = r.getrandbits(64)
        p.phone = self.phone_imei()
        return p

    def organisation(self):
        r = self.rng
        o = Person()
        o.id_type = "ORG"
        tax = "%010d" % r.randrange(10 ** 8, 10 ** 10)
        if r.random() < 0.2:
            tax += "-%03d" % r.randint(1, 30)
        o.id_number = tax
        name = "%s %s %s" % (r.choice(ORG_KINDS), r.choice(ORG_TRADES), r.choice(ORG_WORDS))
        if r.random() < 0.15:
            name += ", Chi nhánh " + r.choice(PROVINCES)[1]
        o.name = name
        o.dob = ""
        o.gender = ""
        o.nat = "VN"
        o.res = self.res_province()
        o.birth = o.res
        o.age = 0
        o.byear = 0
        o.face = r.getrandbits(64)   # the representative who signs
        o.phone = self.tablet_imei()
        return o

    # ---------------- points of sale ---------------------------------------------
    def _build_agents(self):
        r = self.rng
        n_total = max(40, min(8000, self.rows // 250))
        self.agents = {}
        self.agent_cum = {}
        self.stores = {}
        self.rogues = {}
        num = 0
        for c in CARRIER_CODES:
            n = max(3, int(n_total * CARRIERS[c][0]))
            lst = []
            for i in range(n):
                a = Agent()
                num += 1
                u = r.random()
                a.kind = "STORE" if u < 0.07 else ("AGENT" if u < 0.45 else "STREET")
                a.carrier = c
                a.prov = self.home if (self.home and r.random() < 0.97) else \
                    r.choices(PROV_CODES, cum_weights=self.res_cum)[0]
                district = r.randint(1, 30)
                a.code = "%s%s%s%02d%04d" % (CARRIER_TAG[c], a.prov, a.kind[0], district,
                                             r.randrange(10000))
                base = {"STORE": 6.0, "AGENT": 2.0, "STREET": 0.6}[a.kind]
                a.weight = base * r.paretovariate(1.25)
                nd = 1 if a.kind == "STREET" else r.randint(1, 4)
                a.devices = [self.tablet_imei() if a.kind != "STREET" else self.phone_imei()
                             for _ in range(nd)]
                a.rogue = a.kind != "STORE" and r.random() < 0.09
                a.owner = None
                a.stock = None
                a.hours = "shop"
                lst.append(a)
            self.agents[c] = lst
            self.agent_cum[c] = _cum([a.weight for a in lst])
            self.stores[c] = [a for a in lst if a.kind == "STORE"] or lst[:1]
            self.rogues[c] = [a for a in lst if a.rogue] or [lst[-1]]

    def pick_agent(self, carrier, kind=None):
        r = self.rng
        if kind == "STORE":
            return r.choice(self.stores[carrier])
        return r.choices(self.agents[carrier], cum_weights=self.agent_cum[carrier])[0]

    def pick_carrier(self):
        return self.rng.choices(CARRIER_CODES, CARRIER_SHARE)[0]

    def agent_owner(self, a):
        if a.owner is None:
            a.owner = self.person(age=self.rand_age(24, 55), res=a.prov, remember=False)
        return a.owner

    # ---------------- network identifiers ----------------------------------------
    def msisdn(self, carrier, ported_p=0.06):
        r = self.rng
        pres = CARRIERS[carrier][1]
        used = self.msisdn_used
        while True:
            pre = r.choice(ALL_PREFIXES) if r.random() < ported_p else r.choice(pres)
            n = int(pre[1:]) * 10 ** 7 + r.randrange(10 ** 7)
            if n not in used:
                used.add(n)
                return n

    def msisdn_run(self, carrier, n, gap_max=1):
        """Consecutive (or near-consecutive) numbers from one block of stock."""
        r = self.rng
        pre = r.choice(CARRIERS[carrier][1])
        cur = int(pre[1:]) * 10 ** 7 + r.randrange(10 ** 7 - n * (gap_max + 2) - 1)
        out = []
        used = self.msisdn_used
        while len(out) < n:
            if cur not in used:
                used.add(cur)
                out.append(cur)
            cur += r.randint(1, gap_max)
        return out

    def iccid_body(self, carrier, serial):
        _, _, _, iss, ln = CARRIERS[carrier]
        return "8984" + iss + "%0*d" % (ln - 7, serial % 10 ** (ln - 7))

    def iccid(self, carrier, serial=None):
        ln = CARRIERS[carrier][4]
        if serial is None:
            serial = self.rng.randrange(10 ** (ln - 7))
        return with_luhn(self.iccid_body(carrier, serial))

    def iccid_run(self, carrier, n):
        ln = CARRIERS[carrier][4]
        base = self.rng.randrange(10 ** (ln - 7) - n - 1)
        return [with_luhn(self.iccid_body(carrier, base + i)) for i in range(n)]

    def agent_iccid(self, a):
        """Agents sell SIM kits from boxes: ICCIDs creep upward over the month."""
        r = self.rng
        ln = CARRIERS[a.carrier][4]
        if a.stock is None or r.random() < 0.01:
            a.stock = r.randrange(10 ** (ln - 7) - 10 ** 6)
        a.stock += r.randint(1, 4)
        return with_luhn(self.iccid_body(a.carrier, a.stock))

    def imsi(self, carrier, msin=None):
        r = self.rng
        mnc = CARRIERS[carrier][2]
        if mnc is None:
            if r.random() < 0.5:
                return ""
            mnc = "01" if carrier == "ASIM" else "02"
        if msin is None:
            msin = r.randrange(10 ** 10)
        return "452" + mnc + "%010d" % msin

    def capture(self, face, maxbits=4):
        r = self.rng
        k = r.choices((0, 1, 2, 3, 4, 5, 6), (10, 24, 26, 20, 12, 5, 3))[0]
        if k > maxbits:
            k = maxbits
        m = 0
        for _ in range(k):
            m |= 1 << r.randrange(64)
        return "%016x" % (face ^ m)

    def fm_legit(self, age=35):
        r = self.rng
        v = r.betavariate(18, 1.8)
        if age > 65:
            v -= r.uniform(0.03, 0.2)   # old ID-card photos
        elif age < 20:
            v -= r.uniform(0.0, 0.12)   # card photo taken at 14
        return max(0.2, min(0.999, v))

    # ---------------- early-life usage --------------------------------------------
    def usage(self, kind):
        r = self.rng
        lg = r.lognormvariate
        if kind == "normal":
            ad = min(30, max(1, int(r.triangular(8, 31, 28))))
            oc = int(lg(3.4, 0.8) * ad / 25)
            ic = int(lg(3.3, 0.8) * ad / 25)
            return [ad, oc, ic, int(lg(1.2, 1.0)), int(lg(2.5, 0.8)),
                    max(0, min(oc, int(lg(2.3, 0.6)))), _topup(r, lg(11.4, 0.6)),
                    int(lg(7.8, 1.1))]
        if kind == "light":
            ad = r.randint(1, 20)
            oc = int(lg(2.0, 0.9))
            return [ad, oc, int(lg(2.2, 0.9)), int(lg(0.5, 0.8)), int(lg(1.8, 0.8)),
                    min(oc, int(lg(1.4, 0.6))), _topup(r, lg(10.5, 0.6)), int(lg(5.5, 1.3))]
        if kind == "elderly":
            ad = r.randint(5, 30)
            oc = int(lg(2.6, 0.7))
            return [ad, oc, int(lg(3.0, 0.6)), 0, int(lg(1.5, 0.8)), min(oc, r.randint(1, 6)),
                    _topup(r, lg(10.6, 0.5)), int(lg(2.0, 1.5))]
        if kind == "data_only":
            return [r.randint(10, 30), 0, r.randint(0, 2), 0, r.randint(0, 6), 0,
                    _topup(r, lg(11.8, 0.4)), int(lg(9.5, 0.8))]
        if kind == "backup":
            ad = r.choice((0, 0, 0, 1, 1, 2, 3))
            return [ad, r.randint(0, 1) if ad else 0, r.randint(0, 2) if ad else 0, 0,
                    r.randint(0, 3), 0, 0 if r.random() < 0.7 else 10000, r.randint(0, 30) if ad else 0]
        if kind == "unused":
            return [0, 0, 0, 0, r.choice((0, 0, 0, 1, 2)), 0, 0, 0]
        if kind == "iot":
            return [r.randint(26, 30), 0, 0, r.randint(0, 3), r.randint(0, 3), 0, 0,
                    int(lg(3.5, 0.8))]
        if kind == "org":
            ad = r.randint(15, 30)
            oc = int(lg(3.8, 0.7))
            return [ad, oc, int(lg(3.5, 0.7)), int(lg(1.0, 1.0)), int(lg(2.0, 0.8)),
                    min(oc, int(lg(2.8, 0.6))), 0, int(lg(7.0, 1.0))]
        if kind == "simbox":
            ad = r.randint(20, 30)
            oc = int(lg(7.3, 0.5))
            return [ad, oc, r.randint(0, 15), 0, r.randint(0, 4), int(oc * r.uniform(0.75, 0.98)),
                    _topup(r, lg(13.3, 0.5)), r.randint(0, 3)]
        if kind == "otp":
            return [r.randint(3, 28), 0, r.randint(0, 2), r.randint(0, 1), int(lg(4.2, 0.8)), 0,
                    r.choice((0, 0, 10000, 20000)), 0]
        if kind == "spam":
            ad = r.randint(2, 12)
            os_ = int(lg(8.3, 0.7))
            return [ad, r.randint(0, 10), r.randint(0, 6), os_, r.randint(0, 10),
                    int(os_ * r.uniform(0.6, 0.95)), _topup(r, lg(12.8, 0.5)), 0]
        if kind == "scam":
            ad = r.randint(3, 20)
            oc = int(lg(5.3, 0.6))
            return [ad, oc, int(lg(1.5, 0.8)), int(lg(2.0, 1.0)), r.randint(0, 8),
                    int(oc * r.uniform(0.55, 0.95)), _topup(r, lg(12.2, 0.5)), int(lg(6.0, 1.0))]
        if kind == "stealth":  # fraud made to look like normal early life
            ad = r.randint(6, 24)
            oc = int(lg(3.2, 0.5) * ad / 22)
            return [ad, oc, int(lg(2.6, 0.6) * ad / 22), int(lg(0.8, 0.8)), int(lg(2.6, 0.7)),
                    max(0, min(oc, int(lg(2.6, 0.5)))), _topup(r, lg(10.9, 0.4)),
                    int(lg(6.5, 1.0))]
        raise ValueError(kind)

    # ---------------- row emission ---------------------------------------------------
    def emit(self, carrier, p, channel, agent, t, pattern, junk, nonown, msisdn=None,
             iccid=None, imsi=None, dev=None, selfie="auto", fm="auto", popdb="auto",
             status="auto", first_use="auto", usage="normal", sub_type="INDIVIDUAL",
             name=None, idn=None, dob=None, gender=None):
        r = self.rng
        u = r.random
        exp = EXPORT[carrier]
        if msisdn is None:
            msisdn = self.msisdn(carrier)
        if iccid is None:
            if agent is not None and u() < 0.65:
                iccid = self.agent_iccid(agent)
            else:
                iccid = self.iccid(carrier)
        if imsi is None:
            imsi = self.imsi(carrier)
        if dev is None:
            if channel == "EKYC_APP":
                dev = p.phone
            elif channel == "ONLINE":
                dev = p.phone if u() < 0.45 else ""
            else:
                dev = r.choice(agent.devices)
        if selfie == "auto":
            if channel == "AGENT" and u() < (0.22 if agent.kind == "STREET" else 0.1) \
                    and not self.sc["face_strict"]:
                selfie = ""
            elif sub_type == "ORGANIZATION" and u() < 0.5:
                selfie = ""
            else:
                selfie = self.capture(p.face)
        if fm == "auto":
            fm = "" if (not selfie or sub_type == "ORGANIZATION") else self.fm_legit(p.age)
        if popdb == "auto":
            if p.id_type == "PASSPORT":
                popdb = "UNCHECKED" if u() < 0.85 else "NOT_FOUND"
            elif p.id_type == "ORG":
                popdb = "UNCHECKED" if u() < 0.7 else "MATCH"
            else:
                x = u()
                popdb = "MATCH" if x < 0.962 else ("UNCHECKED" if x < 0.988 else
                                                    ("MISMATCH" if x < 0.996 else "NOT_FOUND"))
                if p.id_type == "CMND" and u() < 0.3:
                    popdb = "MISMATCH"
        if status == "auto":
            x = u()
            status = "ACTIVE" if x < 0.955 else ("ONE_WAY_LOCKED" if x < 0.975 else
                                                 ("TERMINATED" if x < 0.99 else "TWO_WAY_LOCKED"))
            if self.sc.get("cmnd_reverify") and p.id_type == "CMND" and u() < 0.5:
                status = "ONE_WAY_LOCKED"
        if first_use == "auto":
            first_use = p.phone if u() < 0.85 else self.phone_imei()
        if usage is None or not exp[2] or u() < 0.02:
            use = [""] * 8
        else:
            use = self.usage(usage)
            if use[0] == 0 and usage in ("unused", "backup"):
                first_use = "" if u() < 0.8 else first_use
        key = (carrier, idn or p.id_number)
        self.id_sims[key] = self.id_sims.get(key, 0) + 1
        form = exp[1] if u() > 0.03 else r.choice(("plain", "upper", "ascii", "ascii_upper"))
        nm = render_name(name or p.name, form if p.id_type != "PASSPORT" else "plain")
        mform = exp[0] if u() > 0.01 else r.choice(("0", "84", "+84"))
        ms = "%09d" % msisdn
        defaults = exp[3]
        row = [carrier, (mform + ms) if mform != "0" else "0" + ms, imsi, iccid,
               sub_type if (defaults or sub_type != "INDIVIDUAL") else "",
               p.id_type, idn or p.id_number, nm, p.dob if dob is None else dob,
               (gender if gender is not None else p.gender) if (defaults or u() < 0.9) else "",
               p.nat if (defaults or p.nat != "VN") else "", p.res if u() > 0.03 else "",
               self.ts(t), channel, agent.code if (agent is not None and channel in ("STORE", "AGENT")) else "",
               dev, selfie if carrier != "VINAPHONE" else selfie.upper(),
               ("%.3f" % fm) if fm != "" else "", popdb,
               status if (defaults or status != "ACTIVE") else "", first_use] + \
            [str(x) if x != "" else "" for x in use]
        if u() < self.sc["dirt"]:
            self.dirty(row)
        self.out.append((t[0] * 86400 + t[1], row,
                         (carrier, "84" + ms, 1 if junk else 0, 1 if nonown else 0, pattern)))
        return msisdn

    def dirty(self, row):
        r = self.rng
        k = r.randrange(12)
        if k == 0:
            row[0] = row[0].lower()                       # valid: case-insensitive code
        elif k == 1:
            row[1] = row[1][:-1]                          # truncated number
        elif k == 2 and row[15]:
            row[15] = bad_luhn(row[15][:14])              # mistyped IMEI
        elif k == 3 and row[3]:
            row[3] = bad_luhn(row[3][:-1])                # mistyped ICCID
        elif k == 4 and row[8]:
            row[8] = row[8][:8] + "30" if row[8][5:7] == "02" else \
                "%s/%s/%s" % (row[8][8:10], row[8][5:7], row[8][:4])
        elif k == 5:
            row[7] = "  " + row[7].replace(" ", "  ") + " "  # stray whitespace
        elif k == 6 and row[17]:
            row[17] = row[17].replace(".", ",")
        elif k == 7 and row[11]:
            row[11] = row[11].lstrip("0")
        elif k == 8:
            row[12] = row[12][:10] + " " + row[12][11:19]  # no offset
        elif k == 9:
            row[6] = ""                                   # missing required value
        elif k == 10 and row[21]:
            row[21 + r.randrange(8)] = "-1"
        else:
            row[1] = row[1][:3] + " " + row[1][3:6] + " " + row[1][6:]  # spaced number


def _cum(w):
    out = []
    s = 0.0
    for x in w:
        s += x
        out.append(s)
    return out


def _topup(r, v):
    """Top-ups come in card denominations."""
    dens = (10000, 20000, 50000, 100000, 200000, 500000)
    total = 0
    v = int(v)
    while v > 5000 and total < 5000000:
        d = dens[r.randrange(6)]
        if d > v and d > 10000:
            d = 10000 if v < 20000 else 20000
        total += d
        v -= d
    return total


# ======================================================================================
# Legitimate patterns
# ======================================================================================
class Gen(World):

    def _chan(self, a):
        return "STORE" if a.kind == "STORE" else "AGENT"

    def _use_for(self, p):
        u = self.rng.random()
        if p.age >= 65:
            return "elderly" if u < 0.85 else "light"
        return "normal" if u < 0.82 else ("light" if u < 0.93 else "data_only")

    def g_legit_walkin(self, budget):
        c = self.pick_carrier()
        p = self.person()
        a = self.pick_agent(c)
        self.emit(c, p, self._chan(a), a, self.rand_time(), "legit_walkin", 0, 0,
                  usage=self._use_for(p))
        return 1

    def g_legit_app_selfservice(self, budget):
        r = self.rng
        c = self.pick_carrier()
        age = self.rand_age()
        if age > 65 and r.random() < 0.7:
            age = self.rand_age(18, 45)
        p = self.person(age=age)
        n = 1 if r.random() < 0.88 else min(budget, 2)
        t = self.rand_time("app")
        for i in range(n):
            if self.id_sims.get((c, p.id_number), 0) >= 3:
                a = self.pick_agent(c, "STORE")
                self.emit(c, p, "STORE", a, self.rand_time(), "legit_app_selfservice", 0, 0)
                continue
            ch = "EKYC_APP" if r.random() < 0.86 else "ONLINE"
            self.emit(c, p, ch, None, (t[0], t[1] + i * r.randint(60, 900)),
                      "legit_app_selfservice", 0, 0,
                      usage=self._use_for(p) if i == 0 else "data_only")
        return n

    def g_legit_family_visit(self, budget):
        r = self.rng
        c = self.pick_carrier()
        a = self.pick_agent(c)
        res = self.res_province()
        sur = r.choices(SURNAMES, SURNAME_W)[0]
        pa = r.randint(34, 56)
        members = [self.person(age=pa, gender="M", res=res, surname=sur),
                   self.person(age=pa - r.randint(-2, 6), gender="F", res=res)]
        for _ in range(r.randint(0, 3)):
            members.append(self.person(age=max(14, min(24, pa - r.randint(20, 32))), res=res,
                                       surname=sur, migrant=False))
        if r.random() < 0.35:
            members.append(self.person(age=r.randint(66, 88), res=res, surname=sur))
        r.shuffle(members)
        members = members[:budget]
        t = self.rand_time()
        dev = r.choice(a.devices)
        via_app = r.random() < 0.25
        helper = members[0]
        for i, p in enumerate(members):
            tt = (t[0], t[1] + i * r.randint(120, 600))
            if via_app:
                self.emit(c, p, "EKYC_APP", None, tt, "legit_family_visit", 0, 0,
                          dev=helper.phone, usage=self._use_for(p))
            else:
                self.emit(c, p, self._chan(a), a, tt, "legit_family_visit", 0, 0, dev=dev,
                          usage=self._use_for(p))
        return len(members)

    def g_legit_multi_sim(self, budget):
        r = self.rng
        p = self.person(age=self.rand_age(25, 60))
        n = min(budget, r.choices((4, 5, 6, 7, 8, 9, 12), (30, 22, 15, 10, 8, 6, 3))[0])
        main = self.pick_carrier()
        for i in range(n):
            c = main if r.random() < 0.6 else self.pick_carrier()
            k = self.id_sims.get((c, p.id_number), 0)
            use = r.choice(("normal", "normal", "data_only", "backup", "light"))
            fu = p.phone if r.random() < 0.5 else self.phone_imei()  # second phone / router
            if k < 3 and r.random() < 0.45:
                self.emit(c, p, "EKYC_APP", None, self.rand_time("app"), "legit_multi_sim", 0, 0,
                          usage=use, first_use=fu)
            else:
                a = self.pick_agent(c, "STORE" if k >= 3 else None)
                self.emit(c, p, self._chan(a), a, self.rand_time(), "legit_multi_sim", 0, 0,
                          usage=use, first_use=fu)
        return n

    def g_legit_data_backup(self, budget):
        r = self.rng
        c = self.pick_carrier()
        kp = self.known_people
        p = r.choice(kp) if (kp and r.random() < 0.4) else self.person(age=self.rand_age(18, 60))
        use = "data_only" if r.random() < 0.55 else "backup"
        fu = self.phone_imei() if use == "data_only" else p.phone
        if self.id_sims.get((c, p.id_number), 0) < 3 and r.random() < 0.5:
            self.emit(c, p, "EKYC_APP", None, self.rand_time("app"), "legit_data_backup", 0, 0,
                      usage=use, first_use=fu)
        else:
            a = self.pick_agent(c)
            self.emit(c, p, self._chan(a), a, self.rand_time(), "legit_data_backup", 0, 0,
                      usage=use, first_use=fu)
        return 1

    def g_legit_migrant_payday(self, budget):
        r = self.rng
        c = self.pick_carrier()
        a = self.pick_agent(c)
        pays = self.sc["payday"] or [1]
        day = min(self.ndays - 1, r.choice(pays) - 1 + r.choice((0, 0, 1, 2)))
        n = min(budget, int(r.paretovariate(1.3) * 10) + 5, 150)
        res = self.home or a.prov
        home_village = r.choices(PROV_CODES, cum_weights=self.mig_cum)[0]
        for i in range(n):
            birth = home_village if r.random() < 0.3 else None
            p = self.person(age=self.rand_age(18, 38), res=res, birth=birth, migrant=True,
                            cmnd_p=0.03)
            hour = r.choice((11, 12, 12, 17, 18, 18, 19, 20, 21))
            self.emit(c, p, self._chan(a), a, (day, hour * 3600 + r.randrange(3600)),
                      "legit_migrant_payday", 0, 0,
                      usage="normal" if r.random() < 0.7 else "light")
        return n

    def g_legit_student_booth(self, budget):
        r = self.rng
        c = self.pick_carrier()
        a = self.pick_agent(c)
        n = min(budget, int(r.paretovariate(1.2) * 25) + 10, 300)
        day = r.randrange(min(self.ndays, 14))
        seq = r.random() < 0.5
        ms = self.msisdn_run(c, n, 3) if seq else None
        ic = self.iccid_run(c, n) if seq else None
        t0 = r.randint(7, 10) * 3600
        dev = r.choice(a.devices)
        for i in range(n):
            p = self.person(age=r.choice((18, 18, 18, 19, 19, 20, 21)), cmnd_p=0.0,
                            migrant=r.random() < 0.6)
            t = (day, t0 + i * r.randint(20, 240))
            self.emit(c, p, self._chan(a), a, t, "legit_student_booth", 0, 0,
                      msisdn=ms[i] if seq else None, iccid=ic[i] if seq else None, dev=dev,
                      usage="normal" if r.random() < 0.6 else "data_only")
        return n

    def g_legit_org_bulk(self, budget):
        r = self.rng
        c = self.pick_carrier()
        o = self.organisation()
        n = min(budget, int(r.paretovariate(1.1) * 8) + 5, 600)
        a = self.pick_agent(c, "STORE" if r.random() < 0.7 else None)
        ms = self.msisdn_run(c, n, 1 if r.random() < 0.6 else 20)
        ic = self.iccid_run(c, n)
        t = self.rand_time()
        while t[0] >= self.ndays or self.days and _weekday(self.days[t[0]]) >= 5 and r.random() < 0.8:
            t = self.rand_time()
        per_user = r.random() < 0.3   # carrier exports each employee user
        dev = r.choice(a.devices)
        for i in range(n):
            tt = (t[0], t[1] + i * r.randint(5, 40))
            if per_user:
                e = self.person(age=self.rand_age(20, 58), remember=False)
                self.emit(c, e, self._chan(a), a, tt, "legit_org_bulk", 0, 0, msisdn=ms[i],
                          iccid=ic[i], dev=dev, sub_type="ORGANIZATION", usage="org",
                          first_use=self.phone_imei())
            else:
                self.emit(c, o, self._chan(a), a, tt, "legit_org_bulk", 0, 0, msisdn=ms[i],
                          iccid=ic[i], dev=dev, sub_type="ORGANIZATION", usage="org",
                          first_use=self.phone_imei(), selfie=self.capture(o.face)
                          if r.random() < 0.5 else "")
        return n

    def g_legit_iot_fleet(self, budget):
        r = self.rng
        c = r.choice(("VIETTEL", "VIETTEL", "VINAPHONE", "MOBIFONE"))
        o = self.organisation()
        o.name = "%s %s %s" % (r.choice(ORG_KINDS), r.choice(("Công nghệ", "Điện lực",
                               "Giám sát hành trình", "Cấp nước", "Viễn thông IoT")),
                               r.choice(ORG_WORDS))
        n = min(budget, int(r.paretovariate(1.0) * 20) + 10, 1500)
        a = self.pick_agent(c, "STORE")
        ms = self.msisdn_run(c, n, 1)
        ic = self.iccid_run(c, n)
        mods = self.seq_imeis(self.iot_tacs, n)
        msin = r.randrange(10 ** 10 - n - 1)
        t = self.rand_time()
        for i in range(n):
            self.emit(c, o, "STORE", a, (t[0], t[1] + i * r.randint(2, 12)), "legit_iot_fleet",
                      0, 0, msisdn=ms[i], iccid=ic[i], imsi=self.imsi(c, msin + i),
                      sub_type="ORGANIZATION", usage="iot", first_use=mods[i], selfie="")
        return n

    def g_legit_foreigner(self, budget):
        r = self.rng
        c = r.choice(("VIETTEL", "VINAPHONE", "MOBIFONE", "VIETTEL"))
        a = self.pick_agent(c, "STORE")
        n = min(budget, r.choice((1, 1, 1, 2, 2, 3, 4, 6)))
        t = self.rand_time()
        for i in range(n):
            p = self.foreigner()
            self.emit(c, p, "STORE", a, (t[0], t[1] + i * r.randint(60, 400)), "legit_foreigner",
                      0, 0, usage="data_only" if r.random() < 0.6 else "light",
                      gender=p.gender if r.random() < 0.7 else "")
        return n

    def g_legit_elderly_assisted(self, budget):
        r = self.rng
        c = self.pick_carrier()
        child = self.person(age=self.rand_age(28, 50))
        n = min(budget, r.choice((1, 1, 2, 2, 3, 4)))
        t = self.rand_time("app")
        for i in range(n):
            p = self.person(age=r.randint(66, 92), res=child.res)
            fm = max(0.35, min(0.95, r.gauss(0.74, 0.09)))
            self.emit(c, p, "EKYC_APP", None, (t[0], t[1] + i * r.randint(200, 3000)),
                      "legit_elderly_assisted", 0, 0, dev=child.phone, fm=fm,
                      usage="elderly", first_use=self.phone_imei())
        return n

    def g_legit_household_shared_phone(self, budget):
        r = self.rng
        c = self.pick_carrier()
        sur = r.choices(SURNAMES, SURNAME_W)[0]
        res = self.res_province()
        owner = self.person(age=self.rand_age(20, 45), res=res, surname=sur)
        n = min(budget, r.choice((2, 2, 3, 3, 4)))
        for i in range(n):
            p = owner if i == 0 else self.person(res=res, surname=sur if r.random() < 0.7 else None)
            self.emit(c, p, "EKYC_APP", None, self.rand_time("app"), "legit_household_shared_phone",
                      0, 0, dev=owner.phone, usage=self._use_for(p),
                      first_use=owner.phone if r.random() < 0.4 else p.phone)
        return n

    def g_legit_clerical_typo(self, budget):
        r = self.rng
        c = self.pick_carrier()
        p = self.person()
        a = self.pick_agent(c)
        k = r.randrange(4)
        name = idn = dob = None
        popdb = "MISMATCH"
        if k == 0:
            parts = p.name.split()
            i = r.randrange(len(parts))
            w = parts[i]
            w2 = strip_accents(w) if strip_accents(w) != w else (w[:-1] + w[-1] * 2)
            parts[i] = w2
            name = " ".join(parts)
        elif k == 1:
            y, m, d = p.dob.split("-")
            if int(d) <= 12 and d != m:
                dob = "%s-%s-%s" % (y, d, m)
            else:
                dob = "%s-%s-%02d" % (y, m, max(1, (int(d) + r.choice((-1, 1, 10))) % 29))
        elif p.id_type == "CCCD":
            s = list(p.id_number)
            pos = r.randrange(6, 12) if k == 2 else 3
            s[pos] = str((int(s[pos]) + r.randint(1, 9)) % 10) if k == 2 else \
                str(int(s[pos]) ^ 1)
            idn = "".join(s)
            popdb = "NOT_FOUND" if r.random() < 0.8 else "MISMATCH"
        else:
            popdb = "MISMATCH"
        st = "ACTIVE" if r.random() < 0.7 else "ONE_WAY_LOCKED"
        self.emit(c, p, self._chan(a), a, self.rand_time(), "legit_clerical_typo", 0, 0,
                  name=name, idn=idn, dob=dob, popdb=popdb, status=st, usage=self._use_for(p))
        return 1

    def g_legit_promo_rush(self, budget):
        r = self.rng
        c = self.pick_carrier()
        a = self.pick_agent(c)
        a.weight *= 1.0
        day = (r.choice(self.sc["promo"]) - 1) if self.sc["promo"] else r.randrange(self.ndays)
        n = min(budget, int(r.paretovariate(1.1) * 40) + 30, LEGIT_MAX_ROWS_PER_AGENT_DAY)
        for i in range(n):
            p = self.person()
            t = self.rand_time("shop", day)
            self.emit(c, p, self._chan(a), a, t, "legit_promo_rush", 0, 0, usage=self._use_for(p))
        return n


def _weekday(ds):
    return _dt.date(int(ds[:4]), int(ds[5:7]), int(ds[8:10])).weekday()


# ======================================================================================
# Fraud patterns
# ======================================================================================
class FraudGen(Gen):

    def fake_identity(self, consistent=0.85, cmnd_p=0.2):
        r = self.rng
        p = Person()
        p.age = self.rand_age(18, 60) if r.random() < 0.7 else self.rand_age()
        p.gender = "M" if r.random() < 0.55 else "F"
        p.byear = self.year - p.age
        p.dob = "%04d-%02d-%02d" % (p.byear, r.randint(1, 12), r.randint(1, 28))
        p.name = self.viet_name(p.gender)
        p.nat = "VN"
        p.res = self.res_province() if r.random() < 0.6 else r.choice(PROV_CODES)
        p.birth = r.choice(PROV_CODES) if r.random() < 0.93 else r.choice(("003", "005", "099", "013"))
        if r.random() < cmnd_p:
            p.id_type = "CMND"
            p.id_number = self.cmnd(p.res)
        else:
            p.id_type = "CCCD"
            g, by = p.gender, p.byear
            if r.random() > consistent:
                if r.random() < 0.5:
                    g = "F" if g == "M" else "M"
                else:
                    by = by + r.choice((-10, -3, 1, 5, 20))
            p.id_number = self.cccd(p.birth, g, max(1930, min(self.year - 1, by)))
        p.face = r.getrandbits(64)
        p.phone = self.phone_imei()
        return p

    def victim(self, old=False):
        r = self.rng
        kp = self.known_people
        if kp and r.random() < 0.45:
            for _ in range(4):
                v = r.choice(kp)
                if not old or v.age >= 60:
                    return v
        if old:
            return self.person(age=r.randint(60, 90), remember=False)
        return self.person(res=r.choices(PROV_CODES, cum_weights=self.res_cum)[0], remember=False)

    def burst_times(self, n, night=None):
        """Pre-activation sessions: back-to-back registrations, often out of hours."""
        r = self.rng
        out = []
        i = 0
        while i < n:
            kind = "night" if (night if night is not None else r.random() < 0.55) else "shop"
            t = self.rand_time(kind)
            sess = min(n - i, int(r.paretovariate(1.2) * 15) + 5)
            sec = t[1]
            for _ in range(sess):
                out.append((t[0], sec))
                sec += r.randint(12, 110)
            i += sess
        return out

    def _stock_face(self, pool, flower):
        r = self.rng
        x = r.random()
        if x < 0.12:
            return "%016x" % flower, r.uniform(0.02, 0.2)
        if x < 0.25:
            return "", ""
        return self.capture(r.choice(pool)), r.uniform(0.15, 0.55)

    def _fraud_status(self, caught=0.2):
        r = self.rng
        x = r.random()
        if x < caught * 0.55:
            return "ONE_WAY_LOCKED"
        if x < caught * 0.85:
            return "TWO_WAY_LOCKED"
        if x < caught:
            return "TERMINATED"
        return "ACTIVE"

    def _resale_use(self):
        """Pre-activated stock: mostly idle, some resold to strangers or farms."""
        r = self.rng
        x = r.random()
        if x < 0.5:
            return "unused", ""
        if x < 0.8:
            return "light", self.phone_imei()
        if x < 0.9:
            return "scam", self.phone_imei()
        return "otp", self.phone_imei()

    def g_preact_fabricated_ids(self, budget):
        r = self.rng
        c = self.pick_carrier()
        a = r.choice(self.rogues[c])
        n = min(budget, int(r.paretovariate(1.1) * 25) + 15, 600)
        ms = self.msisdn_run(c, n, r.choice((1, 1, 2, 5)))
        ic = self.iccid_run(c, n)
        msin = r.randrange(10 ** 10 - n - 1)
        times = self.burst_times(n)
        pool = [r.getrandbits(64) for _ in range(r.randint(3, 15))]
        flower = r.getrandbits(64)
        dev = r.choice(a.devices)
        p = None
        left = 0
        for i in range(n):
            if left <= 0:
                p = self.fake_identity(cmnd_p=0.3)
                left = r.choice((1, 1, 1, 2, 3))
            left -= 1
            sf, fm = self._stock_face(pool, flower)
            x = r.random()
            popdb = "NOT_FOUND" if x < 0.55 else ("UNCHECKED" if x < 0.9 else "MISMATCH")
            use, fu = self._resale_use()
            self.emit(c, p, "AGENT", a, times[i], "preact_fabricated_ids", 1, 0, msisdn=ms[i],
                      iccid=ic[i], imsi=self.imsi(c, msin + i), dev=dev, selfie=sf, fm=fm,
                      popdb=popdb, status=self._fraud_status(0.3), first_use=fu, usage=use)
        return n

    def g_preact_leaked_ids(self, budget):
        r = self.rng
        c = self.pick_carrier()
        a = r.choice(self.rogues[c])
        n = min(budget, int(r.paretovariate(1.2) * 20) + 10, 400)
        ms = self.msisdn_run(c, n, r.choice((1, 2, 3)))
        ic = self.iccid_run(c, n) if r.random() < 0.7 else [None] * n
        times = self.burst_times(n)
        pool = [r.getrandbits(64) for _ in range(r.randint(2, 8))]
        flower = r.getrandbits(64)
        p = None
        left = 0
        for i in range(n):
            if left <= 0:
                p = self.victim()
                left = r.choice((1, 1, 2, 2, 3, 4))
            left -= 1
            x = r.random()
            if x < 0.45:   # photo of the card photo: too-perfect match
                sf, fm = "%016x" % (p.face ^ 0x0F00F000000F0000), r.uniform(0.95, 0.997)
            else:
                sf, fm = self._stock_face(pool, flower)
            use, fu = self._resale_use()
            self.emit(c, p, "AGENT", a, times[i], "preact_leaked_ids", 1, 1, msisdn=ms[i],
                      iccid=ic[i] or self.iccid(c), selfie=sf, fm=fm,
                      popdb="MATCH" if r.random() < 0.85 else "UNCHECKED",
                      status=self._fraud_status(0.25), first_use=fu, usage=use)
        return n

    def g_agent_own_id_mass(self, budget):
        r = self.rng
        c = self.pick_carrier()
        a = r.choice(self.rogues[c])
        o = self.agent_owner(a)
        n = min(budget, int(r.paretovariate(1.0) * 40) + 20, 1200)
        times = self.burst_times(n, night=r.random() < 0.5)
        runs = self.msisdn_run(c, n, r.choice((1, 3, 8)))
        for i in range(n):
            use, fu = self._resale_use()
            self.emit(c, o, "AGENT", a, times[i], "agent_own_id_mass", 1, 1, msisdn=runs[i],
                      popdb="MATCH", status=self._fraud_status(0.15), first_use=fu, usage=use)
        return n

    def g_sim_box_farm(self, budget):
        r = self.rng
        c = self.pick_carrier()
        n = min(budget, int(r.paretovariate(1.1) * 30) + 30, 800)
        ngw = max(1, n // r.choice((16, 32, 64)))
        ports = self.seq_imeis(self.gateway_tacs, ngw * r.choice((8, 16)))
        bought = r.random() < 0.5
        agents = [r.choice(self.rogues[c]) for _ in range(r.randint(1, 3))]
        times = self.burst_times(n)
        ms = self.msisdn_run(c, n, r.choice((1, 2, 10)))
        p = None
        left = 0
        for i in range(n):
            if left <= 0:
                p = self.victim() if bought else self.fake_identity()
                left = r.choice((1, 2, 3, 4, 6))
            left -= 1
            a = r.choice(agents)
            if bought:
                sf, fm, pdb = self.capture(p.face), self.fm_legit(p.age), "MATCH"
            else:
                sf, fm = ("", "") if r.random() < 0.5 else (self.capture(r.getrandbits(64)), r.uniform(0.1, 0.5))
                pdb = r.choice(("NOT_FOUND", "UNCHECKED", "UNCHECKED"))
            self.emit(c, p, "AGENT", a, times[i], "sim_box_farm", 1, 1 if bought else 0,
                      msisdn=ms[i], selfie=sf, fm=fm, popdb=pdb,
                      status=self._fraud_status(0.35), first_use=r.choice(ports), usage="simbox")
        return n

    def g_otp_farm(self, budget):
        r = self.rng
        c = self.pick_carrier()
        n = min(budget, int(r.paretovariate(1.1) * 25) + 20, 600)
        modems = self.seq_imeis(self.gateway_tacs + self.iot_tacs[:1], max(2, n // r.randint(4, 12)))
        phones = [self.phone_imei() for _ in range(r.randint(2, 6))]
        rented = r.random() < 0.6
        a = r.choice(self.rogues[c])
        p = None
        left = 0
        for i in range(n):
            if left <= 0:
                p = self.victim() if rented else self.fake_identity()
                left = r.choice((2, 3, 3, 4, 5))
                k = 0
            left -= 1
            k += 1
            if k <= 3 or r.random() < 0.25:   # app for the first 3 (and sometimes beyond)
                ch, ag, dev, t = "EKYC_APP", None, r.choice(phones), self.rand_time("night")
                sf = self.capture(p.face) if rented else self.capture(r.getrandbits(64))
                fm = self.fm_legit(p.age) if rented else r.uniform(0.2, 0.6)
            else:
                ch, ag, dev, t = "AGENT", a, None, self.rand_time()
                sf, fm = (self.capture(p.face), self.fm_legit(p.age)) if rented else ("", "")
            self.emit(c, p, ch, ag, t, "otp_farm", 1, 1 if rented else 0, dev=dev, selfie=sf,
                      fm=fm, popdb="MATCH" if rented else r.choice(("NOT_FOUND", "UNCHECKED")),
                      status=self._fraud_status(0.2), first_use=r.choice(modems), usage="otp")
        return n

    def g_spam_sms_farm(self, budget):
        r = self.rng
        c = self.pick_carrier()
        a = r.choice(self.rogues[c])
        n = min(budget, int(r.paretovariate(1.2) * 20) + 15, 300)
        times = self.burst_times(n)
        ms = self.msisdn_run(c, n, 1)
        ic = self.iccid_run(c, n)
        phones = self.seq_imeis(self.gateway_tacs, max(1, n // 8))
        for i in range(n):
            p = self.fake_identity(consistent=0.7)
            x = r.random()
            st = "ONE_WAY_LOCKED" if x < 0.35 else ("TWO_WAY_LOCKED" if x < 0.5 else "ACTIVE")
            self.emit(c, p, "AGENT", a, times[i], "spam_sms_farm", 1, 0, msisdn=ms[i], iccid=ic[i],
                      selfie="", fm="", popdb=r.choice(("NOT_FOUND", "UNCHECKED", "MISMATCH")),
                      status=st, first_use=r.choice(phones), usage="spam")
        return n

    def g_dealer_extra_sims(self, budget):
        r = self.rng
        if budget < 2:
            return self.g_legit_walkin(budget)
        c = self.pick_carrier()
        a = r.choice(self.rogues[c])
        p = self.person()
        t = self.rand_time()
        dev = r.choice(a.devices)
        sf = self.capture(p.face)
        fm = self.fm_legit(p.age)
        self.emit(c, p, self._chan(a), a, t, "legit_walkin", 0, 0, dev=dev, selfie=sf, fm=fm,
                  popdb="MATCH", usage=self._use_for(p))
        n = min(budget - 1, r.choice((1, 1, 1, 2, 2, 3, 4)))
        sec = t[1]
        for i in range(n):
            sec += r.randint(40, 1200) if r.random() < 0.7 else r.randint(3600, 5 * 3600)
            x = r.random()
            if x < 0.55:
                sf2, fm2 = sf, fm                         # the same capture re-submitted
            elif x < 0.8:
                sf2, fm2 = self.capture(p.face), self.fm_legit(p.age)
            else:
                sf2, fm2 = "", ""
            use, fu = self._resale_use()
            self.emit(c, p, self._chan(a), a, (t[0], sec), "dealer_extra_sims", 1, 1, dev=dev,
                      selfie=sf2, fm=fm2, popdb="MATCH", status=self._fraud_status(0.1),
                      first_use=fu, usage=use)
        return n + 1

    def g_idtheft_ring_ekyc(self, budget):
        r = self.rng
        members = [r.getrandbits(64) for _ in range(r.randint(2, 5))]
        phones = [self.phone_imei() for _ in range(r.randint(3, 8))]
        n = min(budget, int(r.paretovariate(1.3) * 12) + 8, 250)
        carriers = [self.pick_carrier() for _ in range(r.randint(1, 3))]
        i = 0
        while i < n:
            v = self.victim()
            k = min(n - i, r.choice((1, 1, 1, 2, 2, 3, 4, 5)))
            for j in range(k):
                c = r.choice(carriers)
                t = self.rand_time("night" if r.random() < 0.5 else "app")
                if r.random() < 0.55:
                    sf, fm = self.capture(r.choice(members)), r.uniform(0.22, 0.62)
                else:
                    sf, fm = "%016x" % (v.face ^ 0x00F0000F000F0F00), r.uniform(0.93, 0.995)
                ch = "EKYC_APP" if r.random() < 0.8 else "ONLINE"
                self.emit(c, v, ch, None, t, "idtheft_ring_ekyc", 0, 1, dev=r.choice(phones),
                          selfie=sf, fm=fm, popdb="MATCH" if r.random() < 0.9 else "MISMATCH",
                          status=self._fraud_status(0.2), first_use=r.choice(phones), usage="scam")
                i += 1
        return n

    def g_rented_documents(self, budget):
        r = self.rng
        student = self.sc.get("student", 1.0) > 1.5 or r.random() < 0.4
        handlers = [self.phone_imei() for _ in range(r.randint(2, 10))]
        renters = r.randint(3, 15)
        farm = r.random() < 0.35
        n_out = 0
        for _ in range(renters):
            if n_out >= budget:
                break
            p = self.person(age=r.randint(18, 22) if student else self.rand_age(18, 70),
                            migrant=student and r.random() < 0.6)
            k = min(budget - n_out, r.choice((2, 3, 3, 4, 5, 6, 8)))
            day0 = r.randrange(self.ndays)
            for j in range(k):
                c = self.pick_carrier()
                a = self.pick_agent(c)
                t = self.rand_time("shop", min(self.ndays - 1, day0 + r.randint(0, 4)))
                self.emit(c, p, self._chan(a), a, t, "rented_documents", 1 if farm else 0, 1,
                          popdb="MATCH", status=self._fraud_status(0.1),
                          first_use=r.choice(handlers),
                          usage="otp" if farm else r.choice(("scam", "stealth", "light")))
                n_out += 1
        return n_out

    def g_elderly_id_harvest(self, budget):
        r = self.rng
        c = self.pick_carrier()
        a = r.choice(self.rogues[c])
        n = min(budget, int(r.paretovariate(1.2) * 15) + 10, 300)
        village = a.prov
        days = [r.randrange(self.ndays) for _ in range(r.randint(1, 3))]
        dev = r.choice(a.devices)
        i = 0
        while i < n:
            v = self.person(age=r.randint(62, 92), res=village, migrant=False, remember=False) \
                if r.random() < 0.8 else self.victim(old=True)
            event_photo = self.capture(v.face)   # photographed at the "gift" event
            for j in range(min(n - i, r.choice((1, 1, 2, 3)))):
                t = self.rand_time(r.choice(("shop", "night")), r.choice(days))
                x = r.random()
                sf, fm = (event_photo, self.fm_legit(v.age)) if x < 0.6 else \
                    (("", "") if x < 0.85 else (self.capture(r.getrandbits(64)), r.uniform(0.2, 0.5)))
                use, fu = self._resale_use()
                self.emit(c, v, "AGENT", a, t, "elderly_id_harvest", 1, 1, dev=dev, selfie=sf,
                          fm=fm, popdb="MATCH", status=self._fraud_status(0.15), first_use=fu,
                          usage=use)
                i += 1
        return n

    def g_stealth_preact_spread(self, budget):
        """Pre-activation dressed up as walk-ins: many shops, opening hours, one SIM per
        consistent identity, hired models for selfies, scripted light usage."""
        r = self.rng
        n = min(budget, int(r.paretovariate(1.1) * 40) + 40, 1500)
        shops = []
        for _ in range(r.randint(5, 15)):
            c = self.pick_carrier()
            shops.append((c, r.choice(self.rogues[c]) if r.random() < 0.6 else self.pick_agent(c)))
        models = [r.getrandbits(64) for _ in range(max(3, n // r.randint(12, 40)))]
        handsets = [self.phone_imei() for _ in range(max(2, n // r.randint(8, 25)))]
        for i in range(n):
            c, a = r.choice(shops)
            leaked = r.random() < 0.6
            if leaked:
                p = self.victim()
                fm = r.uniform(0.7, 0.9)
            else:
                p = self.fake_identity(consistent=1.0, cmnd_p=0.0)
                p.birth = p.res if r.random() < 0.7 else p.birth
                fm = r.uniform(0.8, 0.97)
            sf = self.capture(r.choice(models))
            pdb = "MATCH" if leaked else ("UNCHECKED" if r.random() < 0.75 else "MATCH")
            idle = r.random() < 0.35
            self.emit(c, p, self._chan(a), a, self.rand_time(), "stealth_preact_spread", 1,
                      1 if leaked else 0, selfie=sf, fm=fm, popdb=pdb,
                      status=self._fraud_status(0.05),
                      first_use="" if idle and r.random() < 0.5 else r.choice(handsets),
                      usage="unused" if idle else "stealth")
        return n

    def g_stealth_lookalike_ekyc(self, budget):
        """Identity ring that passes eKYC with look-alike faces, one SIM per victim,
        rotating cheap phones bought in bulk, normal hours, normal-looking usage."""
        r = self.rng
        n = min(budget, int(r.paretovariate(1.2) * 25) + 20, 800)
        members = [r.getrandbits(64) for _ in range(r.randint(3, 7))]
        phones = self.seq_imeis(self.phone_tacs[:20], max(3, n // 2))
        for i in range(n):
            v = self.victim()
            c = self.pick_carrier()
            if self.id_sims.get((c, v.id_number), 0) >= 3:
                continue_c = [x for x in CARRIER_CODES if self.id_sims.get((x, v.id_number), 0) < 3]
                c = continue_c[0]
            dev = phones[min(len(phones) - 1, i // 2 + r.randint(0, 1))]
            sf = self.capture(r.choice(members), maxbits=6)
            fm = r.uniform(0.72, 0.9)
            self.emit(c, v, "EKYC_APP" if r.random() < 0.9 else "ONLINE", None,
                      self.rand_time("app"), "stealth_lookalike_ekyc", 0, 1, dev=dev, selfie=sf,
                      fm=fm, popdb="MATCH", status=self._fraud_status(0.04),
                      first_use=dev if r.random() < 0.7 else r.choice(phones),
                      usage="stealth" if r.random() < 0.8 else "scam")
        return n


# ======================================================================================
# Driver
# ======================================================================================
class Generator(FraudGen):

    def run(self):
        N = self.rows
        sc = self.sc
        legit = dict(sc["legit"])
        fraud = dict(sc["fraud"])
        used = 0
        plan_l = [(k, int(round(v * N))) for k, v in sorted(legit.items())]
        plan_f = [(k, int(round(v * N))) for k, v in sorted(fraud.items())]
        total_planned = sum(b for _, b in plan_l) + sum(b for _, b in plan_f)
        if total_planned > N:
            f = N / float(total_planned)
            plan_l = [(k, int(b * f)) for k, b in plan_l]
            plan_f = [(k, int(b * f)) for k, b in plan_f]
        walk_first = max(0, (N - sum(b for _, b in plan_l) - sum(b for _, b in plan_f)) // 2)
        plan = plan_l + [("legit_walkin", walk_first)] + plan_f
        # Interleave groups a little so that rngs state evolution is not one block.
        for name, budget in plan:
            fn = getattr(self, "g_" + name)
            while budget > 0:
                got = fn(budget)
                budget -= got
                used += got
        while len(self.out) < N:
            self.g_legit_walkin(N - len(self.out))
        del self.out[N:]
        self.out.sort(key=lambda x: x[0])

    def write(self, outdir):
        os.makedirs(outdir, exist_ok=True)
        with open(os.path.join(outdir, "batch.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(COLUMNS)
            w.writerows(x[1] for x in self.out)
        with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["carrier", "msisdn", "junk", "non_owner", "pattern"])
            w.writerows(x[2] for x in self.out)


def _pick_carrier_fast(self):
    return self.rng.choices(CARRIER_CODES, cum_weights=_CARRIER_CUM)[0]


_CARRIER_CUM = _cum(CARRIER_SHARE)
World.pick_carrier = _pick_carrier_fast


def main(argv=None):
    ap = argparse.ArgumentParser(description="indep23 synthetic SIM-registration batch generator")
    ap.add_argument("--rows", type=int)
    ap.add_argument("--seed", default="0")
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out")
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k in SCENARIOS:
            print(k)
        return 0
    if a.rows is None or a.out is None:
        ap.error("--rows and --out are required")
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    if a.rows < 1:
        ap.error("--rows must be positive")
    g = Generator(a.rows, a.seed, a.scenario)
    g.run()
    g.write(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
