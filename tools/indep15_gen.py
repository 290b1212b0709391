#!/usr/bin/env python3
"""indep15_gen.py - independent synthetic SIM-registration population generator.

Written only from the batch-format contract and the Vietnam domain fact sheet.
Writes DIR/batch.csv (registration batch) and DIR/labels.csv (ground truth:
carrier,msisdn,junk,non_owner,pattern).  Python 3 standard library only.

  python3 tools/indep15_gen.py --rows N --seed S --scenario NAME --out DIR
  python3 tools/indep15_gen.py --list-scenarios
"""
import argparse
import bisect
import csv
import datetime
import os
import random
import sys
import unicodedata

HEADER = ["carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type", "id_number",
          "full_name", "date_of_birth", "gender", "nationality", "province", "registered_at",
          "channel", "agent_id", "device_imei", "selfie_hash", "face_match", "popdb_check",
          "status", "first_use_imei", "active_days_30d", "out_calls_30d", "in_calls_30d",
          "out_sms_30d", "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d"]

# --------------------------------------------------------------------------------------
# Reference data (fact sheet)
# --------------------------------------------------------------------------------------
# code: approximate population in 100k (weights only)
PROVINCES = {
    "001": 84, "002": 9, "004": 5.4, "006": 3.2, "008": 8, "010": 7.7, "011": 6.3, "012": 4.8,
    "014": 12.7, "015": 8.4, "017": 8.7, "019": 13.3, "020": 8, "022": 13.6, "024": 19,
    "025": 15, "026": 12, "027": 15, "030": 19.5, "031": 21, "033": 12.9, "034": 18.7,
    "035": 8.8, "036": 18.8, "037": 10, "038": 37, "040": 34, "042": 13, "044": 9.1,
    "045": 6.5, "046": 11.6, "048": 12, "049": 15, "051": 12.5, "052": 15, "054": 8.8,
    "056": 12.5, "058": 6, "060": 12.5, "062": 5.8, "064": 16, "066": 19, "067": 6.7,
    "068": 13.3, "070": 10.3, "072": 11.9, "074": 27.6, "075": 33, "077": 11.8, "079": 94,
    "080": 17, "082": 17.9, "083": 13, "084": 10, "086": 10.3, "087": 16, "089": 19,
    "091": 17.5, "092": 12.5, "093": 7.3, "094": 12, "095": 9.2, "096": 12,
}
PROV_CODES = sorted(PROVINCES)
# migrant-receiving provinces: share of residents born elsewhere
MIGRANT_DEST = {"079": 0.35, "074": 0.45, "075": 0.30, "001": 0.25, "027": 0.25, "024": 0.12,
                "048": 0.18, "031": 0.12, "077": 0.18, "080": 0.12, "026": 0.10, "022": 0.10}
SENDING_NORTH = ["038", "040", "042", "034", "036", "030", "033", "035", "037", "024", "025",
                 "014", "015", "017", "019", "008", "002", "020"]
SENDING_SOUTH = ["038", "040", "042", "044", "045", "046", "049", "051", "052", "054", "089",
                 "091", "087", "082", "083", "084", "086", "094", "095", "096", "093", "066",
                 "064"]
RURAL_LEAK = ["038", "040", "042", "014", "002", "011", "012", "004", "066", "064", "089",
              "091", "094", "095", "096", "084", "087", "062", "010"]
BORDER_PROVS = ["072", "089", "091", "020", "010", "022", "004", "070"]
CITY_PROVS = ["001", "079", "048", "031", "092"]
INDUSTRIAL_PROVS = ["074", "075", "027", "024", "001", "079", "031", "026", "080", "030"]
AIRPORT_PROVS = ["079", "001", "048", "056", "091", "022", "092", "046"]
# 9-digit CMND issuing prefixes (only a few confirmed; the rest are illustrative)
CMND_PREFIX = {"001": "01", "079": "02", "031": "03", "077": "27", "075": "27", "074": "280"}

CARRIERS = ["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "GMOBILE", "ITEL", "REDDI",
            "WINTEL", "ASIM", "DIGILIFE", "LOCAL"]
CARRIER_SHARE = [0.530, 0.220, 0.205, 0.020, 0.005, 0.008, 0.002, 0.002, 0.004, 0.002, 0.002]
# cheap / data-SIM brands are over-represented in junk
FRAUD_CARRIER_SHARE = [0.38, 0.16, 0.17, 0.10, 0.03, 0.08, 0.01, 0.01, 0.03, 0.02, 0.01]
PREFIXES = {
    "VIETTEL": ["86", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39"],
    "VINAPHONE": ["88", "91", "94", "83", "84", "85", "81", "82"],
    "MOBIFONE": ["89", "90", "93", "70", "79", "77", "76", "78"],
    "VIETNAMOBILE": ["92", "56", "58", "52"],
    "GMOBILE": ["993", "994", "995", "996", "997", "59"],
    "ITEL": ["87"],
    "REDDI": ["55"],
    "WINTEL": ["55"],
    # MVNO prefixes are UNCONFIRMED in the fact sheet: numbers drawn from host-like ranges
    "ASIM": ["89", "90"],
    "DIGILIFE": ["88", "91"],
    "LOCAL": ["81", "82"],
}
MNC = {"VIETTEL": "04", "VINAPHONE": "02", "MOBIFONE": "01", "VIETNAMOBILE": "05",
       "GMOBILE": "07", "ITEL": "08", "REDDI": "09", "WINTEL": "09", "ASIM": "01",
       "DIGILIFE": "02", "LOCAL": None}
ICCID_ISSUER = {"VIETTEL": "04", "VINAPHONE": "02", "MOBIFONE": "01", "VIETNAMOBILE": "05",
                "GMOBILE": "07", "ITEL": "08", "REDDI": "09", "WINTEL": "09", "ASIM": "01",
                "DIGILIFE": "02", "LOCAL": "01"}
ICCID_LEN = {"VIETTEL": 20}
AGENT_PREFIX = {"VIETTEL": "VT", "VINAPHONE": "VNP", "MOBIFONE": "MBF", "VIETNAMOBILE": "VNM",
                "GMOBILE": "GTL", "ITEL": "ITL", "REDDI": "RDI", "WINTEL": "WTL", "ASIM": "ASM",
                "DIGILIFE": "DGL", "LOCAL": "LCL"}
# how each carrier's export writes the MSISDN (with a few rows from other systems)
MSISDN_STYLE = {"VIETTEL": "84", "VINAPHONE": "0", "MOBIFONE": "84", "VIETNAMOBILE": "0",
                "GMOBILE": "+84", "ITEL": "0", "REDDI": "84", "WINTEL": "84", "ASIM": "0",
                "DIGILIFE": "+84", "LOCAL": "0"}
MVNO = {"ITEL", "REDDI", "WINTEL", "ASIM", "DIGILIFE", "LOCAL"}
NO_USAGE_EXPORT = {"LOCAL", "DIGILIFE"}
UTC_EXPORT = {"GMOBILE"}  # exports timestamps in UTC with +00:00 offset

SURNAMES = [("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30), ("Huỳnh", 22),
            ("Phan", 45), ("Vũ", 22), ("Võ", 18), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14),
            ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 6), ("Trương", 6),
            ("Lương", 4), ("Mai", 4), ("Đoàn", 5), ("Cao", 3), ("Lâm", 3), ("Tạ", 2), ("Hà", 3),
            ("Chu", 2), ("Tô", 2), ("Kiều", 1), ("Thái", 2), ("Quách", 1), ("Triệu", 1),
            ("Lò", 1), ("Hứa", 1), ("Giang", 1), ("Vương", 2), ("Lưu", 2), ("Nông", 1)]
MID_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thành", "Xuân", "Ngọc",
         "Hoàng", "Gia", "Anh", "Đình", "Trọng", "Bảo", "Quang", "Thanh", "Tiến", "Duy", "Tuấn"]
MID_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Hồng", "Kim", "Mỹ",
         "Khánh", "Bảo", "Thùy", "Diệu", "Hoài", "Quỳnh", "Tuyết", "Ánh", "Hải", "Lan"]
GIVEN_M = ["Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn", "Thắng", "Cường",
           "Huy", "Khoa", "Phúc", "Bảo", "Đức", "Quân", "Trung", "Hiếu", "Tài", "Tùng", "Việt",
           "Thịnh", "Lộc", "Khang", "Toàn", "Hưng", "Phong", "Vinh", "Đạt", "Thành", "Tâm",
           "Kiên", "Lâm", "Nhân", "Quang", "Tú", "Hoàng", "Khải", "Phát", "Trí", "Duy", "Hào",
           "Thái", "Bình", "An", "Tiến", "Vũ", "Hiệp", "Lợi", "Chiến", "Hòa", "Thuận", "Nghĩa"]
GIVEN_F = ["Lan", "Hương", "Hoa", "Linh", "Trang", "Thảo", "Ngọc", "Hà", "Mai", "Nhung", "Huyền",
           "Yến", "Phương", "Anh", "Vy", "Nhi", "My", "Hằng", "Loan", "Thủy", "Dung", "Tuyết",
           "Oanh", "Giang", "Châu", "Trâm", "Quyên", "Hạnh", "Thư", "Hiền", "Nga", "Vân", "Liên",
           "Thúy", "Hồng", "Diễm", "Uyên", "Ly", "Hậu", "Nhàn", "Xuân", "Cúc", "Đào", "Tâm",
           "Trinh", "Như", "Ngân", "Duyên", "Bích", "Thắm", "Kiều", "Hòa", "Khánh", "Lụa"]
FOREIGN = {
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON"],
           ["MIN JUN", "SEO YEON", "JI HOON", "HYUN WOO", "SO YEON", "DONG HYUN", "JI EUN"]),
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO"],
           ["WEI", "FANG", "JING", "LEI", "YAN", "JUN", "XIU YING", "HAO"]),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO"],
           ["HIROSHI", "YUKI", "KENJI", "AYAKA", "TAKUYA", "MISAKI"]),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WU"], ["CHIA HAO", "YI TING", "SHU FEN", "CHIH MING"]),
    "US": (["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "NGUYEN", "MILLER"], ["JOHN", "EMILY", "MICHAEL", "SARAH", "DAVID"]),
    "AU": (["TAYLOR", "WILSON", "MARTIN", "TRAN", "WHITE"], ["JACK", "OLIVIA", "LIAM", "CHLOE"]),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "PETIT"], ["LUCAS", "CAMILLE", "HUGO", "MANON"]),
    "DE": (["MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER"], ["LUKAS", "ANNA", "JONAS", "LEA"]),
    "RU": (["IVANOV", "SMIRNOV", "KUZNETSOVA", "POPOVA"], ["ALEXEI", "OLGA", "DMITRY", "ANNA"]),
    "IN": (["SHARMA", "PATEL", "SINGH", "KUMAR"], ["RAHUL", "PRIYA", "AMIT", "NEHA"]),
    "TH": (["SRISAI", "CHAIYAPORN", "WONGSA"], ["SOMCHAI", "NARIN", "PIM"]),
    "GB": (["JONES", "DAVIES", "EVANS", "BROWN"], ["OLIVER", "AMELIA", "HARRY", "ISLA"]),
}
VISITOR_NAT = [("KR", 30), ("CN", 22), ("TW", 6), ("JP", 7), ("US", 8), ("AU", 5), ("FR", 4),
               ("DE", 3), ("RU", 4), ("IN", 4), ("TH", 3), ("GB", 4)]
WORKER_NAT = [("KR", 45), ("CN", 30), ("TW", 12), ("JP", 10), ("IN", 3)]

ORG_KINDS = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "CÔNG TY TNHH", "CÔNG TY CỔ PHẦN",
             "Chi nhánh Công ty TNHH", "Hợp tác xã", "Doanh nghiệp tư nhân"]
ORG_WORDS = ["Thương mại", "Dịch vụ", "Xây dựng", "Vận tải", "Logistics", "Công nghệ", "Sản xuất",
             "Đầu tư", "Xuất nhập khẩu", "Thực phẩm", "May mặc", "Điện tử", "Giải pháp số",
             "Bất động sản", "Nông sản", "Thủy sản", "Du lịch", "Giáo dục", "Y tế", "Cơ khí"]
ORG_NAMES = ["Hoàng Long", "Minh Phát", "Thành Công", "Phú Thịnh", "An Bình", "Việt Á", "Sao Mai",
             "Đại Việt", "Tân Phú", "Hưng Thịnh", "Kim Ngân", "Bình Minh", "Trường Sơn", "Nam Á",
             "Phương Đông", "Toàn Cầu", "Hòa Phát", "Thiên Long", "Á Châu", "Sông Hồng", "Mê Kông",
             "Quang Minh", "Đông Dương", "Hải Âu", "Bảo An", "Tín Nghĩa", "Lộc Phát", "Vạn Xuân"]

SCENARIOS = {}


def scen(name, desc, shares, **opts):
    SCENARIOS[name] = (desc, shares, opts)


_BASE_LEGIT = {
    "legit_family_visit": 0.07, "legit_kids_watch": 0.008, "legit_industrial_zone": 0.03,
    "legit_student_campus": 0.015, "legit_org_fleet": 0.03, "legit_iot_fleet": 0.02,
    "legit_data_device": 0.02, "legit_multi_sim_business": 0.015, "legit_shipper": 0.01,
    "legit_foreign_visitor": 0.008, "legit_foreign_worker": 0.004, "legit_ported_in": 0.02,
    "legit_elderly_low_use": 0.03, "legit_clerk_typo": 0.004, "legit_legacy_cmnd": 0.008,
    "legit_restandardised": 0.006,
}


def _mix(base, **upd):
    d = dict(base)
    d.update(upd)
    return d


scen("national_default", "realistic national mix, ~6-7% fraud of many kinds, ordinary confounders",
     _mix(_BASE_LEGIT, junk_preactivated_own_id=0.008, junk_preactivated_leaked_ids=0.012,
          junk_template_photo=0.005, junk_fake_identity=0.006, junk_simbox=0.004,
          junk_otp_farm=0.006, junk_spam_sms=0.003, junk_cross_province_id=0.003,
          junk_dealer_addon=0.006, junk_shell_company=0.003, junk_border_export=0.002,
          junk_stolen_card_scam=0.002, nonowner_borrowed_relative_id=0.004,
          nonowner_secondhand_transfer=0.004, nonowner_agent_id_for_customer=0.003))
scen("dealer_ring_heavy", "heavy fraud (~15%): blatant pre-activation rings, farms, SIM boxes, shell firms",
     _mix(_BASE_LEGIT, junk_preactivated_own_id=0.03, junk_preactivated_leaked_ids=0.035,
          junk_template_photo=0.015, junk_fake_identity=0.015, junk_simbox=0.01,
          junk_otp_farm=0.015, junk_spam_sms=0.008, junk_cross_province_id=0.008,
          junk_dealer_addon=0.012, junk_shell_company=0.006, junk_border_export=0.006,
          junk_stolen_card_scam=0.004, nonowner_borrowed_relative_id=0.004,
          nonowner_secondhand_transfer=0.003, nonowner_agent_id_for_customer=0.004))
scen("stealth_trickle", "stealthy (~3%): one SIM per leaked ID spread over many dealers in office hours, "
     "add-ons and borrowed IDs with simulated usage, heavy legitimate bursts around them",
     _mix(_BASE_LEGIT, legit_industrial_zone=0.04, legit_student_campus=0.03,
          legit_family_visit=0.09, legit_elderly_low_use=0.05, legit_multi_sim_business=0.02,
          legit_data_device=0.03, junk_preactivated_leaked_ids=0.012, junk_dealer_addon=0.010,
          nonowner_borrowed_relative_id=0.005, nonowner_secondhand_transfer=0.005,
          nonowner_agent_id_for_customer=0.004, junk_stolen_card_scam=0.003,
          junk_cross_province_id=0.003), stealth=True)
scen("stealth_farm", "stealthy (~5%): SIM boxes and OTP farms with spoofed IMEIs, rented real identities "
     "self-registered by their owners, shell fleets dressed as IoT; many IoT/org/shipper confounders",
     _mix(_BASE_LEGIT, legit_iot_fleet=0.05, legit_org_fleet=0.05, legit_shipper=0.03,
          legit_data_device=0.04, legit_multi_sim_business=0.02, junk_simbox=0.012,
          junk_otp_farm=0.018, junk_spam_sms=0.005, junk_shell_company=0.008,
          junk_fake_identity=0.006), stealth=True)
scen("regional_wave", "national mix plus a 3-week pre-activation wave centred on one Mekong/border province (~8%)",
     _mix(_BASE_LEGIT, junk_preactivated_own_id=0.02, junk_preactivated_leaked_ids=0.03,
          junk_cross_province_id=0.01, junk_dealer_addon=0.01, junk_border_export=0.01,
          junk_fake_identity=0.004, junk_otp_farm=0.004), wave=True)
scen("confounder_heavy", "low fraud (~2.5%) buried under many suspicious-looking legitimate groups",
     _mix(_BASE_LEGIT, legit_family_visit=0.10, legit_industrial_zone=0.06,
          legit_student_campus=0.05, legit_org_fleet=0.06, legit_iot_fleet=0.06,
          legit_data_device=0.04, legit_multi_sim_business=0.04, legit_shipper=0.03,
          legit_foreign_visitor=0.03, legit_foreign_worker=0.02, legit_ported_in=0.04,
          legit_elderly_low_use=0.06, legit_kids_watch=0.02, legit_clerk_typo=0.015,
          legit_legacy_cmnd=0.02, legit_restandardised=0.015,
          junk_preactivated_leaked_ids=0.006, junk_dealer_addon=0.005, junk_fake_identity=0.004,
          junk_otp_farm=0.004, junk_simbox=0.002, nonowner_borrowed_relative_id=0.004,
          nonowner_secondhand_transfer=0.003, nonowner_agent_id_for_customer=0.002))
scen("cmnd_transition", "CMND-to-CCCD transition around Circular 08/2026: many legacy and re-standardised "
     "subscriptions, locks, fake 9-digit CMNDs and leaked IDs (~6%)",
     _mix(_BASE_LEGIT, legit_legacy_cmnd=0.08, legit_restandardised=0.05, legit_clerk_typo=0.01,
          legit_elderly_low_use=0.05, junk_fake_identity=0.015, junk_preactivated_leaked_ids=0.015,
          junk_template_photo=0.008, junk_dealer_addon=0.008, junk_cross_province_id=0.005,
          nonowner_borrowed_relative_id=0.006, nonowner_secondhand_transfer=0.006,
          nonowner_agent_id_for_customer=0.004), cmnd=True)

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
EPOCH = datetime.date(2000, 1, 1)


def luhn_digit(payload):
    total = 0
    dbl = True
    for ch in reversed(payload):
        d = ord(ch) - 48
        if dbl:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        dbl = not dbl
    return chr(48 + (10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


class WChoice:
    __slots__ = ("items", "cum", "tot")

    def __init__(self, items, weights):
        self.items = list(items)
        c, t = [], 0.0
        for w in weights:
            t += w
            c.append(t)
        self.cum, self.tot = c, t

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


_ASCII_CACHE = {}


def strip_diacritics(s):
    r = _ASCII_CACHE.get(s)
    if r is None:
        t = s.replace("đ", "d").replace("Đ", "D")
        r = "".join(ch for ch in unicodedata.normalize("NFD", t) if not unicodedata.combining(ch))
        _ASCII_CACHE[s] = r
    return r


class Person:
    __slots__ = ("idt", "idn", "name", "gender", "dob", "by", "nat", "res", "face", "phone", "bprov")


class Gen:
    def __init__(self, rows, seed, scenario):
        self.rng = random.Random("indep15|%d|%d|%s" % (rows, seed, scenario))
        self.N = rows
        self.desc, self.shares, self.opts = SCENARIOS[scenario]
        self.stealth = self.opts.get("stealth", False)
        self.cmnd_mode = self.opts.get("cmnd", False)
        self.out = []
        self.used_msisdn = set()
        self.used_id = set()
        self.day0 = datetime.date(2025, 10, 1)
        self.ndays = (datetime.date(2026, 6, 16) - self.day0).days
        self.export_day = (datetime.date(2026, 6, 20) - self.day0).days
        self.c08_day = (datetime.date(2026, 4, 15) - self.day0).days
        self.lock_day = (datetime.date(2026, 6, 15) - self.day0).days
        self._daystr = {}
        rng = self.rng
        self.carrier_w = WChoice(CARRIERS, CARRIER_SHARE)
        self.fraud_carrier_w = WChoice(CARRIERS, FRAUD_CARRIER_SHARE)
        self.prov_w = WChoice(PROV_CODES, [PROVINCES[p] for p in PROV_CODES])
        self.north_send = WChoice(SENDING_NORTH, [PROVINCES[p] for p in SENDING_NORTH])
        self.south_send = WChoice(SENDING_SOUTH, [PROVINCES[p] for p in SENDING_SOUTH])
        self.surname_w = WChoice([s for s, _ in SURNAMES], [w for _, w in SURNAMES])
        self.age_w = WChoice([(14, 17), (18, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 79), (80, 92)],
                             [4, 22, 26, 20, 13, 9, 5, 1])
        self.capbits_w = WChoice([0, 1, 2, 3, 4], [25, 30, 25, 13, 7])
        # device TACs: phones with heavy-tailed popularity, plus special device classes
        self.phone_tacs = WChoice(["%08d" % rng.randrange(35000000, 36000000) if rng.random() < 0.55
                                   else "%08d" % rng.randrange(86000000, 87000000) for _ in range(260)],
                                  [1.0 / (i + 1) ** 0.9 for i in range(260)])
        self.tablet_tacs = ["%08d" % rng.randrange(35000000, 36000000) for _ in range(12)]
        self.module_tacs = ["%08d" % rng.randrange(86000000, 86999999) for _ in range(8)]
        self.watch_tacs = ["%08d" % rng.randrange(86000000, 86999999) for _ in range(6)]
        self.gateway_tacs = ["%08d" % rng.randrange(86000000, 86999999) for _ in range(4)]
        self.router_tacs = ["%08d" % rng.randrange(86000000, 86999999) for _ in range(6)]
        # carrier kit stock: serial counters
        self.kit_serial = {c: rng.randrange(10 ** 9, 9 * 10 ** 10) for c in CARRIERS}
        self.imsi_base = {c: rng.randrange(10 ** 9, 5 * 10 ** 9) for c in CARRIERS}
        self.build_points()
        self.persons = []          # genuine population, for leaks / reuse
        self.leak_pool = []
        self.wave = None
        if self.opts.get("wave"):
            wp = rng.choice(["089", "091", "094", "087", "072", "096"])
            d0 = rng.randrange(20, self.ndays - 40)
            self.wave = (wp, d0, d0 + 21)

    # ---------------- points of sale ----------------
    def build_points(self):
        rng = self.rng
        npts = max(40, self.N // 110)
        self.points_by = {}
        self.points_carrier = {}
        allpts = []
        for c, sh in zip(CARRIERS, CARRIER_SHARE):
            n = max(4, int(npts * sh * (0.6 if c in MVNO else 1.0)))
            pts = []
            for i in range(n):
                prov = self.prov_w.pick(rng)
                store = rng.random() < (0.05 if c in MVNO else 0.15)
                kind = "STORE" if store else "AGENT"
                code = "%s-%s%s%05d" % (AGENT_PREFIX[c], "CH" if store else "DL", prov, i + 1)
                ndev = rng.choice([1, 1, 2, 2, 3, 4]) if store else rng.choice([1, 1, 1, 2])
                devs = [self.new_imei(rng.choice(self.tablet_tacs) if rng.random() < 0.7 else None)
                        for _ in range(ndev)]
                if not store and rng.random() < 0.02:
                    devs.append("000000000000000")  # placeholder from an old dealer app
                w = min(60.0, rng.paretovariate(1.15)) * (3.0 if store else 1.0)
                p = {"code": code, "carrier": c, "prov": prov, "kind": kind, "devs": devs, "w": w,
                     "stock": 0, "left": 0, "msis": None, "msis_left": 0}
                pts.append(p)
                self.points_by.setdefault((c, prov), []).append(p)
                allpts.append(p)
            self.points_carrier[c] = (pts, WChoice(pts, [p["w"] for p in pts]))
        self._pw_cache = {}
        self.allpts = allpts

    def point(self, carrier, prov=None, kind=None, small=False):
        rng = self.rng
        if prov is not None and rng.random() < 0.93:
            key = (carrier, prov, kind, small)
            wc = self._pw_cache.get(key)
            if wc is None:
                lst = [p for p in self.points_by.get((carrier, prov), []) if kind is None or p["kind"] == kind]
                if not lst:
                    # create a local dealer on demand
                    code = "%s-%s%s%05d" % (AGENT_PREFIX[carrier], "CH" if kind == "STORE" else "DL", prov,
                                            90000 + rng.randrange(9999))
                    p = {"code": code, "carrier": carrier, "prov": prov, "kind": kind or "AGENT",
                         "devs": [self.new_imei(rng.choice(self.tablet_tacs))], "w": 1.0,
                         "stock": 0, "left": 0, "msis": None, "msis_left": 0}
                    self.points_by.setdefault((carrier, prov), []).append(p)
                    lst = [p]
                wc = WChoice(lst, [(1.0 / p["w"] if small else p["w"]) for p in lst])
                self._pw_cache[key] = wc
            return wc.pick(rng)
        pts, wc = self.points_carrier[carrier]
        for _ in range(4):
            p = wc.pick(rng)
            if kind is None or p["kind"] == kind:
                return p
        return p

    def new_dealer_point(self, carrier, prov):
        """A small dealer (dealers committing fraud are usually small/medium)."""
        rng = self.rng
        code = "%s-DL%s%05d" % (AGENT_PREFIX[carrier], prov, 50000 + rng.randrange(40000))
        p = {"code": code, "carrier": carrier, "prov": prov, "kind": "AGENT",
             "devs": [self.new_imei(None)], "w": 0.5, "stock": 0, "left": 0, "msis": None, "msis_left": 0}
        self.points_by.setdefault((carrier, prov), []).append(p)
        return p

    # ---------------- identifiers ----------------
    def new_imei(self, tac=None):
        r = self.rng
        if tac is None:
            tac = self.phone_tacs.pick(r)
        s = tac + "%06d" % r.randrange(1000000)
        return s + luhn_digit(s)

    def imei_from(self, tac, serial):
        s = tac + "%06d" % (serial % 1000000)
        return s + luhn_digit(s)

    def kit(self, carrier, pt=None, seq=False):
        """Return (iccid, imsi) of the next SIM kit; shops sell from sequential stock blocks."""
        r = self.rng
        if pt is not None and (seq or r.random() < 0.75):
            if pt["left"] <= 0:
                self.kit_serial[carrier] += r.randrange(1, 400)
                pt["stock"] = self.kit_serial[carrier]
                blk = r.choice([50, 100, 100, 200, 500])
                pt["left"] = blk
                self.kit_serial[carrier] += blk
            serial = pt["stock"]
            step = 1 if seq else (1 if r.random() < 0.8 else r.randrange(2, 6))
            pt["stock"] += step
            pt["left"] -= step
        else:
            self.kit_serial[carrier] += r.randrange(1, 30)
            serial = self.kit_serial[carrier]
        L = ICCID_LEN.get(carrier, 19)
        body = "8984" + ICCID_ISSUER[carrier] + str(serial).zfill(L - 7)[-(L - 7):]
        iccid = body + luhn_digit(body)
        mnc = MNC[carrier]
        imsi = None
        if mnc is not None:
            imsi = "452" + mnc + "%010d" % ((self.imsi_base[carrier] + serial) % 10 ** 10)
        return iccid, imsi

    def msisdn(self, carrier, pt=None, seq=False, prefix_carrier=None):
        """National 9-digit number, unique in the batch."""
        r = self.rng
        used = self.used_msisdn
        if pt is not None and (seq or r.random() < 0.3):
            for _ in range(50):
                if pt["msis"] is None or pt["msis_left"] <= 0:
                    pre = r.choice(PREFIXES[carrier])
                    pt["msis"] = int(pre + "%0*d" % (9 - len(pre), r.randrange(10 ** (9 - len(pre)) - 2000)))
                    pt["msis_left"] = r.choice([50, 100, 200])
                n = pt["msis"]
                pt["msis"] += 1 if seq else r.randrange(1, 8)
                pt["msis_left"] -= 1
                s = str(n)
                if len(s) == 9 and s not in used:
                    used.add(s)
                    return s
        pres = PREFIXES[prefix_carrier or carrier]
        while True:
            pre = r.choice(pres)
            s = pre + "%0*d" % (9 - len(pre), r.randrange(10 ** (9 - len(pre))))
            if s not in used:
                used.add(s)
                return s

    def fmt_msisdn(self, carrier, nat):
        st = MSISDN_STYLE[carrier]
        if self.rng.random() < 0.03:
            st = self.rng.choice(["0", "84", "+84"])
        return ("0" if st == "0" else st) + nat

    def day_str(self, d):
        s = self._daystr.get(d)
        if s is None:
            s = (self.day0 + datetime.timedelta(days=d)).isoformat()
            self._daystr[d] = s
        return s

    def fmt_ts(self, carrier, key):
        if carrier in UTC_EXPORT:
            key -= 7 * 3600
            off = "+00:00"
        else:
            off = "+07:00"
        d, s = divmod(key, 86400)
        return "%sT%02d:%02d:%02d%s" % (self.day_str(d), s // 3600, (s // 60) % 60, s % 60, off)

    # ---------------- time ----------------
    def pick_day(self, lo=0, hi=None):
        r = self.rng
        hi = self.ndays if hi is None else hi
        while True:
            d = r.randrange(lo, hi)
            date = self.day0 + datetime.timedelta(days=d)
            acc = 1.0 if date.weekday() >= 5 else 0.85
            if date.day >= 27:
                acc *= 1.0
            else:
                acc *= 0.88
            if datetime.date(2026, 2, 15) <= date <= datetime.date(2026, 2, 21):
                acc *= 0.3  # Tet
            if r.random() < acc:
                return d

    SHOP_H = WChoice(list(range(7, 22)), [1, 5, 9, 10, 9, 5, 5, 8, 9, 9, 8, 7, 5, 3, 1])
    APP_H = WChoice(list(range(24)), [2, 1, .6, .4, .3, .5, 1.5, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7,
                                      8, 8, 6, 4])
    NIGHT_H = WChoice([21, 22, 23, 0, 1, 2, 3, 4], [2, 4, 5, 5, 4, 3, 2, 1])

    def tod(self, kind):
        r = self.rng
        if kind == "app":
            h = self.APP_H.pick(r)
        elif kind == "night":
            h = self.NIGHT_H.pick(r)
        else:
            h = self.SHOP_H.pick(r)
        return h * 3600 + r.randrange(3600)

    def when(self, channel, day=None):
        if day is None:
            day = self.pick_day()
        return day * 86400 + self.tod("app" if channel in ("EKYC_APP", "ONLINE") else "shop")

    # ---------------- people ----------------
    def birth_prov(self, res):
        r = self.rng
        share = MIGRANT_DEST.get(res, 0.07)
        if r.random() < share:
            if res <= "037":
                return self.north_send.pick(r)
            if res >= "070" or res in ("048",):
                return self.south_send.pick(r)
            return self.prov_w.pick(r)
        return res

    def cccd(self, bprov, gender, by):
        r = self.rng
        g = (by - 1900) // 100 * 2 + (1 if gender == "F" else 0)
        while True:
            s = "%s%d%02d%06d" % (bprov, g, by % 100, r.randrange(1000000))
            if s not in self.used_id:
                self.used_id.add(s)
                return s

    def cmnd(self, res, twelve=False):
        r = self.rng
        while True:
            if twelve:
                s = "0%011d" % r.randrange(10 ** 11)
            else:
                pre = CMND_PREFIX.get(res)
                if pre is None:
                    pre = "%02d" % (4 + PROV_CODES.index(res) % 35)
                s = pre + "%0*d" % (9 - len(pre), r.randrange(10 ** (9 - len(pre))))
            if s not in self.used_id:
                self.used_id.add(s)
                return s

    def vn_name(self, gender, surname=None, by=1990):
        r = self.rng
        sn = surname or self.surname_w.pick(r)
        if gender == "M":
            mid = r.choice(MID_M)
            given = r.choice(GIVEN_M)
        else:
            mid = "Thị" if (by < 1975 and r.random() < 0.7) else r.choice(MID_F)
            given = r.choice(GIVEN_F)
        if r.random() < 0.12:
            extra = r.choice(MID_M if gender == "M" else MID_F[3:])
            if extra != mid:
                return "%s %s %s %s" % (sn, mid, extra, given)
        return "%s %s %s" % (sn, mid, given)

    def person(self, res=None, age=None, gender=None, surname=None, bprov=None, reg_year=2026,
               idt="CCCD", keep=True):
        r = self.rng
        p = Person()
        p.res = res or self.prov_w.pick(r)
        p.gender = gender or ("M" if r.random() < 0.51 else "F")
        if age is None:
            lo, hi = self.age_w.pick(r)
            a = r.randint(lo, hi)
        else:
            a = r.randint(age[0], age[1])
        p.by = reg_year - a
        m = r.randint(1, 12)
        dd = r.randint(1, 28 if m == 2 else 30)
        p.dob = "%04d-%02d-%02d" % (p.by, m, dd)
        p.bprov = bprov or self.birth_prov(p.res)
        p.name = self.vn_name(p.gender, surname, p.by)
        p.nat = "VN"
        p.idt = idt
        p.idn = self.cccd(p.bprov, p.gender, p.by) if idt == "CCCD" else self.cmnd(p.res, idt == "CMND12")
        if idt == "CMND12":
            p.idt = "CMND"
        p.face = r.getrandbits(64)
        p.phone = self.new_imei()
        if keep:
            self.persons.append(p)
        return p

    def foreigner(self, nat, res, age=(20, 65)):
        r = self.rng
        p = Person()
        p.nat = nat
        p.res = res
        p.gender = "M" if r.random() < 0.55 else "F"
        p.by = 2026 - r.randint(*age)
        p.dob = "%04d-%02d-%02d" % (p.by, r.randint(1, 12), r.randint(1, 28))
        sn, gn = FOREIGN[nat]
        p.name = "%s %s" % (r.choice(sn), r.choice(gn)) if nat not in ("US", "AU", "FR", "DE", "GB", "RU", "IN") \
            else "%s %s" % (r.choice(gn), r.choice(sn))
        p.idt = "PASSPORT"
        if nat == "KR":
            p.idn = "M%08d" % r.randrange(10 ** 8)
        elif nat == "CN":
            p.idn = "E%08d" % r.randrange(10 ** 8)
        elif nat == "JP":
            p.idn = "T%s%07d" % (r.choice("KRZ"), r.randrange(10 ** 7))
        elif nat in ("US", "TW"):
            p.idn = "%09d" % r.randrange(10 ** 9)
        else:
            p.idn = "%s%07d" % (r.choice("ABCKLMNPX"), r.randrange(10 ** 7))
        p.bprov = None
        p.face = r.getrandbits(64)
        p.phone = self.new_imei()
        return p

    def render_name(self, name, style=None):
        r = self.rng
        if style is None:
            x = r.random()
            style = "p" if x < 0.86 else ("U" if x < 0.93 else ("a" if x < 0.975 else "A"))
        if style == "p":
            return name
        if style == "U":
            return name.upper()
        if style == "a":
            return strip_diacritics(name)
        return strip_diacritics(name).upper()

    def capture(self, face, maxbits=None):
        r = self.rng
        k = self.capbits_w.pick(r) if maxbits is None else r.randint(0, maxbits)
        h = face
        for _ in range(k):
            h ^= 1 << r.randrange(64)
        return h

    # ---------------- usage profiles ----------------
    def usage(self, prof):
        r = self.rng
        lg = r.lognormvariate
        if prof == "ordinary":
            ad = r.randint(18, 30)
            oc = int(lg(3.4, 0.8)); ic = int(lg(3.3, 0.8))
            os_ = int(lg(1.2, 1.0)); is_ = int(lg(3.2, 0.6))
            dc = max(1 if oc else 0, min(oc, int(oc * r.uniform(0.2, 0.6))))
            tp = r.choice([0, 10, 20, 50, 50, 100, 100, 100, 120, 200, 300]) * 1000
            dm = int(lg(8.3, 1.0))
        elif prof == "low":
            ad = r.randint(2, 16)
            oc = int(lg(1.3, 0.9)); ic = int(lg(1.8, 0.9)); os_ = r.randint(0, 3); is_ = int(lg(2.2, 0.7))
            dc = min(oc, r.randint(0, 4)); tp = r.choice([0, 0, 10, 10, 20, 50]) * 1000
            dm = int(lg(4.5, 1.5))
        elif prof == "elderly":
            ad = r.randint(8, 30)
            oc = int(lg(2.0, 0.8)); ic = int(lg(2.8, 0.7)); os_ = r.randint(0, 2); is_ = int(lg(2.0, 0.6))
            dc = min(oc, r.randint(1, 5)); tp = r.choice([0, 10, 20, 20, 50]) * 1000
            dm = 0 if r.random() < 0.5 else int(lg(3.5, 1.5))
        elif prof == "young":
            ad = r.randint(22, 30)
            oc = int(lg(2.3, 0.9)); ic = int(lg(2.3, 0.9)); os_ = r.randint(0, 10); is_ = int(lg(3.0, 0.6))
            dc = max(1 if oc else 0, min(oc, int(oc * r.uniform(0.3, 0.7))))
            tp = r.choice([50, 70, 90, 100, 120, 150]) * 1000; dm = int(lg(9.3, 0.7))
        elif prof == "data":
            ad = r.randint(15, 30); oc = 0; ic = 0; os_ = 0; is_ = r.randint(0, 6); dc = 0
            tp = r.choice([0, 70, 90, 120, 150, 200]) * 1000; dm = int(lg(9.8, 0.9))
        elif prof == "iot":
            ad = r.randint(25, 30); oc = 0; ic = 0; os_ = r.randint(0, 4); is_ = r.randint(0, 3); dc = 0
            tp = 0; dm = int(lg(3.5, 1.0))
        elif prof == "watch":
            ad = r.randint(20, 30); oc = r.randint(5, 40); ic = r.randint(10, 70); os_ = 0
            is_ = r.randint(0, 5); dc = min(oc, r.randint(2, 4)); tp = r.choice([0, 30, 50]) * 1000
            dm = r.randint(50, 700)
        elif prof == "traveller":
            ad = r.randint(3, 15); oc = r.randint(0, 12); ic = r.randint(0, 10); os_ = r.randint(0, 3)
            is_ = r.randint(1, 10); dc = min(oc, r.randint(0, 6)); tp = r.choice([0, 0, 50, 100]) * 1000
            dm = int(lg(8.3, 0.7))
        elif prof == "shipper":
            ad = r.randint(24, 30); oc = int(lg(5.8, 0.4)); ic = int(lg(5.0, 0.5)); os_ = int(lg(2.0, 1.0))
            is_ = int(lg(3.0, 0.6)); dc = int(oc * r.uniform(0.6, 0.9)); tp = r.choice([100, 200, 300, 500]) * 1000
            dm = int(lg(8.5, 0.6))
        elif prof == "stock":
            return (0, 0, 0, 0, 0, 0, 0, 0)
        elif prof == "sold_data":   # pre-activated "data SIM" sold on and used by a buyer
            ad = r.randint(5, 30); oc = r.randint(0, 3); ic = r.randint(0, 5); os_ = 0; is_ = r.randint(0, 8)
            dc = min(oc, 2); tp = 0 if r.random() < 0.7 else 10000; dm = int(lg(9.5, 1.0))
        elif prof == "keepalive":   # stealth: minimal activity to look alive
            ad = r.randint(2, 9); oc = r.randint(1, 8); ic = r.randint(0, 4); os_ = r.randint(0, 2)
            is_ = r.randint(1, 8); dc = min(oc, r.randint(1, 4)); tp = r.choice([0, 10, 10, 20]) * 1000
            dm = r.randint(0, 300)
        elif prof == "simbox":
            ad = r.randint(20, 30); oc = r.randint(1200, 7000); ic = r.randint(0, 12); os_ = 0
            is_ = r.randint(0, 4); dc = int(oc * r.uniform(0.85, 0.99)); tp = r.randint(5, 40) * 100000
            dm = 0
        elif prof == "simbox_stealth":
            ad = r.randint(18, 30); oc = r.randint(120, 420); ic = r.randint(3, 25); os_ = r.randint(0, 4)
            is_ = r.randint(2, 10); dc = int(oc * r.uniform(0.7, 0.9)); tp = r.choice([100, 200, 300, 500]) * 1000
            dm = r.randint(0, 400)
        elif prof == "otp":
            ad = r.randint(10, 30); oc = 0; ic = r.randint(0, 2); os_ = r.randint(0, 2)
            is_ = r.randint(80, 900); dc = 0; tp = r.choice([0, 0, 10000]); dm = 0
        elif prof == "otp_stealth":
            ad = r.randint(8, 26); oc = r.randint(0, 4); ic = r.randint(0, 5); os_ = r.randint(0, 3)
            is_ = r.randint(25, 140); dc = min(oc, 2); tp = r.choice([0, 10, 20]) * 1000; dm = r.randint(0, 150)
        elif prof == "spam":
            ad = r.randint(1, 8); oc = r.randint(0, 5); ic = r.randint(0, 3); os_ = r.randint(2000, 20000)
            is_ = r.randint(0, 20); dc = int(os_ * r.uniform(0.8, 0.99)); tp = r.randint(2, 20) * 50000
            dm = 0
        elif prof == "spam_stealth":
            ad = r.randint(15, 30); oc = r.randint(2, 20); ic = r.randint(0, 10); os_ = r.randint(150, 600)
            is_ = r.randint(3, 30); dc = int(os_ * r.uniform(0.6, 0.9)); tp = r.choice([100, 200]) * 1000
            dm = r.randint(0, 500)
        elif prof == "scam":
            ad = r.randint(4, 20); oc = r.randint(150, 900); ic = r.randint(2, 40); os_ = r.randint(0, 30)
            is_ = r.randint(2, 30); dc = int(oc * r.uniform(0.75, 0.95)); tp = r.randint(2, 10) * 100000
            dm = int(lg(7.5, 1.0))
        elif prof == "roaming_out":  # shipped abroad, almost nothing on the home network
            ad = r.randint(0, 3); oc = 0; ic = 0; os_ = 0; is_ = r.randint(0, 6); dc = 0; tp = 0
            dm = r.randint(0, 30)
            if ad == 0:
                return (0, 0, 0, 0, is_ and 0, 0, 0, 0)
        else:
            raise ValueError(prof)
        return (ad, oc, ic, os_, is_, dc, tp, dm)

    # ---------------- row emission ----------------
    def emit(self, carrier, p, key, channel, pt, pattern, junk=0, non_owner=0, *, prof="ordinary",
             selfie=None, fm=None, popdb=None, status="ACTIVE", first_use="own", dev=None,
             nat_msisdn=None, seq=False, name=None, dob=None, gender=None, idn=None, idt=None,
             org=None, prov=None, legacy=False, prefix_carrier=None, kitpt=None):
        r = self.rng
        if nat_msisdn is None:
            nat_msisdn = self.msisdn(carrier, pt if channel in ("STORE", "AGENT") else None, seq, prefix_carrier)
        iccid, imsi = self.kit(carrier, kitpt if kitpt is not None else (pt if channel in ("STORE", "AGENT") else None), seq)
        selfservice = channel in ("EKYC_APP", "ONLINE")
        agent = "" if selfservice or pt is None else pt["code"]
        if dev is None:
            if channel == "EKYC_APP":
                dev = p.phone if p is not None else self.new_imei()
            elif channel == "ONLINE":
                dev = ""
            elif pt is not None:
                dev = pt["devs"][0] if len(pt["devs"]) == 1 else r.choice(pt["devs"])
            else:
                dev = ""
        if legacy:
            dev = "" if r.random() < 0.8 else dev
        day = key // 86400
        if org is not None:
            st, idt_, idn_, nm, db, gd = "ORGANIZATION", "ORG", org["tax"], org["name"], "", ""
            sh = "" if selfie is None else selfie
            fmv = "" if fm is None else fm
            pdb = popdb or "UNCHECKED"
            nat = "VN"
            pv = org["prov"]
        else:
            st = "INDIVIDUAL"
            idt_ = idt or p.idt
            idn_ = idn or p.idn
            nm = name if name is not None else self.render_name(p.name)
            db = dob if dob is not None else p.dob
            gd = gender if gender is not None else p.gender
            nat = p.nat
            pv = prov if prov is not None else p.res
            if selfie is None:
                need = day >= self.c08_day or channel == "EKYC_APP"
                if legacy or (not need and r.random() < (0.12 if channel == "AGENT" else 0.05)):
                    sh, fmv = "", ""
                else:
                    sh = "%016x" % self.capture(p.face)
                    fmv = "%.3f" % min(0.999, max(0.62, r.gauss(0.92, 0.045)))
            else:
                sh = selfie if isinstance(selfie, str) else "%016x" % selfie
                fmv = fm if fm is not None else "%.3f" % min(0.999, max(0.62, r.gauss(0.92, 0.045)))
            if popdb is None:
                if legacy:
                    pdb = "UNCHECKED" if r.random() < 0.6 else "MATCH"
                elif nat != "VN":
                    pdb = "UNCHECKED" if r.random() < 0.7 else "NOT_FOUND"
                else:
                    x = r.random()
                    pdb = "MATCH" if x < 0.985 else ("UNCHECKED" if x < 0.997 else "NOT_FOUND")
            else:
                pdb = popdb
        # usage: unknown for legacy rows, recent rows (<30 days), carriers not exporting it
        if legacy or carrier in NO_USAGE_EXPORT or day > self.export_day - 30:
            u = ("",) * 8
            fu_known = not legacy and prof not in ("stock",) and day <= self.export_day - 2
        else:
            u = self.usage(prof)
            fu_known = u[0] > 0 or u[1] > 0 or u[7] > 0 or u[4] > 0
            if r.random() < 0.015:
                u = u[:6] + ("",) + u[7:]   # billing feed missing
        if first_use == "own":
            fu = (p.phone if p is not None and r.random() < 0.85 else self.new_imei()) if fu_known else ""
        elif first_use is None:
            fu = ""
        else:
            fu = first_use if fu_known or prof == "roaming_out" else ""
        if r.random() < 0.04 and org is None:
            gd = ""
        natv = nat if (nat != "VN" or r.random() < 0.7) else ""
        if r.random() < 0.05:
            pv = ""
        cc = carrier
        if r.random() < 0.01:
            cc = carrier.capitalize()
        ms = self.fmt_msisdn(carrier, nat_msisdn)
        row = [cc, ms, imsi or "", iccid, st if (st == "ORGANIZATION" or r.random() < 0.9) else "",
               idt_, idn_, nm, db, gd, natv, pv, self.fmt_ts(carrier, key), channel, agent, dev, sh, fmv,
               pdb if (pdb != "UNCHECKED" or r.random() < 0.8) else "", status, fu]
        row.extend(str(x) if x != "" else "" for x in u)
        self.out.append((key, row, junk, non_owner, pattern))
        return nat_msisdn

    # ---------------- channel helpers ----------------
    CH_BIG = WChoice(["STORE", "AGENT", "EKYC_APP", "ONLINE"], [22, 55, 19, 4])
    CH_MVNO = WChoice(["STORE", "AGENT", "EKYC_APP", "ONLINE"], [4, 45, 33, 18])

    def channel(self, carrier):
        return (self.CH_MVNO if carrier in MVNO else self.CH_BIG).pick(self.rng)

    def legit_status(self, p=None, elderly=False):
        x = self.rng.random()
        if elderly and x < 0.15:
            return "ONE_WAY_LOCKED"
        if x < 0.015:
            return "TERMINATED"
        if x < 0.02:
            return "ONE_WAY_LOCKED"
        return "ACTIVE"

    def in_wave(self):
        return self.wave is not None and self.rng.random() < 0.85

    def fraud_day(self):
        if self.in_wave():
            return self.pick_day(self.wave[1], self.wave[2])
        return self.pick_day()

    def fraud_prov(self, default=None):
        if self.in_wave():
            return self.wave[0]
        return default or self.prov_w.pick(self.rng)

    def org(self, prov=None, shell=False):
        r = self.rng
        prov = prov or r.choice(CITY_PROVS + INDUSTRIAL_PROVS)
        tax = "%02d%08d" % (r.choice([1, 3, 2, 4, 5, 31, 36, 37, 38, 1, 3]), r.randrange(10 ** 8))
        if r.random() < 0.15:
            tax += "-%03d" % r.randint(1, 12)
        name = "%s %s %s" % (r.choice(ORG_KINDS), r.choice(ORG_WORDS), r.choice(ORG_NAMES))
        if r.random() < 0.1:
            name = strip_diacritics(name).upper()
        return {"tax": tax, "name": name, "prov": prov}

    # ==================================================================================
    # Pattern units.  Each returns number of rows emitted (<= budget).
    # ==================================================================================
    def u_ordinary(self, budget):
        r = self.rng
        p = self.person()
        k = 1 if r.random() < 0.82 else (2 if r.random() < 0.78 else 3)
        k = min(k, budget)
        carrier = self.carrier_w.pick(r)
        for i in range(k):
            if i > 0 and r.random() < 0.6:
                carrier = self.carrier_w.pick(r)
            ch = self.channel(carrier)
            pt = None if ch in ("EKYC_APP", "ONLINE") else self.point(carrier, p.res)
            prof = "young" if p.by >= 2000 and r.random() < 0.6 else ("elderly" if p.by < 1958 else "ordinary")
            pat = "legit_ordinary"
            if i > 0:
                prof = "low" if r.random() < 0.6 else prof
                if prof == "low":
                    pat = "legit_backup_sim"
            self.emit(carrier, p, self.when(ch), ch, pt, pat, prof=prof, status=self.legit_status())
        return k

    def u_family_visit(self, budget):
        r = self.rng
        res = self.prov_w.pick(r)
        sn = self.surname_w.pick(r)
        bp = self.birth_prov(res)
        father = self.person(res, (38, 58), "M", sn, bp)
        fa = 2026 - father.by
        members = [father, self.person(res, (max(30, fa - 8), fa), "F", None, bp)]
        for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
            members.append(self.person(res, (14, min(24, 2026 - father.by - 20)), None, sn, res))
        if r.random() < 0.35:
            members.append(self.person(res, (66, 88), r.choice("MF"), sn if r.random() < 0.5 else None, bp))
        members = members[:budget]
        carrier = self.carrier_w.pick(r)
        pt = self.point(carrier, res)
        key = self.when("STORE")
        dev = r.choice(pt["devs"])
        for m in members:
            key += r.randint(90, 600)
            prof = "elderly" if m.by < 1960 else ("young" if m.by >= 2000 else "ordinary")
            self.emit(carrier, m, key, pt["kind"], pt, "legit_family_visit", prof=prof, dev=dev,
                      status=self.legit_status(elderly=m.by < 1960))
        return len(members)

    def u_kids_watch(self, budget):
        r = self.rng
        parent = self.person(None, (30, 48))
        n = min(budget, 1 if r.random() < 0.8 else 2)
        carrier = self.carrier_w.pick(r)
        pt = self.point(carrier, parent.res, "STORE")
        key = self.when("STORE")
        for i in range(n):
            watch = self.new_imei(r.choice(self.watch_tacs))
            self.emit(carrier, parent, key + i * 240, pt["kind"], pt, "legit_kids_watch", prof="watch",
                      first_use=watch)
        return n

    def u_industrial_zone(self, budget):
        r = self.rng
        prov = r.choice(INDUSTRIAL_PROVS)
        carrier = r.choice(["VIETTEL", "VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE"])
        pt = self.point(carrier, prov, "AGENT")
        n = min(budget, r.randint(25, 140))
        day = self.pick_day()
        key = day * 86400 + r.choice([6, 11, 16]) * 3600 + r.randrange(1800)
        for i in range(n):
            bp = self.south_send.pick(r) if prov >= "070" else self.north_send.pick(r)
            if r.random() < 0.3:
                bp = prov
            p = self.person(prov, (18, 38), "F" if r.random() < 0.6 else "M", None, bp)
            key += r.randint(40, 260)
            self.emit(carrier, p, key, "AGENT", pt, "legit_industrial_zone",
                      prof="young" if p.by >= 2000 else "ordinary", status=self.legit_status())
        return n

    def u_student_campus(self, budget):
        r = self.rng
        prov = r.choice(["001", "079", "048", "046", "092", "019", "040"])
        carrier = r.choice(["VIETTEL", "VINAPHONE", "MOBIFONE", "ITEL", "VIETNAMOBILE"])
        pt = self.point(carrier, prov, "AGENT")
        n = min(budget, r.randint(30, 120))
        day = self.pick_day()
        key = day * 86400 + 8 * 3600 + r.randrange(3600)
        for i in range(n):
            bp = self.prov_w.pick(r) if r.random() < 0.7 else prov
            p = self.person(prov, (18, 20), None, None, bp)
            key += r.randint(30, 240)
            if (key % 86400) > 17 * 3600:
                key += 15 * 3600
            self.emit(carrier, p, key, "AGENT", pt, "legit_student_campus", prof="young")
        return n

    def u_org_fleet(self, budget):
        r = self.rng
        o = self.org()
        carrier = self.carrier_w.pick(r) if r.random() < 0.5 else "VIETTEL"
        if carrier in MVNO:
            carrier = "VINAPHONE"
        pt = self.point(carrier, o["prov"], "STORE")
        n = min(budget, int(min(300, 4 + r.paretovariate(1.1) * 6)))
        key = self.when("STORE")
        for i in range(n):
            if i and i % 40 == 0:
                key += 86400 * r.randint(1, 20)
            key += r.randint(20, 120)
            self.emit(carrier, None, key, "STORE", pt, "legit_org_fleet", org=o,
                      prof="ordinary" if r.random() < 0.8 else "low", first_use=self.new_imei())
        return n

    def u_iot_fleet(self, budget):
        r = self.rng
        o = self.org()
        o["name"] = o["name"].replace("Thương mại", r.choice(["Giám sát hành trình", "Thanh toán", "Điện lực", "Camera"]))
        carrier = r.choice(["VIETTEL", "VIETTEL", "VINAPHONE", "MOBIFONE"])
        pt = self.point(carrier, o["prov"], "STORE")
        n = min(budget, int(min(800, 10 + r.paretovariate(1.0) * 15)))
        tac = r.choice(self.module_tacs)
        ser = r.randrange(900000)
        key = self.pick_day() * 86400 + r.choice([9, 14, 23]) * 3600 + r.randrange(3600)  # bulk upload
        dev = r.choice(pt["devs"])
        for i in range(n):
            key += r.randint(2, 20)
            ser += r.choice([1, 1, 1, 2, 3])
            self.emit(carrier, None, key, "STORE", pt, "legit_iot_fleet", org=o, prof="iot", seq=True,
                      dev=dev, first_use=self.imei_from(tac, ser))
        return n

    def u_data_device(self, budget):
        r = self.rng
        p = self.person(None, (20, 55))
        carrier = self.carrier_w.pick(r)
        ch = r.choice(["AGENT", "ONLINE", "EKYC_APP", "STORE"])
        pt = None if ch in ("EKYC_APP", "ONLINE") else self.point(carrier, p.res)
        self.emit(carrier, p, self.when(ch), ch, pt, "legit_data_device", prof="data",
                  first_use=self.new_imei(r.choice(self.router_tacs)))
        return 1

    def u_multi_sim_business(self, budget):
        r = self.rng
        p = self.person(r.choice(CITY_PROVS) if r.random() < 0.6 else None, (25, 55))
        n = min(budget, r.randint(4, 9))
        online_cnt = {}
        day = self.pick_day()
        for i in range(n):
            carrier = self.carrier_w.pick(r) if r.random() < 0.5 else "VIETTEL"
            c = online_cnt.get(carrier, 0)
            if c < 3 and r.random() < 0.4:
                ch = "EKYC_APP"
                online_cnt[carrier] = c + 1
                pt = None
            else:
                ch = "STORE" if carrier not in MVNO else "AGENT"
                pt = self.point(carrier, p.res, ch)
                online_cnt[carrier] = c + 1
            d = min(self.ndays - 1, day + r.randint(0, 60))
            self.emit(carrier, p, self.when(ch, d), ch, pt, "legit_multi_sim_business",
                      prof=r.choice(["ordinary", "ordinary", "low", "shipper", "data"]), first_use="own")
        return n

    def u_shipper(self, budget):
        r = self.rng
        p = self.person(r.choice(CITY_PROVS + INDUSTRIAL_PROVS), (19, 45), "M" if r.random() < 0.85 else "F")
        carrier = self.carrier_w.pick(r)
        ch = self.channel(carrier)
        pt = None if ch in ("EKYC_APP", "ONLINE") else self.point(carrier, p.res)
        self.emit(carrier, p, self.when(ch), ch, pt, "legit_shipper", prof="shipper")
        return 1

    def u_foreign_visitor(self, budget):
        r = self.rng
        prov = r.choice(AIRPORT_PROVS)
        nat = WChoice([n for n, _ in VISITOR_NAT], [w for _, w in VISITOR_NAT]).pick(r)
        carrier = r.choice(["VIETTEL", "VIETTEL", "VINAPHONE", "MOBIFONE", "MOBIFONE"])
        pt = self.point(carrier, prov, "AGENT")
        n = min(budget, 1 if r.random() < 0.75 else r.randint(2, 6))
        key = self.pick_day() * 86400 + r.randrange(86400)  # airport kiosks work around the clock
        for i in range(n):
            p = self.foreigner(nat, prov)
            key += r.randint(60, 300)
            self.emit(carrier, p, key, "AGENT", pt, "legit_foreign_visitor", prof="traveller",
                      prov=prov if r.random() < 0.5 else "",
                      status="ACTIVE" if r.random() < 0.8 else "TERMINATED")
        return n

    def u_foreign_worker(self, budget):
        r = self.rng
        prov = r.choice(["027", "024", "074", "075", "022", "031", "026", "001", "079"])
        nat = WChoice([n for n, _ in WORKER_NAT], [w for _, w in WORKER_NAT]).pick(r)
        carrier = r.choice(["VIETTEL", "VINAPHONE", "MOBIFONE"])
        pt = self.point(carrier, prov, "STORE")
        n = min(budget, r.randint(3, 25))
        key = self.when("STORE")
        for i in range(n):
            p = self.foreigner(nat, prov, (24, 58))
            key += r.randint(120, 500)
            self.emit(carrier, p, key, "STORE", pt, "legit_foreign_worker", prof="ordinary")
        return n

    def u_ported_in(self, budget):
        r = self.rng
        p = self.person(None, (20, 65))
        carrier = self.carrier_w.pick(r)
        old = r.choice([c for c in ("VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "GMOBILE") if c != carrier])
        ch = r.choice(["STORE", "EKYC_APP", "AGENT"])
        pt = None if ch == "EKYC_APP" else self.point(carrier, p.res)
        self.emit(carrier, p, self.when(ch), ch, pt, "legit_ported_in", prof="ordinary", prefix_carrier=old)
        return 1

    def u_elderly_low_use(self, budget):
        r = self.rng
        p = self.person(None, (66, 92))
        dob = p.dob if r.random() < 0.75 else "%04d-01-01" % p.by  # only the year was known
        carrier = self.carrier_w.pick(r)
        pt = self.point(carrier, p.res, None, small=True)
        fm = "%.3f" % r.uniform(0.63, 0.88)  # old card photo
        self.emit(carrier, p, self.when("AGENT"), pt["kind"], pt, "legit_elderly_low_use", prof="elderly",
                  dob=dob, fm=fm, selfie=self.capture(p.face),
                  status="ONE_WAY_LOCKED" if r.random() < 0.18 else "ACTIVE")
        return 1

    def u_clerk_typo(self, budget):
        r = self.rng
        p = self.person()
        carrier = self.carrier_w.pick(r)
        pt = self.point(carrier, p.res, "AGENT")
        kind = r.random()
        name = dob = idn = None
        if kind < 0.35:   # one-letter name slip
            nm = list(strip_diacritics(p.name) if r.random() < 0.5 else p.name)
            i = r.randrange(len(nm))
            if nm[i] != " ":
                nm[i] = r.choice("aeiouynhtg")
            name = "".join(nm)
        elif kind < 0.65:  # day/month swapped or off by one
            y, m, d = p.dob.split("-")
            dob = "%s-%s-%s" % (y, d, m) if int(d) <= 12 and d != m else "%s-%s-%02d" % (y, m, max(1, int(d) - 1))
        else:            # one digit of the ID mistyped
            s = list(p.idn)
            i = r.choice([3, 4, 5, 6, 7, 8, 9, 10, 11]) if r.random() < 0.3 else r.randrange(6, 12)
            s[i] = str((int(s[i]) + r.randint(1, 9)) % 10)
            idn = "".join(s)
        self.emit(carrier, p, self.when("AGENT"), "AGENT", pt, "legit_clerk_typo", prof="ordinary",
                  name=name, dob=dob, idn=idn, popdb="MISMATCH",
                  status="ONE_WAY_LOCKED" if r.random() < 0.5 else "ACTIVE")
        return 1

    def u_legacy_cmnd(self, budget):
        r = self.rng
        year = r.randint(2009, 2021)
        p = self.person(None, (14 + 2026 - year, 85), reg_year=2026, idt="CMND12" if r.random() < 0.2 else "CMND")
        carrier = self.carrier_w.pick(r)
        if carrier in ("ITEL", "REDDI", "WINTEL", "ASIM", "DIGILIFE", "LOCAL") and year < 2019:
            carrier = "VIETTEL"
        ch = r.choice(["STORE", "AGENT", "AGENT"])
        pt = self.point(carrier, p.res, ch)
        d = (datetime.date(year, r.randint(1, 12), r.randint(1, 28)) - self.day0).days
        key = d * 86400 + self.tod("shop")
        st = "ONE_WAY_LOCKED" if (p.idn and len(p.idn) == 9 and r.random() < 0.4) else "ACTIVE"
        self.emit(carrier, p, key, ch, pt, "legit_legacy_cmnd", legacy=True, status=st)
        return 1

    def u_restandardised(self, budget):
        r = self.rng
        p = self.person(None, (20, 80))
        carrier = self.carrier_w.pick(r)
        if carrier in MVNO:
            carrier = "MOBIFONE"
        d = (datetime.date(2023, r.randint(3, 5), r.randint(1, 28)) - self.day0).days
        ch = r.choice(["STORE", "EKYC_APP", "AGENT"])
        pt = None if ch == "EKYC_APP" else self.point(carrier, p.res)
        self.emit(carrier, p, d * 86400 + self.tod("shop"), ch, pt, "legit_restandardised", legacy=True,
                  popdb="MATCH", selfie=self.capture(p.face))
        return 1

    # ------------------------------ fraud ------------------------------
    def fraud_selfie_template(self):
        return self.rng.getrandbits(64)

    def u_preactivated_own_id(self, budget):
        r = self.rng
        carrier = self.fraud_carrier_w.pick(r)
        prov = self.fraud_prov()
        pt = self.new_dealer_point(carrier, prov)
        dealer = self.person(prov, (22, 50))
        n = min(budget, int(min(600, 20 + r.paretovariate(1.2) * 25)))
        nights = r.randint(1, 5)
        per = max(1, n // nights)
        k = 0
        stealth = self.stealth
        while k < n:
            day = self.fraud_day()
            key = day * 86400 + (self.tod("night") if not stealth and r.random() < 0.7 else self.tod("shop"))
            for _ in range(min(per, n - k)):
                key += r.randint(25, 150)
                sold = r.random() < 0.4
                prof = "sold_data" if sold else "stock"
                self.emit(carrier, dealer, key, "AGENT", pt, "junk_preactivated_own_id", 1, 1, prof=prof,
                          seq=True, selfie=self.capture(dealer.face), popdb="MATCH",
                          first_use=self.new_imei() if sold else None,
                          status="ONE_WAY_LOCKED" if r.random() < 0.15 else "ACTIVE")
                k += 1
        return n

    def _leak_person(self):
        r = self.rng
        if self.persons and r.random() < 0.3:
            p = r.choice(self.persons)     # a real subscriber whose card image leaked
            if p.idt == "CCCD" and p.nat == "VN":
                return p
        p = self.person(r.choice(RURAL_LEAK), (45, 85) if r.random() < 0.6 else (18, 60))
        if r.random() < 0.35 and self.out is not None:
            # the real owner also has his/her own genuine line in the batch
            carrier = self.carrier_w.pick(r)
            ch = self.channel(carrier)
            pt = None if ch in ("EKYC_APP", "ONLINE") else self.point(carrier, p.res)
            self.emit(carrier, p, self.when(ch), ch, pt, "legit_ordinary",
                      prof="elderly" if p.by < 1960 else "ordinary")
            self._extra += 1
        return p

    def u_preactivated_leaked(self, budget, template=False):
        r = self.rng
        carrier = self.fraud_carrier_w.pick(r)
        prov = self.fraud_prov()
        stealth = self.stealth and not template
        pat = "junk_template_photo" if template else "junk_preactivated_leaked_ids"
        self._extra = 0
        n = min(budget, int(min(400, 10 + r.paretovariate(1.2) * 20)))
        if stealth:
            # trickle: many dealers of one distributor, one SIM per ID, office hours, month ends
            pts = [self.point(carrier, self.fraud_prov(), "AGENT", small=True) for _ in range(r.randint(4, 12))]
        else:
            pts = [self.new_dealer_point(carrier, prov)]
        tmpl = self.fraud_selfie_template()
        k = 0
        day = self.fraud_day()
        key = day * 86400 + (self.tod("night") if r.random() < 0.5 else self.tod("shop"))
        while k + self._extra < n:
            p = self._leak_person()
            per = 1 if stealth else r.choice([1, 2, 2, 3, 3, 4])
            for _ in range(per):
                if k + self._extra >= n:
                    break
                pt = r.choice(pts)
                if stealth:
                    d = self.fraud_day()
                    if r.random() < 0.5:
                        dd = self.day0 + datetime.timedelta(days=d)
                        d = min(self.ndays - 1, d + max(0, 27 - dd.day))
                    key2 = d * 86400 + self.tod("shop")
                    selfie = self.capture(p.face, 8)        # printed card photo re-shot
                    fm = "%.3f" % r.uniform(0.72, 0.9)
                    prof = r.choice(["keepalive", "keepalive", "sold_data", "low"])
                else:
                    key += r.randint(30, 200)
                    if r.random() < 0.05:
                        key = self.fraud_day() * 86400 + self.tod("night")
                    key2 = key
                    if template:
                        selfie = self.capture(tmpl, 3)
                        fm = "%.3f" % r.uniform(0.05, 0.55)
                    else:
                        selfie = self.capture(p.face, 10) if r.random() < 0.6 else r.getrandbits(64)
                        fm = "%.3f" % r.uniform(0.45, 0.85)
                    prof = "stock" if r.random() < 0.55 else "sold_data"
                self.emit(carrier, p, key2, "AGENT", pt, pat, 1, 1, prof=prof, seq=not stealth,
                          selfie=selfie, fm=fm, popdb="MATCH" if r.random() < 0.9 else "MISMATCH",
                          first_use=None if prof == "stock" else self.new_imei(),
                          prov=pt["prov"] if r.random() < 0.5 else None, name=self.render_name(p.name),
                          status="ACTIVE" if r.random() < 0.85 else "ONE_WAY_LOCKED")
                k += 1
        return k + self._extra

    def fake_person(self, cmnd=False):
        """Fabricated identity: no real person behind it."""
        r = self.rng
        p = Person()
        p.res = self.prov_w.pick(r)
        p.gender = "M" if r.random() < 0.6 else "F"
        p.by = 2026 - r.randint(18, 70)
        p.dob = "%04d-%02d-%02d" % (p.by, r.randint(1, 12), r.randint(1, 28))
        p.name = self.vn_name(p.gender, None, p.by)
        p.nat = "VN"
        p.face = r.getrandbits(64)
        p.phone = self.new_imei()
        p.bprov = p.res
        if cmnd:
            p.idt = "CMND"
            p.idn = "%09d" % r.randrange(10 ** 8, 4 * 10 ** 8)
            return p
        p.idt = "CCCD"
        x = r.random()
        if self.stealth or x < 0.6:
            p.idn = self.cccd(self.prov_w.pick(r), p.gender, p.by)           # structurally consistent
        elif x < 0.75:
            p.idn = self.cccd(self.prov_w.pick(r), "F" if p.gender == "M" else "M", p.by)  # gender digit wrong
        elif x < 0.88:
            p.idn = self.cccd(self.prov_w.pick(r), p.gender, p.by + r.choice([-3, -1, 1, 2, 7]))  # year wrong
        else:
            p.idn = self.cccd(r.choice(["003", "005", "013", "029", "039", "050", "063", "099"]), p.gender, p.by)
        return p

    def u_fake_identity(self, budget):
        r = self.rng
        carrier = self.fraud_carrier_w.pick(r)
        prov = self.fraud_prov()
        ch = "ONLINE" if (carrier in MVNO and r.random() < 0.4) else "AGENT"
        pt = self.new_dealer_point(carrier, prov) if ch == "AGENT" else None
        n = min(budget, r.randint(5, 80))
        flower = r.getrandbits(64)
        key = self.fraud_day() * 86400 + self.tod("shop")
        cm = self.cmnd_mode and r.random() < 0.5
        for i in range(n):
            p = self.fake_person(cm)
            key += r.randint(60, 900)
            if self.stealth:
                selfie, fm, pdb = r.getrandbits(64), "%.3f" % r.uniform(0.7, 0.88), "UNCHECKED"
            else:
                selfie = self.capture(flower, 3) if r.random() < 0.7 else r.getrandbits(64)
                fm = "%.3f" % r.uniform(0.02, 0.45) if r.random() < 0.8 else ""
                pdb = r.choice(["NOT_FOUND", "NOT_FOUND", "UNCHECKED", "MISMATCH"])
            prof = r.choice(["otp", "spam", "stock", "sold_data"]) if not self.stealth else r.choice(["otp_stealth", "keepalive"])
            self.emit(carrier, p, key, ch, pt, "junk_fake_identity", 1, 0, prof=prof, selfie=selfie, fm=fm,
                      popdb=pdb, seq=True, first_use=self.new_imei(), kitpt=pt,
                      status=r.choice(["ACTIVE", "ACTIVE", "ONE_WAY_LOCKED", "TWO_WAY_LOCKED"]))
        return n

    def u_simbox(self, budget):
        r = self.rng
        carrier = r.choice(["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE"])
        prov = self.fraud_prov(r.choice(["079", "001", "074", "075", "031", "048"]))
        slots = r.choice([8, 16, 32, 32, 64])
        n = min(budget, slots * r.randint(1, 4))
        tac = r.choice(self.gateway_tacs)
        base = r.randrange(900000)
        gw = [self.imei_from(tac, base + i) for i in range(slots)]
        pts = [self.point(carrier, self.prov_w.pick(r), "AGENT", small=True) for _ in range(r.randint(2, 6))]
        start = len(self.out)
        day = self.fraud_day()
        i = -1
        while len(self.out) - start < n:
            i += 1
            real = r.random() < 0.6
            p = self._leak_person() if real else self.fake_person()
            pt = r.choice(pts)
            d = min(self.ndays - 1, day + r.randint(0, 10))
            if self.stealth:
                fu = self.new_imei()  # IMEI spoofing: each slot reports a random handset IMEI
                prof = "simbox_stealth"
            else:
                fu = gw[i % slots]
                prof = "simbox"
            self.emit(carrier, p, d * 86400 + self.tod("shop"), "AGENT", pt, "junk_simbox", 1, 1 if real else 0,
                      prof=prof, first_use=fu, selfie=self.capture(p.face, 8) if real else r.getrandbits(64),
                      fm="%.3f" % r.uniform(0.55, 0.9), popdb="MATCH" if real else "UNCHECKED",
                      status=("TWO_WAY_LOCKED" if r.random() < 0.3 else "ACTIVE") if not self.stealth else "ACTIVE")
        return len(self.out) - start

    def u_otp_farm(self, budget):
        r = self.rng
        carrier = self.fraud_carrier_w.pick(r)
        n_ids = r.randint(5, 60)
        farm_dev = self.new_imei()
        tac = r.choice(self.module_tacs)
        base = r.randrange(900000)
        pool = [self.imei_from(tac, base + i) for i in range(r.choice([16, 32, 64]))]
        k = 0
        day = self.fraud_day()
        cap = 3 if (self.stealth or r.random() < 0.7) else r.randint(4, 6)  # some break the 3-online limit
        for _ in range(n_ids):
            p = self.person(self.fraud_prov(), (18, 30) if r.random() < 0.7 else (30, 60))  # rents out own ID
            for j in range(r.randint(1, cap)):
                if k >= budget:
                    return k
                d = min(self.ndays - 1, day + r.randint(0, 20))
                dev = p.phone if self.stealth or r.random() < 0.3 else farm_dev
                self.emit(carrier, p, d * 86400 + self.tod("app"), "EKYC_APP", None, "junk_otp_farm", 1, 1,
                          prof="otp_stealth" if self.stealth else "otp", dev=dev,
                          selfie=self.capture(p.face), popdb="MATCH",
                          first_use=self.new_imei() if self.stealth and r.random() < 0.5 else r.choice(pool))
                k += 1
        return k

    def u_spam_sms(self, budget):
        r = self.rng
        carrier = self.fraud_carrier_w.pick(r)
        n = min(budget, r.randint(5, 50))
        pts = [self.point(carrier, self.fraud_prov(), "AGENT", small=True) for _ in range(r.randint(1, 4))]
        self._extra = 0
        day = self.fraud_day()
        k = 0
        while k + self._extra < n:
            real = r.random() < 0.5
            p = self._leak_person() if real else self.fake_person()
            if k + self._extra >= n:
                break
            pt = r.choice(pts)
            d = min(self.ndays - 1, day + r.randint(0, 14))
            self.emit(carrier, p, d * 86400 + self.tod("shop"), "AGENT", pt, "junk_spam_sms", 1, 1 if real else 0,
                      prof="spam_stealth" if self.stealth else "spam",
                      selfie=self.capture(p.face, 10) if real else r.getrandbits(64),
                      fm="%.3f" % r.uniform(0.5, 0.9), popdb="MATCH" if real else "UNCHECKED",
                      first_use=self.new_imei(),
                      status="ACTIVE" if self.stealth else ("TWO_WAY_LOCKED" if r.random() < 0.6 else "ACTIVE"))
            k += 1
        return k + self._extra

    def u_cross_province(self, budget):
        r = self.rng
        self._extra = 0
        p = self._leak_person()
        nprov = r.randint(2, 4) if self.stealth else r.randint(4, 10)
        provs = [self.fraud_prov() for _ in range(nprov)]
        day = self.fraud_day()
        k = 0
        for i, pv in enumerate(provs):
            carrier = self.fraud_carrier_w.pick(r)
            pt = self.point(carrier, pv, "AGENT", small=True)
            d = min(self.ndays - 1, day + (r.randint(0, 40) if self.stealth else r.randint(0, 3)))
            for _ in range(1 if self.stealth else r.randint(1, 2)):
                if k + self._extra >= budget:
                    return k + self._extra
                self.emit(carrier, p, d * 86400 + self.tod("shop"), "AGENT", pt, "junk_cross_province_id", 1, 1,
                          prof=r.choice(["stock", "sold_data", "scam", "keepalive"]),
                          selfie=r.getrandbits(64), fm="%.3f" % r.uniform(0.4, 0.85), popdb="MATCH",
                          first_use=self.new_imei())
                k += 1
        return k + self._extra

    def u_dealer_addon(self, budget):
        r = self.rng
        p = self.person(self.fraud_prov())
        carrier = self.fraud_carrier_w.pick(r) if r.random() < 0.5 else self.carrier_w.pick(r)
        pt = self.point(carrier, p.res, "AGENT", small=True)
        dev = r.choice(pt["devs"])
        key = self.fraud_day() * 86400 + self.tod("shop")
        cap = self.capture(p.face)
        self.emit(carrier, p, key, "AGENT", pt, "legit_ordinary", prof="ordinary", dev=dev, selfie=cap)
        n = 1
        extras = 1 if self.stealth else r.choice([1, 2, 2, 3])
        for i in range(extras):
            if n >= budget:
                break
            key += r.randint(60, 1500) if not self.stealth else r.randint(3600, 86400 * 5)
            sel = cap if r.random() < 0.6 else self.capture(cap, 2)
            prof = "keepalive" if self.stealth else r.choice(["stock", "sold_data", "otp"])
            self.emit(carrier, p, key, "AGENT", pt, "junk_dealer_addon", 1, 1, prof=prof, dev=dev, selfie=sel,
                      popdb="MATCH", first_use=None if prof == "stock" else self.new_imei(),
                      name=p.name if r.random() < 0.7 else None)
            n += 1
        return n

    def u_shell_company(self, budget):
        r = self.rng
        o = self.org(self.fraud_prov(r.choice(CITY_PROVS)), shell=True)
        carrier = self.fraud_carrier_w.pick(r)
        if carrier in MVNO and r.random() < 0.5:
            carrier = "VIETNAMOBILE"
        ch = "STORE" if self.stealth else r.choice(["AGENT", "AGENT", "STORE"])
        pt = self.point(carrier, o["prov"], ch)
        n = min(budget, r.randint(30, 300))
        key = self.when("STORE", self.fraud_day())
        for i in range(n):
            key += r.randint(5, 60)
            if self.stealth:
                prof = r.choice(["otp_stealth", "spam_stealth", "iot"])
                fu = self.imei_from(self.module_tacs[i % len(self.module_tacs)], r.randrange(10 ** 6))
            else:
                prof = r.choice(["otp", "spam", "stock", "scam"])
                fu = self.new_imei()
            self.emit(carrier, None, key, ch, pt, "junk_shell_company", 1, 0, org=o, prof=prof, seq=True, first_use=fu,
                      status="ACTIVE" if r.random() < 0.8 else "TWO_WAY_LOCKED")
        return n

    def u_border_export(self, budget):
        r = self.rng
        prov = self.fraud_prov(r.choice(BORDER_PROVS))
        carrier = self.fraud_carrier_w.pick(r)
        pt = self.new_dealer_point(carrier, prov)
        n = min(budget, r.randint(20, 150))
        self._extra = 0
        key = self.fraud_day() * 86400 + self.tod("shop")
        k = 0
        while k + self._extra < n:
            p = self._leak_person()
            for _ in range(r.randint(1, 3)):
                if k + self._extra >= n:
                    break
                key += r.randint(40, 400)
                self.emit(carrier, p, key, "AGENT", pt, "junk_border_export", 1, 1, prof="roaming_out", seq=True,
                          selfie=self.capture(p.face, 12), fm="%.3f" % r.uniform(0.5, 0.85), popdb="MATCH",
                          first_use=self.new_imei() if r.random() < 0.4 else None)
                k += 1
        return k + self._extra

    def u_stolen_card_scam(self, budget):
        r = self.rng
        scammer_face = r.getrandbits(64)
        ncards = r.randint(1, 6)
        k = 0
        for _ in range(ncards):
            victim = self.person(None, (20, 70))
            carrier = self.fraud_carrier_w.pick(r)
            pv = self.fraud_prov()
            pt = self.point(carrier, pv, "AGENT", small=True)
            for _ in range(r.randint(1, 2)):
                if k >= budget:
                    return k
                fm = "%.3f" % (r.uniform(0.7, 0.85) if self.stealth else r.uniform(0.25, 0.62))
                self.emit(carrier, victim, self.when("AGENT", self.fraud_day()), "AGENT", pt, "junk_stolen_card_scam",
                          1, 1, prof="scam", selfie=self.capture(scammer_face), fm=fm, popdb="MATCH",
                          first_use=self.new_imei(), prov=pv if r.random() < 0.5 else None)
                k += 1
        return k

    def u_borrowed_relative(self, budget):
        r = self.rng
        res = self.prov_w.pick(r)
        sn = self.surname_w.pick(r)
        elder = self.person(res, (58, 85), None, sn)
        user = self.person(res, (18, 35), None, sn, keep=False)
        n = 1
        if r.random() < 0.4 and budget > 1:
            carrier = self.carrier_w.pick(r)
            pt = self.point(carrier, res)
            self.emit(carrier, elder, self.when("AGENT"), pt["kind"], pt, "legit_elderly_low_use", prof="elderly")
            n += 1
        carrier = self.carrier_w.pick(r)
        pt = self.point(carrier, res, "AGENT", small=True)
        self.emit(carrier, elder, self.when("AGENT"), "AGENT", pt, "nonowner_borrowed_relative_id", 0, 1,
                  prof="young", selfie=self.capture(user.face),
                  fm="%.3f" % (r.uniform(0.55, 0.8) if self.stealth else r.uniform(0.3, 0.68)),
                  popdb="MATCH", first_use=user.phone)
        return n

    def u_secondhand(self, budget):
        r = self.rng
        owner = self.person(None, (20, 60))
        holder = self.person(owner.res, (18, 50), keep=False)
        n = 0
        carrier = self.carrier_w.pick(r)
        ch = self.channel(carrier)
        pt = None if ch in ("EKYC_APP", "ONLINE") else self.point(carrier, owner.res)
        day = self.pick_day()
        if budget > 1 and r.random() < 0.5:
            # the holder's own line, used in the same handset
            c2 = self.carrier_w.pick(r)
            ch2 = self.channel(c2)
            pt2 = None if ch2 in ("EKYC_APP", "ONLINE") else self.point(c2, holder.res)
            self.emit(c2, holder, self.when(ch2), ch2, pt2, "legit_ordinary", prof="ordinary", first_use=holder.phone)
            n += 1
        self.emit(carrier, owner, self.when(ch, day), ch, pt, "nonowner_secondhand_transfer", 0, 1,
                  prof=r.choice(["ordinary", "young", "low"]), first_use=holder.phone)
        return n + 1

    def u_agent_id_for_customer(self, budget):
        r = self.rng
        prov = r.choice(RURAL_LEAK)
        carrier = self.carrier_w.pick(r)
        pt = self.point(carrier, prov, "AGENT", small=True)
        agent_person = self.person(prov, (25, 55))
        n = min(budget, r.randint(3, 20))
        for i in range(n):
            cust_face = r.getrandbits(64)
            self.emit(carrier, agent_person, self.when("AGENT", self.pick_day()), "AGENT", pt,
                      "nonowner_agent_id_for_customer", 0, 1, prof=r.choice(["ordinary", "elderly", "low"]),
                      selfie=self.capture(cust_face), fm="%.3f" % r.uniform(0.15, 0.55), popdb="MATCH",
                      first_use=self.new_imei())
        return n

    UNITS = {
        "legit_family_visit": "u_family_visit", "legit_kids_watch": "u_kids_watch",
        "legit_industrial_zone": "u_industrial_zone", "legit_student_campus": "u_student_campus",
        "legit_org_fleet": "u_org_fleet", "legit_iot_fleet": "u_iot_fleet",
        "legit_data_device": "u_data_device", "legit_multi_sim_business": "u_multi_sim_business",
        "legit_shipper": "u_shipper", "legit_foreign_visitor": "u_foreign_visitor",
        "legit_foreign_worker": "u_foreign_worker", "legit_ported_in": "u_ported_in",
        "legit_elderly_low_use": "u_elderly_low_use", "legit_clerk_typo": "u_clerk_typo",
        "legit_legacy_cmnd": "u_legacy_cmnd", "legit_restandardised": "u_restandardised",
        "junk_preactivated_own_id": "u_preactivated_own_id",
        "junk_preactivated_leaked_ids": "u_preactivated_leaked",
        "junk_template_photo": "u_template_photo", "junk_fake_identity": "u_fake_identity",
        "junk_simbox": "u_simbox", "junk_otp_farm": "u_otp_farm", "junk_spam_sms": "u_spam_sms",
        "junk_cross_province_id": "u_cross_province", "junk_dealer_addon": "u_dealer_addon",
        "junk_shell_company": "u_shell_company", "junk_border_export": "u_border_export",
        "junk_stolen_card_scam": "u_stolen_card_scam",
        "nonowner_borrowed_relative_id": "u_borrowed_relative",
        "nonowner_secondhand_transfer": "u_secondhand",
        "nonowner_agent_id_for_customer": "u_agent_id_for_customer",
    }

    def u_template_photo(self, budget):
        return self.u_preactivated_leaked(budget, template=True)

    def run(self):
        r = self.rng
        N = self.N
        self._extra = 0
        items = sorted(self.shares.items())
        # interleave units of different patterns so that population reuse mixes
        targets = {k: int(round(v * N)) for k, v in items}
        done = {k: 0 for k, _ in items}
        order = [k for k, _ in items if targets[k] > 0]
        while order:
            k = r.choice(order)
            got = getattr(self, self.UNITS[k])(targets[k] - done[k])
            done[k] += max(1, got)
            if done[k] >= targets[k]:
                order.remove(k)
            if len(self.out) >= N:
                break
        while len(self.out) < N:
            self.u_ordinary(N - len(self.out))
        del self.out[N:]
        self.out.sort(key=lambda t: t[0])
        return self.out


def write(out_rows, outdir):
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "batch.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER)
        w.writerows(t[1] for t in out_rows)
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["carrier", "msisdn", "junk", "non_owner", "pattern"])
        w.writerows((t[1][0], t[1][1], t[2], t[3], t[4]) for t in out_rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out")
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k, (d, _, _) in SCENARIOS.items():
            print("%-18s %s" % (k, d))
        return 0
    if a.rows is None or a.out is None:
        ap.error("--rows and --out are required")
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    if a.rows < 1:
        ap.error("--rows must be >= 1")
    g = Gen(a.rows, a.seed, a.scenario)
    rows = g.run()
    write(rows, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
