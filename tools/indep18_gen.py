#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""indep18_gen.py - independent synthetic Vietnamese SIM-registration population.

Writes a registration batch (batch.csv) and ground-truth labels (labels.csv)
for testing a SIM-registration anomaly auditor.  Standard library only.

    python3 tools/indep18_gen.py --rows N --seed S --scenario NAME --out DIR
    python3 tools/indep18_gen.py --list-scenarios
"""

import argparse
import os
import random
import sys
import unicodedata
from datetime import date

COLUMNS = [
    "carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type", "id_number",
    "full_name", "date_of_birth", "gender", "nationality", "province", "registered_at",
    "channel", "agent_id", "device_imei", "selfie_hash", "face_match", "popdb_check",
    "status", "first_use_imei", "active_days_30d", "out_calls_30d", "in_calls_30d",
    "out_sms_30d", "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d",
]
LABEL_COLUMNS = ["carrier", "msisdn", "junk", "non_owner", "pattern"]

EPOCH_ORD = date(1970, 1, 1).toordinal()


def dnum(y, m, d):
    return date(y, m, d).toordinal() - EPOCH_ORD


# ---------------------------------------------------------------------------
# Reference tables
# ---------------------------------------------------------------------------

# code, population (10k, approx. 2019 census), region
PROVINCES = [
    ("001", 825, "RRD"), ("002", 86, "NMT"), ("004", 53, "NMT"), ("006", 31, "NMT"),
    ("008", 78, "NMT"), ("010", 73, "NMT"), ("011", 60, "NMT"), ("012", 46, "NMT"),
    ("014", 125, "NMT"), ("015", 82, "NMT"), ("017", 85, "NMT"), ("019", 129, "NMT"),
    ("020", 78, "NMT"), ("022", 132, "RRD"), ("024", 180, "NMT"), ("025", 146, "NMT"),
    ("026", 115, "RRD"), ("027", 137, "RRD"), ("030", 189, "RRD"), ("031", 203, "RRD"),
    ("033", 125, "RRD"), ("034", 186, "RRD"), ("035", 85, "RRD"), ("036", 178, "RRD"),
    ("037", 98, "RRD"), ("038", 364, "NCC"), ("040", 333, "NCC"), ("042", 129, "NCC"),
    ("044", 90, "NCC"), ("045", 63, "NCC"), ("046", 113, "NCC"), ("048", 113, "SCC"),
    ("049", 149, "SCC"), ("051", 123, "SCC"), ("052", 149, "SCC"), ("054", 86, "SCC"),
    ("056", 123, "SCC"), ("058", 59, "SCC"), ("060", 123, "SCC"), ("062", 54, "CH"),
    ("064", 151, "CH"), ("066", 187, "CH"), ("067", 62, "CH"), ("068", 130, "CH"),
    ("070", 99, "SE"), ("072", 117, "SE"), ("074", 243, "SE"), ("075", 310, "SE"),
    ("077", 115, "SE"), ("079", 899, "SE"), ("080", 169, "MD"), ("082", 176, "MD"),
    ("083", 129, "MD"), ("084", 101, "MD"), ("086", 102, "MD"), ("087", 160, "MD"),
    ("089", 191, "MD"), ("091", 172, "MD"), ("092", 124, "MD"), ("093", 73, "MD"),
    ("094", 120, "MD"), ("095", 91, "MD"), ("096", 119, "MD"),
]
PROV_CODES = [p[0] for p in PROVINCES]
PROV_POP = {p[0]: p[1] for p in PROVINCES}
PROV_REGION = {p[0]: p[2] for p in PROVINCES}
REGION_PROVS = {}
for _c, _p, _r in PROVINCES:
    REGION_PROVS.setdefault(_r, []).append(_c)
SOUTHERN = {"SCC", "CH", "SE", "MD"}

# legacy 9-digit CMND issuing-police prefixes (approximate)
CMND_PREFIX = {
    "001": "01", "079": "02", "031": "03", "011": "04", "012": "04", "014": "05",
    "010": "06", "015": "06", "002": "07", "008": "07", "020": "08", "004": "08",
    "019": "09", "006": "09", "022": "10", "017": "11", "024": "12", "027": "12",
    "025": "13", "026": "13", "030": "14", "033": "14", "034": "15", "035": "16",
    "036": "16", "037": "16", "038": "17", "040": "18", "042": "18", "044": "19",
    "045": "19", "046": "19", "048": "20", "049": "20", "051": "21", "052": "21",
    "054": "22", "056": "22", "062": "23", "064": "23", "066": "24", "067": "24",
    "068": "25", "058": "26", "060": "26", "075": "27", "077": "27", "074": "280",
    "070": "285", "072": "29", "080": "30", "082": "31", "083": "32", "086": "33",
    "084": "33", "087": "34", "089": "35", "092": "36", "093": "36", "094": "36",
    "091": "37", "096": "38", "095": "38",
}

# ethnic-minority share of residents (rough) and the naming tradition used
MINORITY = {
    "002": (0.85, "hmong"), "004": (0.9, "tay"), "006": (0.85, "tay"), "008": (0.5, "tay"),
    "010": (0.65, "hmong"), "011": (0.8, "thai"), "012": (0.85, "hmong"), "014": (0.8, "thai"),
    "015": (0.5, "tay"), "017": (0.7, "muong"), "019": (0.25, "tay"), "020": (0.8, "tay"),
    "024": (0.1, "tay"), "025": (0.12, "muong"), "062": (0.5, "highland"),
    "064": (0.45, "highland"), "066": (0.3, "highland"), "067": (0.3, "highland"),
    "068": (0.2, "highland"), "094": (0.3, "khmer"), "084": (0.3, "khmer"),
    "091": (0.12, "khmer"), "038": (0.1, "muong"), "040": (0.1, "thai"),
}

CARRIERS = ["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "GMOBILE", "ITEL",
            "REDDI", "ASIM", "DIGILIFE", "LOCAL", "WINTEL"]
CARRIER_SHARE = {
    "VIETTEL": 53.0, "VINAPHONE": 22.0, "MOBIFONE": 19.5, "VIETNAMOBILE": 2.6,
    "GMOBILE": 0.35, "ITEL": 0.9, "REDDI": 0.15, "ASIM": 0.45, "DIGILIFE": 0.3,
    "LOCAL": 0.5, "WINTEL": 0.25,
}
MVNO = {"ITEL", "REDDI", "ASIM", "DIGILIFE", "LOCAL", "WINTEL"}
# national significant number prefixes (9-digit NSN), repeated for weight
NSN_PREFIX = {
    "VIETTEL": ["86", "96", "96", "97", "97", "98", "98", "32", "33", "34", "35", "36",
                "37", "38", "39"],
    "VINAPHONE": ["88", "91", "91", "94", "94", "81", "82", "83", "84", "85"],
    "MOBIFONE": ["89", "90", "90", "93", "93", "70", "76", "77", "78", "79"],
    "VIETNAMOBILE": ["92", "92", "52", "56", "58"],
    "GMOBILE": ["993", "994", "995", "996", "997", "59", "59"],
    "ITEL": ["87"],
    "REDDI": ["55"],
    "WINTEL": ["55"],
    "ASIM": ["896"],
    "DIGILIFE": ["879"],
    "LOCAL": ["898"],
}
MNC = {"VIETTEL": "04", "VINAPHONE": "02", "MOBIFONE": "01", "VIETNAMOBILE": "05",
       "GMOBILE": "07", "ITEL": "08", "REDDI": "09", "WINTEL": "09", "ASIM": "01",
       "DIGILIFE": "02", "LOCAL": "01"}
IIN = {"VIETTEL": "898404", "VINAPHONE": "898402", "MOBIFONE": "898401",
       "VIETNAMOBILE": "898405", "GMOBILE": "898407", "ITEL": "898408", "REDDI": "898409",
       "WINTEL": "898409", "ASIM": "898401", "DIGILIFE": "898402", "LOCAL": "898401"}
ICCID20 = {"VINAPHONE", "DIGILIFE", "VIETNAMOBILE", "ITEL"}
POS_PFX = {"VIETTEL": "VTT", "VINAPHONE": "VNP", "MOBIFONE": "MBF", "VIETNAMOBILE": "VNM",
           "GMOBILE": "GTL", "ITEL": "ITL", "REDDI": "RDD", "WINTEL": "WTL", "ASIM": "ASM",
           "DIGILIFE": "DGL", "LOCAL": "LCL"}

# how each carrier's export system renders things
#   msisdn format, UTC timestamps, P(empty subscriber_type), P(empty nationality),
#   P(empty province), face_match decimals, P(upper-case name), P(empty imsi),
#   P(empty status)
EXPORT = {
    "VIETTEL": ("84", False, 0.00, 0.04, 0.03, 3, 0.30, 0.01, 0.00),
    "VINAPHONE": ("0", False, 0.30, 0.35, 0.06, 2, 0.20, 0.02, 0.00),
    "MOBIFONE": ("84", False, 0.00, 0.02, 0.05, 2, 0.55, 0.01, 0.05),
    "VIETNAMOBILE": ("0", False, 0.10, 0.10, 0.12, 2, 0.25, 0.15, 0.30),
    "GMOBILE": ("+84", True, 0.00, 0.00, 0.10, 2, 0.60, 0.05, 0.00),
    "ITEL": ("0", False, 0.20, 0.20, 0.15, 2, 0.15, 0.30, 0.10),
    "REDDI": ("0", False, 0.00, 0.10, 0.20, 2, 0.20, 0.25, 0.00),
    "WINTEL": ("+84", False, 0.00, 0.10, 0.20, 2, 0.20, 0.25, 0.00),
    "ASIM": ("84", False, 0.40, 0.50, 0.25, 2, 0.30, 0.45, 0.20),
    "DIGILIFE": ("0", False, 0.00, 0.00, 0.10, 3, 0.10, 0.40, 0.00),
    "LOCAL": ("84", False, 0.20, 0.30, 0.30, 2, 0.40, 0.60, 0.10),
}

# ---- names -----------------------------------------------------------------
SURNAMES = [
    ("Nguyễn", 31), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5), ("Phan", 4.5),
    ("Vũ", 3.9), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3),
    ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.8), ("Trịnh", 0.6), ("Lâm", 0.5), ("Mai", 0.5),
    ("Tô", 0.3), ("Hà", 0.5), ("Tạ", 0.3), ("Cao", 0.5), ("Lương", 0.4), ("Đoàn", 0.6),
    ("Chu", 0.2), ("Quách", 0.2), ("Kiều", 0.15), ("Thái", 0.2), ("Lưu", 0.3),
    ("Châu", 0.3), ("Tăng", 0.15), ("Hứa", 0.15), ("Triệu", 0.2), ("La", 0.1),
    ("Phùng", 0.3), ("Lại", 0.2), ("Khúc", 0.05), ("Văn", 0.15), ("Từ", 0.15),
    ("Bạch", 0.05), ("Nghiêm", 0.1), ("Vương", 0.2), ("Tống", 0.1), ("Mạc", 0.05),
    ("Âu", 0.05), ("Giang", 0.1), ("Trương", 0.8), ("Diệp", 0.05), ("Thân", 0.1),
    ("Kim", 0.08), ("Ông", 0.05), ("Lục", 0.05), ("Doãn", 0.05), ("Quan", 0.05),
]
M_MID = ["Đức", "Minh", "Quốc", "Hữu", "Công", "Thành", "Xuân", "Ngọc", "Anh", "Hoàng",
         "Gia", "Tuấn", "Trọng", "Đình", "Bá", "Quang", "Thanh", "Hải", "Trung", "Tiến",
         "Mạnh", "Duy", "Nhật", "Khánh", "Bảo", "Phúc", "Thế", "Chí", "Việt", "Đăng",
         "Hoài", "Huy", "Đình", "Quang", "Minh", "Đức", "Hữu"]
F_MID = ["Ngọc", "Thu", "Thanh", "Minh", "Mai", "Phương", "Hồng", "Kim", "Bảo", "Khánh",
         "Diệu", "Hoài", "Thùy", "Quỳnh", "Bích", "Hải", "Lan", "Tuyết", "Mỹ", "Kiều",
         "Cẩm", "Thảo", "Gia", "Yến", "Như", "Ánh", "Hương", "Vân", "Xuân", "Huyền",
         "Ngọc", "Thu", "Thanh", "Hồng", "Thùy", "Mỹ"]
M_GIVEN = ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn", "Thắng", "Quân",
           "Huy", "Đức", "Phong", "Khang", "Bảo", "Trung", "Hiếu", "Tùng", "Cường",
           "Thành", "Vinh", "Tâm", "Phúc", "Lộc", "Tài", "Khoa", "Đạt", "Kiên", "Hoàng",
           "Hưng", "Toàn", "Thịnh", "Nghĩa", "Duy", "An", "Bình", "Công", "Dương", "Hiệp",
           "Lâm", "Lực", "Mạnh", "Nhân", "Quang", "Tiến", "Trí", "Tú", "Việt", "Thái",
           "Quý", "Hòa", "Sang", "Tín", "Khôi", "Nguyên", "Phát", "Thuận", "Vũ", "Hào",
           "Luân", "Chiến", "Thọ", "Lợi", "Tân", "Trọng", "Cảnh", "Định", "Giang",
           "Hậu", "Khải", "Phước", "Quyết", "Sỹ", "Thiện", "Toản", "Trường", "Tường",
           "Vương", "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Sơn", "Long", "Huy"]
F_GIVEN = ["Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Thảo", "Hà", "Ngọc", "Anh",
           "Phương", "Thủy", "Hằng", "Nhung", "Yến", "Loan", "Huyền", "Vy", "My", "Nhi",
           "Hạnh", "Dung", "Giang", "Hiền", "Thu", "Vân", "Oanh", "Quyên", "Trâm",
           "Tuyết", "Ánh", "Diễm", "Chi", "Ngân", "Châu", "Uyên", "Xuân", "Lệ", "Bích",
           "Liên", "Nga", "Nhàn", "Hồng", "Thúy", "Tâm", "Thanh", "Lý", "Hậu", "Duyên",
           "Kiều", "Ly", "Phượng", "Quế", "Quỳnh", "Sương", "Tươi", "Hân", "An", "Khuê",
           "Trinh", "Thư", "Diệp", "Đào", "Hường", "Lan", "Hương", "Linh", "Trang",
           "Thảo", "Hà", "Ngọc", "Anh", "Phương", "Hằng"]
M_MODERN = ["Minh Khôi", "Gia Huy", "Đức Anh", "Bảo Long", "Minh Quân", "Hoàng Nam",
            "Tuấn Kiệt", "Gia Bảo", "Nhật Minh", "Anh Khoa", "Minh Đức", "Quốc Bảo",
            "Hoàng Phúc", "Thành Đạt", "Đăng Khoa"]
F_MODERN = ["Gia Hân", "Bảo Ngọc", "Khánh Linh", "Ngọc Hân", "Minh Anh", "Bảo Châu",
            "Phương Anh", "Thảo Vy", "Khánh Vy", "An Nhiên", "Tuệ Nhi", "Hà My",
            "Bảo Trâm", "Mai Anh", "Thanh Trúc"]
M_OLD = ["Sửu", "Dần", "Thìn", "Tấn", "Phú", "Bảy", "Tám", "Chín", "Út", "Lộc", "Thọ"]
F_OLD = ["Lựu", "Gái", "Nhài", "Mận", "Thơm", "Rạng", "Tý", "Bảy", "Út", "Hợi", "Đào"]

MIN_NAMES = {
    "hmong": (["Giàng", "Sùng", "Vàng", "Thào", "Lý", "Mùa", "Hờ", "Lầu", "Chá", "Hạng"],
              ["A"], ["Thị", "Seo", "Thị"],
              ["Páo", "Chớ", "Dính", "Sính", "Tủa", "Chư", "Dế", "Pó", "Lử", "Sáng", "Chừ"],
              ["Mỷ", "Dợ", "Sua", "Pà", "Chua", "Say", "Sử", "Mai", "Dua", "Chá"]),
    "tay": (["Hoàng", "Nông", "Lương", "Ma", "Triệu", "Hà", "Lục", "Lăng", "Bế", "La", "Lý"],
            ["Văn", "Đức", "Văn"], ["Thị", "Thị", "Thu"],
            ["Dền", "Thưởng", "Cường", "Pấu", "Sỉnh", "Quyết", "Tuấn", "Thắng"],
            ["Ngọt", "Pạng", "Dung", "Hoa", "Nguyệt", "Lan", "Liên", "Slao"]),
    "thai": (["Lò", "Lường", "Cầm", "Quàng", "Tòng", "Vì", "Lù", "Điêu", "Bạc"],
             ["Văn", "Văn", "Ích"], ["Thị", "Thị"],
             ["Pọm", "Ún", "Panh", "Xiêng", "Inh", "Khằm", "Hặc", "Tiến"],
             ["Ly", "Ngọc", "Xuân", "Bun", "Ên", "Kim", "Hương"]),
    "muong": (["Bùi", "Đinh", "Quách", "Hà", "Xa", "Bạch"], ["Văn", "Văn", "Công"],
              ["Thị", "Thị"], ["Rõn", "Thâm", "Đạo", "Khiêm", "Mường", "Tiến", "Lành"],
              ["Chúc", "Lựu", "Nhàn", "Hương", "Mơ", "Sấm"]),
    "khmer": (["Thạch", "Sơn", "Danh", "Kim", "Lâm", "Chau", "Kiên", "Lý"],
              ["Văn", "", ""], ["Thị", "Thị", ""],
              ["Sóc", "Phol", "Ra", "Kha", "Chanh", "Sa Rinh", "Sà Phia", "Pho"],
              ["Sa Rươl", "Sa Phol", "Mơl", "Thi", "Sóc Kha", "Chanh Thi", "Ni"]),
}
HIGHLAND_SUR = ["Niê", "Êban", "Mlô", "Byă", "Ksơr", "Adrơng", "Rơ Mah", "Siu", "Nay"]
HIGHLAND_GIVEN = ["Ngông", "Blơ", "Đoan", "Thơm", "Hen", "Phi", "Bhiăo", "Jun", "Mai", "Linh"]

FOREIGN = {
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
           ["MINJUN", "SEOYEON", "JIHOON", "HAYOON", "DONGHYUN", "JIWOO", "SEUNGHO",
            "YUNA", "HYUNWOO", "SOYEON"], "kr"),
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
           ["WEI", "FANG", "NA", "MIN", "JING", "LEI", "YANG", "JUN", "XIULAN", "HAO",
            "ZHIQIANG", "YAN"], "cn"),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU", "LIU"],
           ["CHIA-HAO", "YI-TING", "CHUN-HUNG", "SHU-FEN", "CHIH-MING", "YA-WEN"], "tw"),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO"],
           ["HIROSHI", "YUKI", "KENJI", "AYAKA", "TAKESHI", "NAOKO", "SHOTA"], "jp"),
    "US": (["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "NGUYEN", "TRAN", "GARCIA", "MILLER"],
           ["JOHN", "MICHAEL", "EMILY", "SARAH", "DAVID", "JESSICA", "KEVIN", "LINDA"], "us"),
    "AU": (["SMITH", "JONES", "WILSON", "TAYLOR", "NGUYEN", "WHITE"],
           ["JACK", "OLIVIA", "NOAH", "CHARLOTTE", "LIAM", "MIA"], "au"),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "PETIT"],
           ["JEAN", "MARIE", "PIERRE", "CAMILLE", "LUC", "CLAIRE"], "fr"),
    "DE": (["MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER"],
           ["ANNA", "LUKAS", "LEA", "FELIX", "HANNAH"], "de"),
    "RU": (["IVANOV", "SMIRNOVA", "KUZNETSOV", "POPOVA", "SOKOLOV", "VOLKOVA"],
           ["ALEKSEI", "OLGA", "DMITRII", "ELENA", "SERGEI", "ANNA"], "ru"),
    "IN": (["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA"],
           ["RAHUL", "PRIYA", "AMIT", "NEHA", "VIKRAM"], "in"),
    "TH": (["SOMCHAI", "SRISAI", "WONGSA", "CHAIYAPORN"],
           ["ANAN", "SUDA", "NIRAN", "MALEE"], "th"),
    "GB": (["SMITH", "BROWN", "TAYLOR", "EVANS", "WALKER"],
           ["JAMES", "OLIVER", "AMELIA", "GEORGE", "ISLA"], "gb"),
    "LA": (["PHOMMAVONG", "SOUVANNAVONG", "KEOMANY", "VONGSA"],
           ["SOMPHONE", "KHAMLA", "BOUNMY", "NOY"], "la"),
    "KH": (["SOK", "CHEA", "KHIEU", "NGET", "PICH"],
           ["DARA", "SREY", "VANNA", "SOPHEA"], "kh"),
}
TOURIST_NAT = [("KR", 30), ("CN", 20), ("TW", 6), ("JP", 6), ("US", 7), ("AU", 5),
               ("FR", 3), ("DE", 3), ("RU", 5), ("IN", 4), ("TH", 3), ("GB", 3),
               ("LA", 2), ("KH", 2)]
EXPAT_NAT = [("KR", 35), ("CN", 30), ("TW", 10), ("JP", 10), ("US", 4), ("IN", 3),
             ("FR", 2), ("DE", 2), ("GB", 2), ("AU", 2)]

ORG_KIND = ["CÔNG TY TNHH", "CÔNG TY TNHH MTV", "CÔNG TY CỔ PHẦN", "CÔNG TY CP",
            "CHI NHÁNH CÔNG TY TNHH", "HỢP TÁC XÃ", "DOANH NGHIỆP TƯ NHÂN"]
ORG_FIELD = ["THƯƠNG MẠI DỊCH VỤ", "XÂY DỰNG", "VẬN TẢI", "GIAO NHẬN", "LOGISTICS",
             "CÔNG NGHỆ", "SẢN XUẤT", "ĐẦU TƯ", "BẤT ĐỘNG SẢN", "DƯỢC PHẨM", "THỰC PHẨM",
             "MAY MẶC", "ĐIỆN TỬ", "TƯ VẤN", "NÔNG NGHIỆP", "BẢO VỆ", "GIÁO DỤC"]
ORG_BRAND = ["AN PHÁT", "HOÀNG LONG", "MINH KHANG", "THÀNH ĐẠT", "PHÚ THỊNH", "VIỆT TIẾN",
             "SAO MAI", "ĐẠI PHÁT", "TÂN HƯNG", "BÌNH MINH", "NAM VIỆT", "HƯNG THỊNH",
             "KIM NGÂN", "PHƯƠNG ĐÔNG", "TRƯỜNG SƠN", "HẢI ÂU", "THIÊN ÂN", "VẠN XUÂN",
             "QUANG MINH", "HÒA BÌNH", "SÔNG HỒNG", "MEKONG", "AN KHANG", "TÍN NGHĨA"]
TAX_PFX = {"001": "01", "079": "03", "031": "02", "048": "04", "074": "37", "075": "36",
           "027": "23", "092": "18", "022": "57", "056": "42"}

# ---- usage profiles ---------------------------------------------------------
# (active lo, hi, out_med, out_s, in_med, in_s, osms_med, isms_med, dist lo, hi,
#  topup_med, data_med, data_s)
P_NORMAL, P_LIGHT, P_HEAVY, P_STUDENT, P_DATA, P_BACKUP, P_TOURIST, P_IOT, P_STAFF, \
    P_SIMBOX, P_OTP, P_SCAM, P_SPAM, P_SCAM_STEALTH, P_NONE = range(15)
PROFILE = {
    P_NORMAL: (0.55, 1.0, 45, 0.8, 50, 0.7, 4, 25, 0.20, 0.50, 100000, 3500, 1.1),
    P_LIGHT: (0.30, 1.0, 12, 0.8, 20, 0.7, 0.4, 10, 0.30, 0.70, 30000, 40, 2.0),
    P_HEAVY: (0.85, 1.0, 420, 0.5, 260, 0.5, 25, 60, 0.35, 0.70, 350000, 6000, 0.8),
    P_STUDENT: (0.70, 1.0, 20, 0.9, 22, 0.8, 3, 30, 0.30, 0.60, 70000, 12000, 0.8),
    P_DATA: (0.50, 1.0, 0, 0, 0, 0, 0, 8, 0, 0, 120000, 15000, 1.0),
    P_BACKUP: (0.0, 0.2, 1, 1.0, 2, 1.0, 0, 6, 0.5, 1.0, 0, 5, 2.0),
    P_TOURIST: (0.25, 0.8, 6, 0.9, 5, 0.9, 1, 15, 0.4, 0.9, 0, 9000, 0.7),
    P_IOT: (0.90, 1.0, 0, 0, 0, 0, 0.1, 2, 0, 0, 0, 30, 1.2),
    P_STAFF: (0.70, 1.0, 90, 0.8, 70, 0.7, 5, 30, 0.25, 0.55, 0, 4000, 1.0),
    P_SIMBOX: (0.15, 0.7, 1600, 0.6, 3, 1.0, 0, 5, 0.80, 0.97, 0, 0, 0),
    P_OTP: (0.20, 0.9, 0, 0, 0, 0, 0, 140, 0, 0, 0, 0, 0),
    P_SCAM: (0.10, 0.5, 260, 0.7, 8, 1.0, 2, 8, 0.75, 0.95, 200000, 50, 2.0),
    P_SPAM: (0.10, 0.5, 5, 1.0, 1, 1.0, 1800, 5, 0.85, 0.97, 300000, 0, 0),
    P_SCAM_STEALTH: (0.40, 0.9, 110, 0.6, 35, 0.7, 3, 20, 0.55, 0.80, 150000, 800, 1.5),
}

NOISE_BAG = [0] * 10 + [1] * 25 + [2] * 30 + [3] * 20 + [4] * 11 + [5] * 3 + [6]

HOURS = {
    "STORE": [0, 0, 0, 0, 0, 0, 0, 0.3, 1, 3, 4, 4, 2, 2, 3, 4, 4, 5, 5, 5, 4, 1.5, 0.1, 0],
    "AGENT": [0.05, 0, 0, 0, 0, 0.1, 0.4, 1, 2, 3, 3.5, 3.5, 2, 2, 3, 3.5, 3.5, 4, 4.5,
              4.5, 4, 3, 1, 0.3],
    "EKYC_APP": [1.5, 0.8, 0.4, 0.3, 0.3, 0.5, 1.5, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5.5, 6, 7,
                 8, 9, 9, 7, 4],
    "ONLINE": [0, 0, 0, 0, 0, 0, 0, 0.5, 2, 4, 4, 4, 3, 3, 4, 4, 4, 4, 3, 2, 1, 0.3, 0, 0],
    "NIGHT": [6, 5, 3, 2, 1, 1, 1, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.5,
              1, 2, 3, 4, 5, 6],
    "OFFICE": [0, 0, 0, 0, 0, 0, 0, 0.2, 3, 4, 4, 3, 1, 2, 4, 4, 3, 1, 0, 0, 0, 0, 0, 0],
}

TAC_PHONE_PFX = ["3533", "3548", "3525", "3567", "3571", "3589", "3595", "3516", "8612",
                 "8626", "8634", "8645", "8652", "8667", "8678", "8695", "3544", "3520"]
TAC_FEATURE_PFX = ["3581", "3564", "8670", "8603"]
TAC_TABLET_PFX = ["3528", "3559", "8659"]
TAC_ROUTER_PFX = ["8619", "8637", "8665"]
TAC_MODEM_PFX = ["8607", "8614", "8628"]
TAC_GATEWAY_PFX = ["8611", "8690", "8635"]

D2 = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn(body):
    """Append a Luhn check digit to a digit string."""
    s = 0
    dbl = True
    for ch in reversed(body):
        d = ord(ch) - 48
        s += D2[d] if dbl else d
        dbl = not dbl
    return body + chr(48 + (-s) % 10)


_STRIP = {}


def ascii_fold(s):
    r = _STRIP.get(s)
    if r is None:
        t = unicodedata.normalize("NFD", s)
        t = "".join(c for c in t if unicodedata.category(c) != "Mn")
        r = t.replace("Đ", "D").replace("đ", "d")
        _STRIP[s] = r
    return r


def csv_field(s):
    if "," in s or '"' in s or "\n" in s or "\r" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------

LEGIT_DEFAULT = {
    "family": 0.07, "family_store": 0.025, "campus": 0.012, "industrial": 0.025,
    "onboarding": 0.01, "org": 0.03, "iot": 0.012, "airport": 0.012, "expat": 0.006,
    "history": 0.02, "agent_own": 0.003, "twins": 0.002, "multi_purchase": 0.012,
    "minor": 0.002,
}
FRAUD_DEFAULT = {
    "preact_fab": 0.012, "preact_leak": 0.008, "agent_mass": 0.004, "padding": 0.008,
    "ring": 0.008, "simbox": 0.006, "otp": 0.004, "stolen_doc": 0.0015, "rental": 0.004,
    "crossprov": 0.002, "borrowed": 0.0015,
}


def _sc(desc, export, **kw):
    d = {"desc": desc, "export": export, "recent_days": 365, "recent_share": 0.72,
         "old_years": 10, "region_boost": None, "carrier_boost": None,
         "legit": dict(LEGIT_DEFAULT), "fraud": dict(FRAUD_DEFAULT), "care": (0.0, 0.7),
         "typo": 0.015, "bom": False, "online_boost": 1.0, "border": False,
         "ascii_boost": 1.0}
    for k, v in kw.items():
        if k in ("legit_upd", "fraud_upd"):
            d["legit" if k == "legit_upd" else "fraud"].update(v)
        else:
            d[k] = v
    return d


def _scaled(base, f):
    return {k: v * f for k, v in base.items()}


SCENARIOS = {
    "national_default": _sc("national mix, moderate fraud", (2026, 6, 30)),
    "stealth_ring": _sc(
        "sparse, careful identity-theft rings and mules", (2026, 3, 31),
        fraud={"ring": 0.0022, "rental": 0.0008, "stolen_doc": 0.0004, "preact_leak": 0.0006,
               "crossprov": 0.0003, "borrowed": 0.0003, "otp": 0.0004},
        care=(0.8, 1.0)),
    "stealth_dealer": _sc(
        "sparse, careful dealer fraud hidden in busy shops", (2025, 12, 31),
        fraud={"padding": 0.0022, "preact_leak": 0.0012, "agent_mass": 0.0008,
               "preact_fab": 0.0004, "simbox": 0.0004, "borrowed": 0.0003},
        care=(0.8, 1.0),
        legit_upd={"multi_purchase": 0.02, "family_store": 0.035, "campus": 0.02,
                   "industrial": 0.035}),
    "urban_south": _sc(
        "HCMC and the south-east: migrants, busy shops, farms", (2026, 5, 31),
        region_boost={"SE": 6.0, "MD": 1.5},
        legit_upd={"industrial": 0.06, "campus": 0.025, "airport": 0.02, "expat": 0.012,
                   "onboarding": 0.02},
        fraud=_scaled(dict(FRAUD_DEFAULT, simbox=0.014, otp=0.01, ring=0.012), 1.0)),
    "rural_north": _sc(
        "northern mountains and delta: agents, old documents, border resale", (2026, 4, 30),
        region_boost={"NMT": 7.0, "RRD": 1.6}, recent_share=0.6, old_years=12,
        legit_upd={"family_store": 0.04, "campus": 0.004, "airport": 0.002,
                   "expat": 0.003, "industrial": 0.02},
        fraud=dict(FRAUD_DEFAULT, preact_fab=0.02, preact_leak=0.012, padding=0.012,
                   agent_mass=0.006, ring=0.004, otp=0.002),
        border=True, ascii_boost=1.8, online_boost=0.5),
    "crackdown_2023": _sc(
        "the 2023 clean-up: legacy CMND, mismatches, locks, re-registrations",
        (2023, 6, 30), recent_share=0.45, old_years=9, typo=0.03,
        legit_upd={"history": 0.06},
        fraud=dict(FRAUD_DEFAULT, preact_fab=0.03, preact_leak=0.015, agent_mass=0.008,
                   ring=0.004, padding=0.01), online_boost=0.6),
    "mvno_online": _sc(
        "app/web heavy, MVNO-rich market with OTP farms and app fraud", (2026, 1, 31),
        carrier_boost={"ITEL": 8, "REDDI": 10, "WINTEL": 10, "ASIM": 12, "DIGILIFE": 12,
                       "LOCAL": 10, "VIETNAMOBILE": 3, "GMOBILE": 5},
        fraud=dict(FRAUD_DEFAULT, ring=0.016, otp=0.012, preact_fab=0.006,
                   padding=0.004, simbox=0.004),
        online_boost=2.2, bom=True),
    "farm_wave": _sc(
        "SIM-box and OTP-farm wave on bought identities", (2025, 9, 30),
        fraud=dict(FRAUD_DEFAULT, simbox=0.045, otp=0.03, rental=0.012, preact_leak=0.012)),
    "clean_baseline": _sc(
        "no planted fraud: confounders only", (2026, 6, 30), fraud={},
        legit_upd={"multi_purchase": 0.02, "family": 0.09, "org": 0.04, "campus": 0.02}),
}


# ---------------------------------------------------------------------------
# Structures
# ---------------------------------------------------------------------------

class Person(object):
    __slots__ = ("name", "dob", "dob_day", "by", "g", "bprov", "rprov", "cccd", "cmnd",
                 "face", "im1", "im2", "nat", "pp", "min_day", "feature")


class Stock(object):
    __slots__ = ("iin", "w", "next", "mncp", "imsi_next")


class Lot(object):
    __slots__ = ("stock", "cur", "left", "imsi", "gen")

    def __init__(self, stock, gen, size=None):
        self.stock = stock
        self.gen = gen
        self.left = 0
        self.cur = 0
        self.imsi = 0
        if size is not None:
            self.refill(size)

    def refill(self, size=None):
        st = self.stock
        rng = self.gen.rng
        if size is None:
            size = rng.choice((100, 200, 500, 500, 1000, 1000, 2000))
        self.cur = st.next
        st.next += size + rng.randrange(0, 3000)
        self.imsi = st.imsi_next
        st.imsi_next += size + rng.randrange(0, 3000)
        self.left = size

    def take(self):
        if self.left <= 0:
            self.refill()
        st = self.stock
        s = self.cur
        self.cur += 1
        self.left -= 1
        i = self.imsi
        self.imsi += 1
        if self.gen.rng.random() < 0.01:  # damaged / returned card skipped
            self.cur += 1
            self.imsi += 1
            self.left -= 1
        return luhn(st.iin + str(s).zfill(st.w)), st.mncp + str(i).zfill(10)


class Card(object):
    """A physical SIM card shared by several rows of one subscription."""
    __slots__ = ("lot", "val")

    def __init__(self, lot):
        self.lot = lot
        self.val = None

    def take(self):
        if self.val is None:
            self.val = self.lot.take()
        return self.val


class Outlet(object):
    __slots__ = ("prov", "kind", "devs", "owner", "codes", "lots", "faces")


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------

class Gen(object):

    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.sc = SCENARIOS[scenario]
        self.rng = random.Random("indep18|%d|%s|%s" % (rows, seed, scenario))
        rng = self.rng
        y, m, d = self.sc["export"]
        self.E = dnum(y, m, d)
        self.EY = y
        self.export_ts = self.E * 86400 + 86399
        self.D2016 = dnum(2016, 1, 1)
        self.D2017 = dnum(2017, 4, 1)
        self.D2020 = dnum(2020, 6, 1)
        self.D2021 = dnum(2021, 1, 1)
        self.D2022_8 = dnum(2022, 8, 1)
        self.D2023 = dnum(2023, 1, 1)
        self.D2023_6 = dnum(2023, 6, 1)
        self.D2025 = dnum(2025, 1, 1)
        self.D2026_4 = dnum(2026, 4, 15)
        self.D2026_6 = dnum(2026, 6, 15)
        self.MIN_DAY = dnum(2012, 1, 1)
        self.days = {}
        self.rows = []
        self.labels = []
        self.used_nsn = set()
        self.used_id = set()
        self.pool = []
        self.stocks = {}
        self.outlets = {}
        self.phys = {}
        self.outlet_caps = {}
        self.used_codes = set()
        self.rw_map = {}
        self.warehouse = {}
        self.couriers = {}
        self.name_cache = {}
        # sampling tables
        rb = self.sc["region_boost"] or {}
        self.prov_list = PROV_CODES
        self.prov_cum = self._cum([PROV_POP[c] * rb.get(PROV_REGION[c], 1.0)
                                   for c in PROV_CODES])
        cb = self.sc["carrier_boost"] or {}
        self.car_list = CARRIERS
        self.car_w = [CARRIER_SHARE[c] * cb.get(c, 1.0) for c in CARRIERS]
        self.car_cum = self._cum(self.car_w)
        tot = sum(self.car_w)
        self.car_frac = {c: w / tot for c, w in zip(CARRIERS, self.car_w)}
        ptot = sum(PROV_POP[c] * rb.get(PROV_REGION[c], 1.0) for c in PROV_CODES)
        self.prov_frac = {c: PROV_POP[c] * rb.get(PROV_REGION[c], 1.0) / ptot
                          for c in PROV_CODES}
        self.region_cum = {}
        for r, lst in REGION_PROVS.items():
            self.region_cum[r] = (lst, self._cum([PROV_POP[c] for c in lst]))
        sw = [w for _, w in SURNAMES]
        self.sur_list = [s for s, _ in SURNAMES]
        self.sur_cum = self._cum(sw)
        self.hour_bag = {}
        for k, ws in HOURS.items():
            bag = []
            for h, w in enumerate(ws):
                bag.extend([h] * int(round(w * 10)))
            self.hour_bag[k] = bag
        self.tacs = {}
        for key, pfx in (("phone", TAC_PHONE_PFX), ("feature", TAC_FEATURE_PFX),
                         ("tablet", TAC_TABLET_PFX), ("router", TAC_ROUTER_PFX),
                         ("modem", TAC_MODEM_PFX), ("gateway", TAC_GATEWAY_PFX)):
            n = {"phone": 160, "feature": 25, "tablet": 20, "router": 15, "modem": 10,
                 "gateway": 8}[key]
            lst = []
            for i in range(n):
                lst.append(rng.choice(pfx) + "%04d" % rng.randrange(10000))
            # popularity skew
            self.tacs[key] = lst
        self.tourist_cum = self._cum([w for _, w in TOURIST_NAT])
        self.expat_cum = self._cum([w for _, w in EXPAT_NAT])
        self.stock_faces = [rng.getrandbits(64) for _ in range(12)]  # widely copied photos
        lo, hi = self.sc["care"]
        self.care_lo, self.care_hi = lo, hi

    # ---- small helpers ----------------------------------------------------
    @staticmethod
    def _cum(ws):
        out = []
        s = 0.0
        for w in ws:
            s += w
            out.append(s)
        return out

    def pick(self, lst, cum):
        return self.rng.choices(lst, cum_weights=cum)[0]

    def care(self):
        return self.rng.uniform(self.care_lo, self.care_hi)

    def day_str(self, dn):
        s = self.days.get(dn)
        if s is None:
            s = date.fromordinal(dn + EPOCH_ORD).isoformat()
            self.days[dn] = s
        return s

    def ts_str(self, ts, utc):
        if utc:
            ts -= 25200
            suf = "+00:00"
        else:
            suf = "+07:00"
        dn, r = divmod(ts, 86400)
        h, r = divmod(r, 3600)
        mi, s = divmod(r, 60)
        return "%sT%02d:%02d:%02d%s" % (self.day_str(dn), h, mi, s, suf)

    def tod(self, kind):
        return self.rng.choice(self.hour_bag[kind]) * 3600 + self.rng.randrange(3600)

    def rand_day(self):
        r = self.rng.random
        sc = self.sc
        if r() < sc["recent_share"]:
            d = self.E - int(r() * sc["recent_days"])
        else:
            d = self.E - sc["recent_days"] - int(r() ** 1.4 * sc["old_years"] * 365)
        return max(d, self.MIN_DAY)

    def between(self, lo):
        """Uniform day in [lo, export day]."""
        if lo >= self.E:
            return self.E
        return lo + int(self.rng.random() * (self.E - lo + 1))

    def pick_day(self, min_day):
        for _ in range(4):
            d = self.rand_day()
            if d >= min_day:
                return d
        lo = max(min_day, self.MIN_DAY)
        if lo >= self.E:
            return self.E
        return lo + int(self.rng.random() ** 0.6 * (self.E - lo + 1))

    def noisy(self, h, extra=0):
        rng = self.rng
        k = rng.choice(NOISE_BAG) + extra
        for _ in range(k):
            h ^= 1 << rng.randrange(64)
        return h

    def imei(self, kind="phone", serial=None, tac=None):
        rng = self.rng
        if tac is None:
            lst = self.tacs[kind]
            tac = lst[int(len(lst) * rng.random() ** 2)]
        if serial is None:
            serial = rng.randrange(1000000)
        return luhn(tac + "%06d" % serial)

    def phone(self, feature=False):
        rng = self.rng
        lst = self.tacs["feature" if feature else "phone"]
        tac = lst[int(len(lst) * rng.random() ** 2)]
        s = rng.randrange(999000)
        i1 = luhn(tac + "%06d" % s)
        if rng.random() < 0.82:
            i2 = luhn(tac + "%06d" % (s + rng.choice((1, 1, 1, 2, 8))))
        else:
            i2 = ""
        return i1, i2

    def pick_prov(self):
        return self.pick(self.prov_list, self.prov_cum)

    def prov_in_region(self, region):
        lst, cum = self.region_cum[region]
        return self.pick(lst, cum)

    def pick_carrier(self):
        return self.pick(self.car_list, self.car_cum)

    def new_nsn(self, carrier, ported=0.03):
        rng = self.rng
        c = carrier
        if rng.random() < ported:
            c = self.pick_carrier()
        pf = rng.choice(NSN_PREFIX[c])
        w = 9 - len(pf)
        lim = 10 ** w
        used = self.used_nsn
        while True:
            n = pf + str(rng.randrange(lim)).zfill(w)
            if n not in used:
                used.add(n)
                return n

    def nsn_run(self, carrier, count, gap_p=0.15):
        """Near-consecutive numbers, as in a kit box or an organisation range."""
        rng = self.rng
        pf = rng.choice(NSN_PREFIX[carrier])
        w = 9 - len(pf)
        lim = 10 ** w
        cur = rng.randrange(lim - count * 3 - 10)
        out = []
        used = self.used_nsn
        while len(out) < count:
            cur += 1
            if cur >= lim:
                out.append(self.new_nsn(carrier, 0))
                continue
            if rng.random() < gap_p:
                cur += rng.randrange(1, 4)
                if cur >= lim:
                    continue
            n = pf + str(cur).zfill(w)
            if n not in used:
                used.add(n)
                out.append(n)
        return out

    def stock(self, carrier):
        key = IIN[carrier] + ("20" if carrier in ICCID20 else "19") + MNC[carrier]
        st = self.stocks.get(key)
        if st is None:
            rng = self.rng
            st = Stock()
            st.iin = IIN[carrier]
            st.w = 13 if carrier in ICCID20 else 12
            base = rng.randrange(1, 9) * 10 ** (st.w - 1)
            st.next = base + rng.randrange(10 ** (st.w - 3))
            st.mncp = "452" + MNC[carrier]
            st.imsi_next = rng.randrange(10 ** 8, 9 * 10 ** 9)
            self.stocks[key] = st
        return st

    def new_lot(self, carrier, size=None):
        return Lot(self.stock(carrier), self, size)

    def wh_lot(self, carrier):
        lst = self.warehouse.get(carrier)
        if lst is None:
            lst = [self.new_lot(carrier) for _ in range(3)]
            self.warehouse[carrier] = lst
        return self.rng.choice(lst)

    # ---- outlets ----------------------------------------------------------
    def get_outlet(self, carrier, prov, kind, fresh=False):
        key = (carrier, prov, kind)
        lst = self.outlets.get(key)
        if lst is None:
            lst = []
            self.outlets[key] = lst
        cap = self.outlet_caps.get(key)
        if cap is None:
            exp = self.N * self.prov_frac.get(prov, 0.01) * self.car_frac[carrier] * \
                (0.3 if kind == "STORE" else 0.45)
            cap = 1 + int(exp / (90.0 if kind == "STORE" else 35.0))
            self.outlet_caps[key] = cap
        rng = self.rng
        n = len(lst)
        if fresh or n == 0 or (n < cap and rng.random() < 1.0 - n / float(cap)):
            o = None
            if kind == "AGENT" and not fresh and rng.random() < 0.35:
                pl = self.phys.get((prov, kind))
                if pl:
                    cand = rng.choice(pl)
                    if carrier not in cand.codes:
                        o = cand
            if o is None:
                o = Outlet()
                o.prov = prov
                o.kind = kind
                if kind == "STORE":
                    o.devs = [self.imei("tablet") for _ in range(rng.randint(2, 5))]
                else:
                    o.devs = [self.imei("phone") for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
                o.owner = None
                o.codes = {}
                o.lots = {}
                o.faces = None
                self.phys.setdefault((prov, kind), []).append(o)
            self.code_for(o, carrier)
            return o
        return lst[int(n * rng.random() ** 1.8)]

    def code_for(self, o, carrier):
        c = o.codes.get(carrier)
        if c is None:
            pfx = POS_PFX[carrier]
            lst = self.outlets.setdefault((carrier, o.prov, o.kind), [])
            if o.kind == "STORE":
                c = "%s-CH%s-%03d" % (pfx, o.prov, len(lst) + 1)
            else:
                while True:
                    c = "%s-DL%s%05d" % (pfx, o.prov, self.rng.randrange(100000))
                    if c not in self.used_codes:
                        break
            self.used_codes.add(c)
            o.codes[carrier] = c
            lst.append(o)
        return c

    def outlet_lot(self, o, carrier):
        lot = o.lots.get(carrier)
        if lot is None:
            lot = self.new_lot(carrier)
            o.lots[carrier] = lot
        return lot

    def owner_of(self, o):
        if o.owner is None:
            o.owner = self.new_person(rprov=o.prov, age=self.rng.randint(26, 58))
        return o.owner

    def courier_dev(self, prov):
        lst = self.couriers.get(prov)
        if lst is None:
            lst = []
            self.couriers[prov] = lst
        cap = 1 + int(self.N * self.prov_frac.get(prov, 0.01) * 0.05 / 40)
        if len(lst) < cap and self.rng.random() < 0.3:
            lst.append(self.imei("phone"))
        if not lst:
            lst.append(self.imei("phone"))
        return self.rng.choice(lst)

    # ---- people -----------------------------------------------------------
    def viet_name(self, g, by, bprov):
        rng = self.rng
        mi = MINORITY.get(bprov)
        if mi is not None and rng.random() < mi[0]:
            trad = mi[1]
            if trad == "highland":
                if rng.random() < 0.5:
                    sur = rng.choice(HIGHLAND_SUR)
                    given = rng.choice(HIGHLAND_GIVEN)
                    return ("H'" + given if g == "F" else "Y " + given) + " " + sur
                trad = "muong"
            sur_l, mm, fm, mg, fg = MIN_NAMES[trad]
            sur = rng.choice(sur_l)
            mid = rng.choice(fm if g == "F" else mm)
            given = rng.choice(fg if g == "F" else mg)
            parts = [sur]
            if mid:
                parts.append(mid)
            parts.append(given)
            return " ".join(parts)
        sur = self.pick(self.sur_list, self.sur_cum)
        if PROV_REGION.get(bprov) in SOUTHERN:
            if sur == "Hoàng" and rng.random() < 0.6:
                sur = "Huỳnh"
            elif sur == "Vũ" and rng.random() < 0.7:
                sur = "Võ"
        r = rng.random()
        if g == "F":
            thi = 0.8 if by < 1965 else (0.55 if by < 1985 else (0.35 if by < 1998 else 0.12))
            if by >= 1997 and r < 0.3:
                return sur + " " + rng.choice(F_MODERN)
            if by < 1960 and r < 0.25:
                given = rng.choice(F_OLD)
            else:
                given = rng.choice(F_GIVEN)
            if rng.random() < thi:
                mid = "Thị"
                if rng.random() < 0.2:
                    mid += " " + rng.choice(F_MID)
            else:
                mid = rng.choice(F_MID)
        else:
            van = 0.6 if by < 1965 else (0.42 if by < 1985 else (0.25 if by < 1998 else 0.08))
            if by >= 1997 and r < 0.3:
                return sur + " " + rng.choice(M_MODERN)
            if by < 1960 and r < 0.25:
                given = rng.choice(M_OLD)
            else:
                given = rng.choice(M_GIVEN)
            if rng.random() < van:
                mid = "Văn"
            else:
                mid = rng.choice(M_MID)
        if mid == given:
            mid = "Văn" if g == "M" else "Thị"
        return sur + " " + mid + " " + given

    def make_cccd(self, ppp, g, by):
        rng = self.rng
        gd = (by // 100 - 19) * 2 + (1 if g == "F" else 0)
        head = "%s%d%02d" % (ppp, gd, by % 100)
        used = self.used_id
        while True:
            n = head + "%06d" % rng.randrange(1000000)
            if n not in used:
                used.add(n)
                return n

    def make_cmnd(self, prov):
        rng = self.rng
        pf = CMND_PREFIX.get(prov, "0" + str(rng.randint(1, 9)))
        if prov in ("075", "077") and rng.random() < 0.004:
            # the documented Bà Rịa-Vũng Tàu / Đồng Nai double-issued range
            return "%d" % rng.randint(271450001, 271500000)
        w = 9 - len(pf)
        used = self.used_id
        while True:
            n = pf + str(rng.randrange(10 ** w)).zfill(w)
            if n not in used:
                used.add(n)
                return n

    def birth_prov_for(self, rprov):
        rng = self.rng
        reg = PROV_REGION[rprov]
        r = rng.random()
        if rprov in ("079", "074", "075", "077"):
            if r < 0.35:
                src = self.pick(["MD", "NCC", "SCC", "RRD", "CH", "NMT"],
                                [45, 70, 82, 90, 95, 100])
                return self.prov_in_region(src)
        elif rprov in ("001", "027", "024", "033", "026", "031"):
            if r < 0.25:
                src = self.pick(["RRD", "NMT", "NCC"], [40, 70, 100])
                return self.prov_in_region(src)
        elif rprov in ("048", "092", "056"):
            if r < 0.2:
                return self.prov_in_region("NCC" if reg == "SCC" else "MD")
        if r < 0.06:
            return self.pick_prov()
        return rprov

    def new_person(self, rprov=None, age=None, bprov=None, g=None, sur=None, by=None):
        rng = self.rng
        p = Person()
        if rprov is None:
            rprov = self.pick_prov()
        if bprov is None:
            bprov = self.birth_prov_for(rprov)
        if g is None:
            g = "M" if rng.random() < 0.505 else "F"
        if by is None:
            if age is None:
                r = rng.random()
                if r < 0.04:
                    age = rng.randint(15, 17)
                elif r < 0.18:
                    age = rng.randint(18, 24)
                elif r < 0.40:
                    age = rng.randint(25, 34)
                elif r < 0.61:
                    age = rng.randint(35, 44)
                elif r < 0.77:
                    age = rng.randint(45, 54)
                elif r < 0.89:
                    age = rng.randint(55, 64)
                elif r < 0.96:
                    age = rng.randint(65, 74)
                else:
                    age = rng.randint(75, 92)
            by = self.EY - age
        if by < 1960 and rng.random() < 0.12:
            mo, dd = 1, 1  # unknown birthday recorded as 1 January
        else:
            mo = rng.randint(1, 12)
            dd = rng.randint(1, 28 if mo == 2 else (30 if mo in (4, 6, 9, 11) else 31))
        dday = dnum(by, mo, dd)
        if dday > self.E - 12 * 366:
            dday = self.E - 12 * 366
            dt = date.fromordinal(dday + EPOCH_ORD)
            by, mo, dd = dt.year, dt.month, dt.day
        p.dob = "%04d-%02d-%02d" % (by, mo, dd)
        p.dob_day = dday
        p.by = by
        p.g = g
        p.bprov = bprov
        p.rprov = rprov
        name = self.viet_name(g, by, bprov)
        if sur is not None:
            name = sur + name[name.index(" "):] if " " in name else name
        p.name = name
        p.cccd = self.make_cccd(bprov, g, by)
        if by <= 2001:
            p.cmnd = self.make_cmnd(rprov if rng.random() < 0.7 else bprov) \
                if rng.random() < 0.86 else "12:" + p.cccd
        else:
            p.cmnd = None
        p.face = rng.getrandbits(64)
        p.feature = by < 1958 and rng.random() < 0.55
        p.im1, p.im2 = self.phone(p.feature)
        p.nat = "VN"
        p.pp = None
        p.min_day = dday + 14 * 365 + 4
        return p

    def new_foreigner(self, nat_cum, nats, ref_day=None):
        rng = self.rng
        nat = self.pick(nats, nat_cum)
        surs, givens, kind = FOREIGN[nat]
        p = Person()
        p.g = "M" if rng.random() < 0.55 else "F"
        age = rng.randint(20, 68)
        if ref_day is not None:
            age += (self.E - ref_day) // 365
        by = self.EY - age
        mo = rng.randint(1, 12)
        dd = rng.randint(1, 28)
        p.dob = "%04d-%02d-%02d" % (by, mo, dd)
        p.dob_day = dnum(by, mo, dd)
        p.by = by
        s, gv = rng.choice(surs), rng.choice(givens)
        p.name = s + " " + gv if kind in ("kr", "cn", "tw", "jp", "th", "la", "kh", "ru") \
            else gv + " " + s
        if kind == "cn":
            pp = "E%08d" % rng.randrange(10 ** 8) if rng.random() < 0.6 else \
                "EA%07d" % rng.randrange(10 ** 7)
        elif kind == "kr":
            pp = "M%08d" % rng.randrange(10 ** 8)
        elif kind == "jp":
            pp = rng.choice(("TK", "TR", "TZ", "MU")) + "%07d" % rng.randrange(10 ** 7)
        elif kind in ("us", "gb", "ru", "tw"):
            pp = "%09d" % rng.randrange(10 ** 8, 10 ** 9)
        elif kind == "fr":
            pp = "%02d%s%05d" % (rng.randrange(100), rng.choice(("AB", "CK", "FR", "PL")),
                                 rng.randrange(10 ** 5))
        elif kind == "de":
            pp = "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        elif kind == "au":
            pp = "PA%07d" % rng.randrange(10 ** 7)
        else:
            pp = rng.choice("ABNPRS") + "%07d" % rng.randrange(10 ** 7)
        p.pp = pp
        p.nat = nat
        p.face = rng.getrandbits(64)
        p.im1, p.im2 = self.phone()
        p.feature = False
        p.bprov = p.rprov = None
        p.cccd = p.cmnd = None
        p.min_day = p.dob_day + 18 * 365
        return p

    def victim(self, day, p_pool=0.65):
        """A real person whose identity data leaked."""
        rng = self.rng
        if self.pool and rng.random() < p_pool:
            for _ in range(6):
                v = rng.choice(self.pool)
                if v.min_day + 3 * 365 <= day:
                    return v
        yrs = max(0, (self.E - day) // 365)
        if rng.random() < 0.35:
            age = yrs + rng.randint(55, 85)
        else:
            age = yrs + rng.randint(19, 54)
        prov = self.pick_prov() if rng.random() < 0.7 else \
            self.prov_in_region(rng.choice(("NMT", "NCC", "MD", "CH")))
        return self.new_person(rprov=prov, age=age)

    def fabricated(self, care, prov, template=None, day=None):
        """A made-up identity (not a real person)."""
        rng = self.rng
        p = Person()
        if template is not None and rng.random() < 0.7:
            p.g, p.by, p.dob, p.name, p.bprov = template
        else:
            p.g = "M" if rng.random() < 0.6 else "F"
            top = self.EY - 19
            if day is not None and (care >= 0.4 or rng.random() < 0.8):
                top = min(top, date.fromordinal(day + EPOCH_ORD).year - 18)
            p.by = rng.randint(1958, max(1960, top))
            mo = rng.randint(1, 12)
            dd = rng.randint(1, 28)
            if care < 0.3 and rng.random() < 0.3:
                mo, dd = 1, 1
            p.dob = "%04d-%02d-%02d" % (p.by, mo, dd)
            p.bprov = prov if rng.random() < 0.5 else self.pick_prov()
            p.name = self.viet_name(p.g, p.by, p.bprov)
        p.dob_day = 0
        p.rprov = prov if rng.random() < 0.7 else self.pick_prov()
        ppp = p.bprov
        g = p.g
        by = p.by
        if care < 0.5:
            r = rng.random()
            if r < 0.08:
                ppp = rng.choice(("003", "005", "009", "016", "099", "081", "063", "100"))
            elif r < 0.30:
                g = "F" if g == "M" else "M"
            elif r < 0.50:
                by = by + rng.choice((-3, -2, -1, 1, 2, 5, 10))
        old_doc = 0.3 if care < 0.4 else 0.0
        if day is not None:
            if day < self.D2016:
                old_doc = 1.0
            elif day < self.D2021:
                old_doc = max(old_doc, 0.7)
            elif day < self.D2023:
                old_doc = max(old_doc, 0.3)
        if rng.random() < old_doc:
            p.cccd = None
            p.cmnd = self.make_cmnd(p.rprov)
        else:
            p.cccd = self.make_cccd(ppp, g, by)
            p.cmnd = None
        p.face = rng.getrandbits(64)
        p.im1 = p.im2 = ""
        p.nat = "VN"
        p.pp = None
        p.feature = False
        p.min_day = 0
        return p

    def doc_for(self, p, day):
        """(id_type, id_number) that a registration on this day would carry."""
        if p.pp is not None:
            return "PASSPORT", p.pp
        if p.cccd is None:
            return "CMND", p.cmnd
        c = p.cmnd
        if c is None:
            return "CCCD", p.cccd
        r = self.rng.random()
        if day < self.D2023 and self.E >= self.D2023_6 and r < 0.4:
            return "CCCD", p.cccd
        if day < self.D2016:
            q = 1.0
        elif day < self.D2021:
            q = 0.75
        elif day < self.D2023:
            q = 0.35
        elif day < self.D2025:
            q = 0.08
        else:
            q = 0.015
        if self.rng.random() < q:
            if c.startswith("12:"):
                return "CMND", c[3:]
            return "CMND", c
        return "CCCD", p.cccd

    def name_form(self, name, carrier, channel):
        rng = self.rng
        r = rng.random()
        up = EXPORT[carrier][6]
        asc = (0.10 if channel == "AGENT" else 0.035) * self.sc["ascii_boost"]
        if r < up:
            if rng.random() < asc * 1.5:
                return ascii_fold(name).upper()
            return name.upper()
        if r < up + asc:
            return ascii_fold(name)
        if r > 0.996:
            if channel == "EKYC_APP":
                return unicodedata.normalize("NFD", name)
            return name.replace(" ", "  ", 1)
        return name

    # ---- emit -------------------------------------------------------------
    def emit(self, carrier, nsn, card, stype, idt, idn, name, dob, g, nat, prov, ts,
             channel, agent, dev, selfie, fm, popdb, status, fuse, use, fmt=None):
        rng = self.rng
        if ts > self.export_ts:
            ts = self.export_ts - rng.randrange(900)
        if carrier == "REDDI" or carrier == "WINTEL":
            eff = self.rw_map.get(nsn)
            if eff is None:
                eff = "REDDI" if ts < self.D2023_6 * 86400 else \
                    ("WINTEL" if rng.random() < 0.85 else "REDDI")
                self.rw_map[nsn] = eff
            carrier = eff
        ex = EXPORT[carrier]
        r = rng.random()
        if fmt is None:
            fmt = ex[0]
            if r < 0.015:
                fmt = ("0", "84", "+84")[int(r * 200) % 3]
        ms = fmt + nsn
        if stype == "INDIVIDUAL" and rng.random() < ex[2]:
            stype = ""
        if nat == "VN" and rng.random() < ex[3]:
            nat = ""
        if prov and rng.random() < ex[4]:
            prov = ""
        if g and rng.random() < 0.03:
            g = ""
        if status == "ACTIVE" and rng.random() < ex[8]:
            status = ""
        if fm is None:
            fms = ""
        else:
            fms = ("%.3f" if ex[5] == 3 else "%.2f") % fm
        sh = "" if selfie is None else "%016x" % selfie
        if card is not None:
            em = 0
            if rng.random() < ex[7]:
                em |= 1
            if rng.random() < 0.004:
                em |= 2
            sref = (card, em)
        else:
            sref = None
        tail = ",".join((stype, idt, idn, csv_field(name), dob, g, nat, prov,
                         self.ts_str(ts, ex[1]), channel, agent, dev, sh, fms, popdb,
                         status, fuse)) + "," + ",".join(use)
        self.rows.append((ts, carrier + "," + ms, sref, tail))

    def label(self, carrier, nsn, junk, non_owner, pattern):
        if carrier == "REDDI" or carrier == "WINTEL":
            carrier = self.rw_map.get(nsn, carrier)
        self.labels.append((carrier, "84" + nsn, junk, non_owner, pattern))

    # ---- field models -----------------------------------------------------
    def legit_fm(self, age):
        rng = self.rng
        v = 0.955 - abs(rng.gauss(0, 0.045)) - 0.0015 * max(0, age - 55)
        if rng.random() < 0.05:
            v -= rng.uniform(0.1, 0.3)
        return min(0.995, max(0.33, v))

    def selfie_present(self, day):
        if day < self.D2017:
            return False
        r = self.rng.random()
        if day < self.D2020:
            return r < 0.4
        if day < self.D2023:
            return r < 0.75
        if day < self.D2026_4:
            return r < 0.95
        return r < 0.995

    def legit_popdb(self, day):
        r = self.rng.random()
        if day < self.D2022_8:
            if self.E < self.D2023_6:
                return "MATCH" if r < 0.55 else ("UNCHECKED" if r < 0.83 else
                                                 ("MISMATCH" if r < 0.95 else "NOT_FOUND"))
            return "MATCH" if r < 0.72 else ("UNCHECKED" if r < 0.95 else "MISMATCH")
        if r < 0.972:
            return "MATCH"
        if r < 0.984:
            return "MISMATCH"
        if r < 0.987:
            return "NOT_FOUND"
        return "UNCHECKED"

    def legit_status(self, day, popdb, role=None):
        rng = self.rng
        age = self.E - day
        if popdb in ("MISMATCH", "NOT_FOUND") and age > 20:
            r = rng.random()
            if age > 60:
                return "TERMINATED" if r < 0.3 else ("TWO_WAY_LOCKED" if r < 0.6 else
                                                     ("ONE_WAY_LOCKED" if r < 0.8 else "ACTIVE"))
            return "ONE_WAY_LOCKED" if r < 0.5 else "ACTIVE"
        if role == "backup" and self.E >= self.D2026_6 and rng.random() < 0.3:
            return "ONE_WAY_LOCKED"
        if age > 365 and rng.random() < 0.05:
            return "TERMINATED"
        if rng.random() < 0.004:
            return "ONE_WAY_LOCKED"  # device change not re-authenticated, etc.
        return "ACTIVE"

    def junk_status(self, day, popdb, care, base=0.5):
        rng = self.rng
        age = self.E - day
        if care > 0.8:
            base *= 0.3
        bad = popdb in ("MISMATCH", "NOT_FOUND")
        p = base * (1.6 if bad else 0.6)
        if age < 7:
            p *= 0.1
        elif age < 40:
            p *= 0.5
        if rng.random() < p:
            r = rng.random()
            if age > 90 and r < 0.45:
                return "TERMINATED"
            return "TWO_WAY_LOCKED" if r < 0.7 else "ONE_WAY_LOCKED"
        return "ACTIVE"

    def usage(self, prof, ts, delay=0.0):
        rng = self.rng
        age = (self.export_ts - ts) / 86400.0
        r = rng.random()
        if age < 1.5 or r < 0.025 or (age > 760 and r < 0.85):
            return ("",) * 8
        if prof == P_NONE:
            return ("0",) * 8
        span = 30.0 if age >= 30 else age
        eff = span - delay
        if eff <= 0.5:
            return ("0",) * 8
        f = eff / 30.0
        a_lo, a_hi, om, osd, im, isd, osm, ism, dl, dh, tm, dm, ds = PROFILE[prof]
        ad = int(eff * rng.uniform(a_lo, a_hi) + 0.5)
        if ad == 0:
            if prof == P_BACKUP and rng.random() < 0.6:
                return ("0",) * 8
            ad = 1
        lv = rng.lognormvariate
        out = int(om * lv(0, osd) * f) if om else (1 if rng.random() < 0.03 else 0)
        inc = int(im * lv(0, isd) * f) if im else (1 if rng.random() < 0.05 else 0)
        osms = int(osm * lv(0, 1.0) * f) if osm >= 1 else (1 if rng.random() < osm else 0)
        isms = int(ism * lv(0, 0.6) * f)
        if prof == P_SPAM:
            dist = int(osms * rng.uniform(dl, dh)) + out
        elif out:
            dist = max(1, int(out * rng.uniform(dl, dh)))
        else:
            dist = 0
        if tm:
            top = int(tm * lv(0, 0.7) * max(f, 0.3) / 10000 + 0.5) * 10000
        else:
            top = 0 if rng.random() < 0.8 else 10000 * rng.randint(1, 5)
        if prof in (P_STAFF, P_IOT) or (prof == P_NORMAL and rng.random() < 0.08):
            top = 0  # postpaid
        data = int(dm * lv(0, ds) * f) if dm else 0
        return (str(ad), str(out), str(inc), str(osms), str(isms), str(dist), str(top),
                str(data))

    def main_profile(self, p):
        age = self.EY - p.by
        r = self.rng.random()
        if age >= 68:
            return P_LIGHT
        if age <= 23:
            return P_STUDENT if r < 0.7 else P_NORMAL
        if r < 0.035:
            return P_HEAVY
        if r < 0.08:
            return P_LIGHT
        return P_NORMAL

    def era_channel(self, day, p):
        rng = self.rng
        age = self.EY - p.by
        ob = self.sc["online_boost"]
        r = rng.random()
        if day < self.D2020:
            return "STORE" if r < 0.35 else "AGENT"
        if day < self.D2023:
            e, o = 0.15 * ob, 0.05 * ob
        else:
            e, o = 0.28 * ob, 0.09 * ob
        if age >= 65:
            e *= 0.2
            o *= 0.3
        if r < e:
            return "EKYC_APP"
        if r < e + o:
            return "ONLINE"
        return "STORE" if rng.random() < 0.42 else "AGENT"

    # ---- the central legit registration ------------------------------------
    def reg(self, p, carrier, day, channel, role, pattern, outlet=None, ts=None, dev=None,
            fuse=None, selfie=None, fm=None, nsn=None, card=None, popdb=None,
            status=None, prof=None, junk=0, non_owner=0, prov=None, emit_label=True,
            name=None, doc=None, dob=None, g=None):
        rng = self.rng
        if ts is None:
            ts = day * 86400 + self.tod(channel)
        else:
            day = ts // 86400
        if doc is None:
            doc = self.doc_for(p, day)
            if channel == "EKYC_APP" and doc[0] == "CMND" and p.cccd and \
                    (day >= self.D2023 or self.rng.random() < 0.5):
                doc = ("CCCD", p.cccd)
        idt, idn = doc
        if name is None:
            name = self.name_form(p.name, carrier, channel)
        if channel in ("STORE", "AGENT"):
            if outlet is None:
                op = p.rprov if (p.rprov and rng.random() < 0.88) else self.pick_prov()
                outlet = self.get_outlet(carrier, op, channel)
            if carrier not in outlet.codes and outlet.kind == "STORE":
                outlet = self.get_outlet(carrier, outlet.prov, "STORE")
            agent = self.code_for(outlet, carrier)
            if dev is None:
                dev = rng.choice(outlet.devs) if (day > self.D2017 or rng.random() < 0.3) else ""
            if card is None:
                card = self.outlet_lot(outlet, carrier)
        else:
            agent = ""
            if dev is None:
                if channel == "EKYC_APP":
                    dev = p.im1 if (self.E - day < 500 or rng.random() < 0.5) \
                        else self.imei("phone")
                else:
                    r = rng.random()
                    dev = self.courier_dev(p.rprov or "079") if r < 0.55 else \
                        (p.im1 if r < 0.72 else "")
            if card is None:
                card = self.wh_lot(carrier)
        if selfie is None and (self.selfie_present(day) or
                               (channel == "EKYC_APP" and rng.random() < 0.995) or
                               (channel == "ONLINE" and day >= self.D2021 and
                                rng.random() < 0.9)):
            selfie = self.noisy(p.face)
            if fm is None:
                fm = self.legit_fm(self.EY - p.by)
        elif selfie is not None and fm is None:
            fm = self.legit_fm(self.EY - p.by)
        if selfie is None:
            fm = None if fm is None or rng.random() < 0.5 else fm
        if selfie is not None and rng.random() < 0.015:
            fm = None
        if popdb is None:
            if p.pp is not None:
                popdb = "UNCHECKED" if rng.random() < 0.85 else ""
            else:
                popdb = self.legit_popdb(day)
        if status is None:
            status = self.legit_status(day, popdb, role)
        if prof is None:
            if role == "main":
                prof = self.main_profile(p)
            elif role == "data":
                prof = P_DATA
            elif role == "backup":
                prof = P_BACKUP if rng.random() < 0.75 else P_NONE
            else:
                prof = P_LIGHT if rng.random() < 0.6 else P_NORMAL
        if fuse is None:
            if prof == P_NONE:
                fuse = ""
            elif role == "data":
                fuse = self.imei("router" if rng.random() < 0.5 else "tablet")
            elif role == "secondary" or role == "backup":
                fuse = p.im2 or p.im1
            else:
                fuse = p.im1 if (self.E - day < 900 or rng.random() < 0.4) else \
                    self.imei("phone")
            if fuse and (day < self.D2017 and rng.random() < 0.4):
                fuse = ""
        if nsn is None:
            nsn = self.new_nsn(carrier)
        if prov is None:
            prov = p.rprov or ""
        if p.pp is not None:
            nat = p.nat
        else:
            nat = "VN"
        self.emit(carrier, nsn, card, "INDIVIDUAL", idt, idn, name,
                  p.dob if dob is None else dob, p.g if g is None else g, nat, prov, ts,
                  channel, agent, dev, selfie, fm, popdb, status, fuse,
                  self.usage(prof, ts))
        if emit_label:
            self.label(carrier, nsn, junk, non_owner, pattern)
        return nsn

    # =======================================================================
    # Legitimate groups
    # =======================================================================
    def g_person(self, cap):
        rng = self.rng
        p = self.new_person()
        self.pool.append(p)
        r = rng.random()
        if r < 0.615:
            k = 1
        elif r < 0.875:
            k = 2
        elif r < 0.965:
            k = 3
        elif r < 0.985:
            k = 4
        elif r < 0.992:
            k = 5
        elif r < 0.996:
            k = 6
        elif r < 0.9985:
            k = rng.randint(7, 9)
        else:
            k = rng.randint(10, 14)
        if self.EY - p.by >= 70 and k > 2:
            k = 2
        k = min(k, cap)
        main = self.pick_carrier()
        days = sorted(self.pick_day(p.min_day) for _ in range(k))
        per = {}
        typo_i = rng.randrange(k) if rng.random() < self.sc["typo"] * k else -1
        for i, day in enumerate(days):
            c = main if (i == 0 or rng.random() < 0.45) else self.pick_carrier()
            if i == 0:
                role = "main"
            else:
                rr = rng.random()
                role = "data" if rr < 0.22 else ("backup" if rr < 0.44 else "secondary")
                if k >= 6 and rr > 0.44:
                    role = "main"  # several working lines (shop, delivery, Zalo)
            ch = self.era_channel(day, p)
            n = per.get(c, 0)
            if n >= 3 and ch in ("EKYC_APP", "ONLINE"):
                ch = "STORE" if rng.random() < 0.7 else "AGENT"
            if k >= 10:
                ch = "STORE" if rng.random() < 0.8 else "AGENT"
            per[c] = n + 1
            if i == typo_i:
                self.reg_typo(p, c, day, ch, role)
                continue
            if k == 1:
                pat = "legit_single_sim"
            elif k <= 3:
                pat = "legit_multi_sim"
            else:
                pat = "legit_many_sims_in_person"
            if role == "data":
                pat = "legit_data_only_sim"
            elif role == "backup":
                pat = "legit_backup_sim"
            self.reg(p, c, day, ch, role, pat)
        return k

    def reg_typo(self, p, carrier, day, ch, role, emit_label=True, nsn=None, ts=None,
                 outlet=None, card=None, status=None):
        rng = self.rng
        idt, idn = self.doc_for(p, day)
        name = None
        dob = None
        g = None
        r = rng.random()
        pop = "MISMATCH"
        if r < 0.35:  # name typo
            nm = p.name
            parts = nm.split(" ")
            j = rng.randrange(len(parts))
            w = parts[j]
            rr = rng.random()
            if rr < 0.4:
                w = ascii_fold(w)
            elif rr < 0.7 and len(w) > 2:
                q = rng.randrange(len(w) - 1)
                w = w[:q] + w[q + 1] + w[q] + w[q + 2:]
            elif len(w) > 2:
                q = rng.randrange(1, len(w))
                w = w[:q] + w[q + 1:]
            else:
                w = w + w[-1]
            parts[j] = w
            name = " ".join(parts)
            if name == nm:
                name = nm + "h"
        elif r < 0.6:  # date typo
            y, mo, d = p.dob.split("-")
            if int(d) <= 12 and d != mo:
                dob = "%s-%s-%s" % (y, d, mo)
            else:
                dob = "%s-%s-%02d" % (y, mo, max(1, min(28, int(d) + rng.choice((-1, 1, 10)))))
        elif r < 0.9:  # id digit typo
            q = rng.randrange(len(idn) - 6, len(idn))
            nd = str((int(idn[q]) + rng.randint(1, 9)) % 10)
            if rng.random() < 0.4 and q < len(idn) - 1 and idn[q] != idn[q + 1]:
                idn = idn[:q] + idn[q + 1] + idn[q] + idn[q + 2:]
            else:
                idn = idn[:q] + nd + idn[q + 1:]
            pop = "NOT_FOUND" if rng.random() < 0.5 else "MISMATCH"
        else:  # gender keyed wrongly
            g = "F" if p.g == "M" else "M"
        if rng.random() < 0.12:
            pop = "UNCHECKED"
        if day < self.D2022_8 and rng.random() < 0.5:
            pop = "UNCHECKED"
        return self.reg(p, carrier, day, ch, role, "legit_clerical_typo", doc=(idt, idn),
                        name=name, dob=dob, g=g, popdb=pop, emit_label=emit_label,
                        nsn=nsn, ts=ts, outlet=outlet, card=card, status=status)

    def g_family(self, cap):
        """One family member registers relatives on their own phone (app)."""
        rng = self.rng
        prov = self.pick_prov()
        head = self.new_person(rprov=prov, age=rng.randint(30, 55))
        sur = head.name.split(" ")[0]
        members = [head]
        if rng.random() < 0.8:
            sp = self.new_person(rprov=prov, g="F" if head.g == "M" else "M",
                                 age=max(22, self.EY - head.by + rng.randint(-5, 4)))
            members.append(sp)
        for _ in range(rng.choice((0, 1, 1, 2))):
            members.append(self.new_person(rprov=prov, bprov=head.bprov, sur=sur,
                                           age=rng.randint(max(66, self.EY - head.by + 20),
                                                           max(67, self.EY - head.by + 35))))
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            a = self.EY - head.by
            if a >= 36:
                members.append(self.new_person(rprov=prov, bprov=prov, sur=sur,
                                               age=rng.randint(15, min(24, a - 18))))
        members = members[:max(1, cap)]
        day = self.pick_day(max(m.min_day for m in members))
        use_app = day >= self.D2020 and rng.random() < 0.75
        carrier = self.pick_carrier()
        ts = day * 86400 + self.tod("EKYC_APP" if use_app else "STORE")
        outlet = None
        if not use_app:
            outlet = self.get_outlet(carrier, prov, "STORE" if rng.random() < 0.6 else "AGENT")
        n = 0
        for m in members:
            self.pool.append(m)
            c = carrier if rng.random() < 0.8 else self.pick_carrier()
            age = self.EY - m.by
            role = "main"
            if use_app:
                ch = "EKYC_APP"
                self.reg(m, c, day, ch, role, "legit_family_one_phone", ts=ts, dev=head.im1)
                ts += rng.randint(90, 1500)
            else:
                ch = outlet.kind
                o = outlet if c in outlet.codes else self.get_outlet(c, prov, ch)
                self.reg(m, c, day, ch, role, "legit_family_store_visit", ts=ts, outlet=o)
                ts += rng.randint(120, 900)
            n += 1
        return n

    def g_family_store(self, cap):
        """Adult child brings elderly parents (and maybe a teen) to a shop."""
        rng = self.rng
        prov = self.pick_prov()
        kid = self.new_person(rprov=prov, age=rng.randint(28, 50))
        sur = kid.name.split(" ")[0]
        a = self.EY - kid.by
        fam = [kid]
        fam.append(self.new_person(rprov=prov, bprov=kid.bprov, sur=sur, g="M",
                                   age=rng.randint(a + 22, a + 36)))
        if rng.random() < 0.7:
            fam.append(self.new_person(rprov=prov, bprov=kid.bprov, g="F",
                                       age=rng.randint(a + 20, a + 32)))
        fam = fam[:max(1, cap)]
        day = self.pick_day(max(m.min_day for m in fam))
        kind = "STORE" if rng.random() < 0.55 else "AGENT"
        carrier = self.pick_carrier()
        o = self.get_outlet(carrier, prov, kind)
        ts = day * 86400 + self.tod(kind)
        for i, m in enumerate(fam):
            self.pool.append(m)
            prof = None if i == 0 else P_LIGHT
            if i > 0 and m.feature:
                fuse = m.im1
            else:
                fuse = None
            self.reg(m, carrier, day, kind, "main",
                     "legit_elderly_with_relative" if i else "legit_family_store_visit",
                     outlet=o, ts=ts, prof=prof, fuse=fuse)
            ts += rng.randint(180, 1200)
        return len(fam)

    def g_minor(self, cap):
        """A 12-13 year old registered at a store with a parent present."""
        rng = self.rng
        prov = self.pick_prov()
        parent = self.new_person(rprov=prov, age=rng.randint(34, 50))
        kid = self.new_person(rprov=prov, bprov=parent.bprov,
                              sur=parent.name.split(" ")[0], age=13)
        kid.min_day = self.E - rng.randint(5, 200)
        day = max(kid.min_day, self.E - rng.randint(0, 300))
        carrier = self.pick_carrier()
        o = self.get_outlet(carrier, prov, "STORE")
        ts = day * 86400 + self.tod("STORE")
        self.reg(kid, carrier, day, "STORE", "main", "legit_minor_with_guardian", outlet=o,
                 ts=ts, prof=P_STUDENT, doc=("CCCD", kid.cccd))
        n = 1
        if cap > 1 and rng.random() < 0.5:
            self.pool.append(parent)
            self.reg(parent, carrier, day, "STORE", "main", "legit_family_store_visit",
                     outlet=o, ts=ts + rng.randint(200, 900))
            n += 1
        return n

    def g_twins(self, cap):
        rng = self.rng
        prov = self.pick_prov()
        a = self.new_person(rprov=prov, age=rng.randint(16, 40))
        b = self.new_person(rprov=prov, bprov=a.bprov, by=a.by, g=rng.choice(("M", "F")))
        b.dob, b.dob_day, b.min_day = a.dob, a.dob_day, a.min_day
        parts = a.name.split(" ")
        bp = b.name.split(" ")
        b.name = " ".join(parts[:-1] + bp[-1:]) if b.g == a.g else parts[0] + " " + \
            " ".join(bp[1:])
        if b.g == a.g:
            b.cccd = self.make_cccd(a.bprov, a.g, a.by)
            if rng.random() < 0.5:  # identical twins: faces close, not equal
                b.face = self.noisy(a.face, rng.randint(4, 9))
        day = self.pick_day(a.min_day)
        carrier = self.pick_carrier()
        ch = self.era_channel(day, a)
        ts = day * 86400 + self.tod(ch)
        self.pool.append(a)
        self.pool.append(b)
        if ch in ("STORE", "AGENT"):
            o = self.get_outlet(carrier, prov, ch)
            self.reg(a, carrier, day, ch, "main", "legit_twins", outlet=o, ts=ts)
            if cap > 1:
                self.reg(b, carrier, day, ch, "main", "legit_twins", outlet=o,
                         ts=ts + rng.randint(60, 600))
        else:
            self.reg(a, carrier, day, ch, "main", "legit_twins", ts=ts)
            if cap > 1:
                self.reg(b, carrier, day, ch, "main", "legit_twins",
                         ts=ts + rng.randint(60, 600), dev=a.im1 if rng.random() < 0.6 else None)
        return min(2, cap)

    def g_campus(self, cap):
        """Student SIM booth at a university during enrolment week."""
        rng = self.rng
        prov = rng.choice(("001", "001", "079", "079", "048", "092", "046", "019", "040",
                           "031", "056"))
        carrier = self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE"],
                            [55, 75, 95, 100])
        o = self.get_outlet(carrier, prov, "AGENT", fresh=rng.random() < 0.5)
        n = min(cap, rng.randint(25, 180))
        lot = self.new_lot(carrier, n + rng.randint(0, 50))
        start = self.pick_day(0)
        ndays = rng.randint(1, 4)
        for i in range(n):
            region = rng.choice(("RRD", "NMT", "NCC", "SCC", "MD", "SE", "CH"))
            bp = self.prov_in_region(region) if rng.random() < 0.8 else prov
            s = self.new_person(rprov=prov if rng.random() < 0.5 else bp, bprov=bp,
                                age=rng.randint(18, 21) + (self.E - start) // 365)
            self.pool.append(s)
            day = start + rng.randrange(ndays)
            ts = day * 86400 + self.tod("OFFICE")
            self.reg(s, carrier, day, "AGENT", "main", "legit_campus_event", outlet=o, ts=ts,
                     card=lot, prof=P_STUDENT, doc=("CCCD", s.cccd))
        return n

    def g_industrial(self, cap):
        """Migrant factory workers registering at a dealer next to an industrial zone."""
        rng = self.rng
        prov = rng.choice(("074", "074", "075", "075", "027", "024", "031", "033", "026",
                           "077", "080", "079", "030", "022"))
        carrier = self.pick_carrier()
        o = self.get_outlet(carrier, prov, "AGENT")
        n = min(cap, rng.randint(8, 70))
        day0 = min(self.pick_day(0), self.E - 21)
        south = PROV_REGION[prov] == "SE" or prov == "080"
        for i in range(n):
            if south:
                src = self.pick(["MD", "NCC", "SCC", "CH", "NMT"], [50, 78, 88, 94, 100])
            else:
                src = self.pick(["NMT", "RRD", "NCC"], [45, 75, 100])
            bp = self.prov_in_region(src)
            w = self.new_person(rprov=prov, bprov=bp, age=rng.randint(18, 42))
            self.pool.append(w)
            day = day0 + rng.randrange(0, 21)
            if day > self.E:
                day = self.E
            if day < w.min_day:
                day = min(self.E, w.min_day)
            c = carrier if rng.random() < 0.85 else self.pick_carrier()
            self.reg(w, c, day, "AGENT", "main", "legit_industrial_zone_workers",
                     outlet=o if c in o.codes else None,
                     prof=P_NORMAL if rng.random() < 0.7 else P_LIGHT)
        return n

    def g_onboarding(self, cap):
        """A company brings new hires to a carrier store in one go (own names)."""
        rng = self.rng
        prov = self.pick(["001", "079", "048", "074", "075", "027", "031"],
                         [30, 60, 68, 78, 86, 94, 100])
        carrier = self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE"], [50, 75, 100])
        o = self.get_outlet(carrier, prov, "STORE")
        n = min(cap, rng.randint(8, 60))
        day = self.pick_day(0)
        ts = day * 86400 + rng.randint(8, 15) * 3600
        lot = self.new_lot(carrier, n + 5)
        nsns = self.nsn_run(carrier, n) if rng.random() < 0.5 else None
        for i in range(n):
            w = self.new_person(rprov=prov, age=rng.randint(21, 45) + (self.E - day) // 365)
            self.pool.append(w)
            self.reg(w, carrier, day, "STORE", "main", "legit_corporate_onboarding",
                     outlet=o, ts=ts, card=lot, prof=P_STAFF,
                     nsn=nsns[i] if nsns else None)
            ts += rng.randint(60, 420)
        return n

    def org_entity(self):
        rng = self.rng
        prov = self.pick(["001", "079", "048", "031", "074", "075", "027", "092", "022",
                          "056"], [30, 62, 68, 73, 79, 85, 89, 93, 96, 100])
        name = "%s %s %s" % (rng.choice(ORG_KIND), rng.choice(ORG_FIELD), rng.choice(ORG_BRAND))
        if rng.random() < 0.1:
            name += ", CHI NHÁNH " + rng.choice(("HÀ NỘI", "ĐÀ NẴNG", "CẦN THƠ", "HẢI PHÒNG"))
        if rng.random() < 0.03:
            name = name.replace(rng.choice(ORG_BRAND), '"' + rng.choice(ORG_BRAND) + '"')
        tax = TAX_PFX.get(prov, "%02d" % rng.randint(5, 60)) + "%08d" % rng.randrange(10 ** 8)
        if rng.random() < 0.15:
            tax += "-%03d" % rng.randint(1, 30)
        if tax in self.used_id:
            tax = tax[:2] + "%08d" % rng.randrange(10 ** 8)
        self.used_id.add(tax)
        if rng.random() < 0.5:
            name = name.title() if rng.random() < 0.3 else name
        return prov, name, tax

    def g_org(self, cap, iot=False):
        rng = self.rng
        prov, name, tax = self.org_entity()
        carrier = self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "ITEL"],
                            [55, 78, 96, 98, 100])
        if iot:
            n = int(rng.lognormvariate(3.6, 1.0)) + 5
        else:
            n = int(rng.lognormvariate(2.6, 1.0)) + 3
        n = min(cap, n, max(3, int(self.N * 0.01)))
        o = self.get_outlet(carrier, prov, "STORE")
        agent = o.codes[carrier]
        dev = rng.choice(o.devs)
        rep = self.new_person(rprov=prov, age=rng.randint(30, 60))
        day = self.pick_day(self.D2016 if rng.random() < 0.8 else 0)
        lot = self.new_lot(carrier, n + rng.randint(0, 20))
        nsns = self.nsn_run(carrier, n) if rng.random() < 0.6 else \
            [self.new_nsn(carrier, 0) for _ in range(n)]
        if n >= 40:
            day = min(day, self.E - 130)
        with_face = (not iot) and day >= self.D2020 and rng.random() < 0.4
        pop = "UNCHECKED" if rng.random() < 0.75 else ""
        ts = day * 86400 + self.tod("OFFICE")
        batches = 1 if n < 40 else rng.randint(1, 4)
        pat = "legit_org_iot_fleet" if iot else "legit_org_bulk"
        for i in range(n):
            if batches > 1 and i and i % (n // batches + 1) == 0:
                ts += rng.randint(1, 40) * 86400
            t = ts + i * rng.randint(5, 90)
            if t // 86400 > self.E:
                t = self.E * 86400 + 64800 + i
            selfie = self.noisy(rep.face) if with_face else None
            fm = self.legit_fm(40) if with_face else None
            if iot:
                prof = P_IOT
                fuse = self.imei("modem" if rng.random() < 0.6 else "router")
            else:
                prof = P_STAFF if rng.random() < 0.85 else P_LIGHT
                fuse = self.imei("phone")
            if rng.random() < 0.04:
                prof, fuse = P_NONE, ""
            stype = "ORGANIZATION" if rng.random() > 0.02 else ""
            self.emit(carrier, nsns[i], Card(lot), stype, "ORG", tax, name, "", "", "VN", prov,
                      t, "STORE", agent, dev, selfie, fm, pop,
                      self.legit_status(t // 86400, "MATCH"), fuse, self.usage(prof, t))
            self.label(carrier, nsns[i], 0, 0, pat)
        return n

    def g_airport(self, cap):
        """Tourist SIM kiosk at an airport: many passports in a few hours."""
        rng = self.rng
        prov = self.pick(["079", "001", "048", "056", "091"], [40, 70, 85, 93, 100])
        carrier = self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE"], [50, 70, 100])
        o = self.get_outlet(carrier, prov, "AGENT")
        n = min(cap, rng.randint(6, 60))
        day = self.pick_day(self.D2017)
        ts = day * 86400 + rng.randint(0, 22) * 3600 + rng.randrange(3600)
        lot = self.new_lot(carrier, n + 10)
        natl = [x for x, _ in TOURIST_NAT]
        for i in range(n):
            f = self.new_foreigner(self.tourist_cum, natl, day)
            st = "TERMINATED" if self.E - ts // 86400 > rng.randint(30, 90) else "ACTIVE"
            self.reg(f, carrier, day, "AGENT", "main", "legit_tourist_airport", outlet=o,
                     ts=ts, card=lot, prof=P_TOURIST, status=st, prov=prov,
                     fm=None)
            ts += rng.randint(30, 600)
        return n

    def g_expat(self, cap):
        rng = self.rng
        natl = [x for x, _ in EXPAT_NAT]
        f = self.new_foreigner(self.expat_cum, natl, self.E - 3650)
        prov = self.pick(["079", "001", "074", "075", "027", "024", "031", "048", "033"],
                         [30, 55, 67, 76, 85, 90, 94, 97, 100])
        f.rprov = prov
        k = min(cap, rng.choice((1, 1, 1, 2, 2, 3)))
        for i in range(k):
            day = self.pick_day(self.D2016)
            c = self.pick_carrier() if i else self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE"],
                                                        [50, 72, 100])
            if c in MVNO:
                c = "VIETTEL"
            ch = "STORE" if rng.random() < 0.7 else "AGENT"
            self.reg(f, c, day, ch, "main" if i == 0 else "data", "legit_foreign_resident")
        return k

    def g_multi_purchase(self, cap):
        """One visit, two or three SIMs for the customer's own devices."""
        rng = self.rng
        p = self.new_person(age=rng.randint(20, 60))
        self.pool.append(p)
        k = min(cap, rng.choice((2, 2, 2, 3)))
        day = self.pick_day(max(p.min_day, self.D2020))
        ch = "STORE" if rng.random() < 0.5 else "AGENT"
        carrier = self.pick_carrier()
        o = self.get_outlet(carrier, p.rprov, ch)
        ts = day * 86400 + self.tod(ch)
        doc = self.doc_for(p, day)
        selfie = self.noisy(p.face) if day >= self.D2020 else None
        fm = self.legit_fm(self.EY - p.by) if selfie is not None else None
        reuse = rng.random() < 0.4
        router = self.imei("router")
        for i in range(k):
            if i and not reuse and selfie is not None:
                s2 = self.noisy(p.face)
                f2 = min(0.995, max(0.3, fm + rng.uniform(-0.03, 0.03)))
            else:
                s2, f2 = selfie, fm
            role = "main" if i == 0 else ("secondary" if i == 1 and p.im2 else "data")
            fuse = p.im1 if i == 0 else (p.im2 if role == "secondary" else router)
            self.reg(p, carrier, day, ch, role, "legit_multi_sim_same_visit", outlet=o,
                     ts=ts, selfie=s2, fm=f2, doc=doc, fuse=fuse)
            ts += rng.randint(40, 400)
        return k

    def g_agent_own(self, cap):
        rng = self.rng
        prov = self.pick_prov()
        carrier = self.pick_carrier()
        o = self.get_outlet(carrier, prov, "AGENT")
        ow = self.owner_of(o)
        k = min(cap, rng.choice((1, 2, 2, 3)))
        for i in range(k):
            day = self.pick_day(ow.min_day)
            c = rng.choice(list(o.codes.keys()))
            self.reg(ow, c, day, "AGENT", "main" if i == 0 else "secondary",
                     "legit_agent_own_sims", outlet=o,
                     dev=o.devs[0] if rng.random() < 0.7 else None)
        return k

    def g_history(self, cap):
        """Subscriptions with an earlier row: recycled number, SIM swap, transfer,
        standardisation after buying a pre-activated SIM, corrected typo."""
        rng = self.rng
        r = rng.random()
        if self.E < self.D2023_6:
            kinds = ("recycled", "swap", "transfer", "standardised", "typo_fixed")
            w = [22, 46, 58, 82, 100]
        else:
            kinds = ("recycled", "swap", "transfer", "standardised", "typo_fixed")
            w = [35, 55, 70, 85, 100]
        kind = self.pick(list(kinds), w)
        carrier = self.pick_carrier()
        if cap < 2:
            return self.g_person(cap)
        if kind == "recycled":
            old = self.new_person(age=rng.randint(35, 80))
            d1 = self.pick_day(max(old.min_day, self.MIN_DAY))
            d1 = min(d1, self.E - 400)
            nsn = self.new_nsn(carrier)
            self.reg(old, carrier, d1, self.era_channel(d1, old), "main", "",
                     nsn=nsn, status="TERMINATED", emit_label=False,
                     card=Card(self.new_lot(carrier, 1)))
            newp = self.new_person()
            self.pool.append(newp)
            d2 = self.between(max(newp.min_day, d1 + 200))
            self.reg(newp, carrier, d2, self.era_channel(d2, newp), "main",
                     "legit_recycled_number", nsn=nsn)
        elif kind == "swap":
            p = self.new_person(age=rng.randint(22, 75))
            self.pool.append(p)
            d1 = min(self.pick_day(p.min_day), self.E - 30)
            nsn = self.new_nsn(carrier)
            self.reg(p, carrier, d1, self.era_channel(d1, p), "main", "", nsn=nsn,
                     emit_label=False, card=Card(self.new_lot(carrier, 1)))
            d2 = self.between(d1 + 20)
            p.im1, p.im2 = self.phone(p.feature)
            self.reg(p, carrier, d2, "STORE", "main", "legit_sim_swap_reissue", nsn=nsn)
        elif kind == "transfer":
            a = self.new_person(age=rng.randint(30, 80))
            b = self.new_person(rprov=a.rprov, age=rng.randint(18, 50))
            self.pool.append(b)
            d1 = min(self.pick_day(a.min_day), self.E - 30)
            nsn = self.new_nsn(carrier)
            card = Card(self.new_lot(carrier, 1))
            self.reg(a, carrier, d1, self.era_channel(d1, a), "main", "", nsn=nsn,
                     emit_label=False, card=card)
            d2 = self.between(max(b.min_day, d1 + 30))
            self.reg(b, carrier, d2, "STORE", "main", "legit_ownership_transfer", nsn=nsn,
                     card=card if rng.random() < 0.5 else None)
        elif kind == "standardised":
            # bought a pre-activated SIM years ago, re-registered in own name later
            prov = self.pick_prov()
            o = self.get_outlet(carrier, prov, "AGENT")
            d1 = min(self.pick_day(self.MIN_DAY), self.E - 60)
            fake = self.fabricated(0.2, prov, None, d1)
            nsn = self.new_nsn(carrier)
            card = Card(self.outlet_lot(o, carrier))
            ts1 = d1 * 86400 + self.tod("AGENT")
            idt, idn = ("CCCD", fake.cccd) if fake.cccd else ("CMND", fake.cmnd)
            self.emit(carrier, nsn, card, "INDIVIDUAL", idt, idn,
                      self.name_form(fake.name, carrier, "AGENT"), fake.dob, fake.g, "VN",
                      fake.rprov, ts1, "AGENT", o.codes[carrier],
                      rng.choice(o.devs) if d1 > self.D2017 else "", None, None,
                      rng.choice(("UNCHECKED", "NOT_FOUND", "UNCHECKED")),
                      "ACTIVE", "", ("",) * 8)
            b = self.new_person(age=rng.randint(18, 60))
            self.pool.append(b)
            lo = max(d1 + 30, self.D2023 - 200, b.min_day)
            d2 = min(self.between(lo), lo + rng.randint(0, 700))
            self.reg(b, carrier, d2, "STORE" if rng.random() < 0.6 else "EKYC_APP", "main",
                     "legit_standardised_after_purchase", nsn=nsn, card=card)
        else:
            p = self.new_person(age=rng.randint(18, 80))
            self.pool.append(p)
            d1 = min(self.pick_day(max(p.min_day, self.D2022_8)), self.E - 45)
            ch = self.era_channel(d1, p)
            nsn = self.new_nsn(carrier)
            card = Card(self.wh_lot(carrier) if ch in ("EKYC_APP", "ONLINE") else
                        self.new_lot(carrier, 1))
            ts1 = d1 * 86400 + self.tod(ch)
            self.reg_typo(p, carrier, d1, ch, "main", emit_label=False, nsn=nsn, ts=ts1,
                          card=card, status="ONE_WAY_LOCKED" if rng.random() < 0.5
                          else "ACTIVE")
            d2 = min(self.E, d1 + rng.randint(1, 40))
            self.reg(p, carrier, d2, "STORE" if rng.random() < 0.6 else "EKYC_APP", "main",
                     "legit_typo_corrected", nsn=nsn, card=card, popdb="MATCH",
                     status="ACTIVE")
        return 2

    # =======================================================================
    # Fraud groups
    # =======================================================================
    def complicit_agent(self, carrier, care, prov=None):
        rng = self.rng
        if prov is None:
            if self.sc["border"] and rng.random() < 0.5:
                prov = rng.choice(("020", "010", "022", "002", "004", "011"))
            else:
                prov = self.pick_prov()
        if care > 0.6:
            return self.get_outlet(carrier, prov, "AGENT")
        return self.get_outlet(carrier, prov, "AGENT", fresh=rng.random() < 0.4)

    def burst_times(self, n, care, min_day=0):
        """Registration times of a dealer working through a pile of SIMs."""
        rng = self.rng
        out = []
        if care < 0.6:
            day = self.pick_day(max(min_day, self.D2017 if rng.random() < 0.7 else 0))
            kind = "NIGHT" if rng.random() < 0.55 else "AGENT"
            ts = day * 86400 + self.tod(kind)
            sess = rng.randint(15, 120)
            for i in range(n):
                out.append(ts)
                ts += int(rng.expovariate(1.0 / rng.choice((25, 45, 80, 150)))) + 8
                if i and i % sess == 0:
                    ts = (ts // 86400 + rng.randint(1, 6)) * 86400 + self.tod(kind)
        else:
            day = self.pick_day(max(min_day, self.D2017))
            span = rng.randint(20, 120)
            for i in range(n):
                d = day + rng.randrange(span)
                out.append(d * 86400 + self.tod("AGENT"))
            out.sort()
        lim = self.export_ts - 60
        if out and max(out) > lim:
            shift = max(out) - lim + rng.randrange(86400 * 20)
            out = [t - shift for t in out]
        return out

    def fraud_face(self, care, stock):
        """Selfie and face match of a capture that is not the document holder."""
        rng = self.rng
        r = rng.random()
        if care < 0.5 and r < 0.2:
            return self.noisy(rng.choice(stock)), rng.uniform(0.02, 0.25)  # flowers, objects
        if care < 0.7:
            return self.noisy(rng.choice(stock)), rng.uniform(0.25, 0.68)
        return rng.getrandbits(64), rng.uniform(0.72, 0.9)

    def resale_use(self, care, scam_p=0.35):
        """Usage profile, first-use device and start delay of a resold / stock SIM."""
        rng = self.rng
        r = rng.random()
        if r < (0.45 if care < 0.6 else 0.15):
            return P_NONE, "", 0.0
        if r < 0.45 + scam_p * 0.55 and care < 0.8:
            return (P_SCAM if rng.random() < 0.7 else P_SPAM), self.imei("phone"), \
                rng.uniform(0, 10)
        prof = P_NORMAL if rng.random() < 0.8 else P_STUDENT
        return prof, self.imei("phone"), rng.uniform(2, 25)

    def emit_fraud(self, carrier, nsn, card, p, doc, name, ts, channel, agent, dev, selfie,
                   fm, popdb, status, fuse, use, junk, non_owner, pattern, prov=None,
                   dob=None):
        self.emit(carrier, nsn, card, "INDIVIDUAL", doc[0], doc[1], name,
                  p.dob if dob is None else dob, p.g, "VN",
                  p.rprov if prov is None else prov, ts, channel, agent, dev, selfie, fm,
                  popdb, status, fuse, use)
        self.label(carrier, nsn, junk, non_owner, pattern)

    def f_preact_fab(self, cap):
        """Dealer pre-activates a pile of SIMs on fabricated identities."""
        rng = self.rng
        care = self.care()
        carrier = self.pick_carrier()
        o = self.complicit_agent(carrier, care)
        agent = o.codes[carrier]
        n = rng.randint(15, 250) if care < 0.6 else rng.randint(3, 25)
        n = max(1, min(cap, n))
        times = self.burst_times(n, care)
        lot = self.new_lot(carrier, n + rng.randint(0, 30)) if care < 0.6 else \
            self.outlet_lot(o, carrier)
        nsns = self.nsn_run(carrier, n) if (care < 0.5 and rng.random() < 0.6) else None
        if o.faces is None:
            o.faces = [self.noisy(rng.choice(self.stock_faces), 8) if rng.random() < 0.5
                       else rng.getrandbits(64) for _ in range(rng.randint(1, 6))]
        template = None
        if care < 0.4 and rng.random() < 0.4:
            f0 = self.fabricated(care, o.prov)
            template = (f0.g, f0.by, f0.dob, f0.name, f0.bprov)
        dev0 = o.devs[0]
        for i in range(n):
            ts = times[i]
            day = ts // 86400
            p = self.fabricated(care, o.prov, template, day)
            doc = ("CCCD", p.cccd) if p.cccd else ("CMND", p.cmnd)
            if self.selfie_present(day) or care > 0.5:
                selfie, fm = self.fraud_face(care, o.faces)
            else:
                selfie, fm = None, None
            r = rng.random()
            if day < self.D2022_8:
                pop = "UNCHECKED" if r < 0.7 else ("MISMATCH" if r < 0.85 else "NOT_FOUND")
            else:
                pop = "NOT_FOUND" if r < 0.55 else ("MISMATCH" if r < 0.72 else "UNCHECKED")
            prof, fuse, delay = self.resale_use(care)
            use = self.usage(prof, ts, delay)
            nsn = nsns[i] if nsns else self.new_nsn(carrier)
            dev = dev0 if (care < 0.6 or rng.random() < 0.5) else rng.choice(o.devs)
            self.emit_fraud(carrier, nsn, Card(lot) if care < 0.6 else lot, p, doc,
                            self.name_form(p.name, carrier, "AGENT"), ts, "AGENT", agent,
                            dev, selfie, fm, pop, self.junk_status(day, pop, care), fuse,
                            use, 1, 0, "dealer_preactivation_fabricated_id")
        return n

    def f_preact_leak(self, cap):
        """Dealer pre-activates SIMs on leaked real identities."""
        rng = self.rng
        care = self.care()
        carrier = self.pick_carrier()
        o = self.complicit_agent(carrier, care)
        agent = o.codes[carrier]
        n = rng.randint(10, 150) if care < 0.6 else rng.randint(3, 20)
        n = max(1, min(cap, n))
        times = self.burst_times(n, care, self.D2017)
        lot = self.new_lot(carrier, n + rng.randint(0, 30)) if care < 0.6 else None
        if o.faces is None:
            o.faces = [rng.getrandbits(64) for _ in range(rng.randint(1, 5))]
        owner = self.owner_of(o)
        per_victim = 1 if care > 0.6 else rng.choice((1, 1, 2, 3, 4))
        v = None
        left = 0
        for i in range(n):
            ts = times[i]
            day = ts // 86400
            if left <= 0:
                v = self.victim(day)
                left = per_victim
            left -= 1
            c = carrier
            if care > 0.6 and rng.random() < 0.4:
                c = rng.choice(list(o.codes.keys()))
            doc = self.doc_for(v, day)
            r = rng.random()
            if care > 0.7:  # replayed ID-card photo
                selfie = self.noisy(v.face, rng.randint(5, 10))
                fm = rng.uniform(0.86, 0.97)
            elif r < 0.3:
                selfie, fm = self.noisy(owner.face), rng.uniform(0.2, 0.55)
            else:
                selfie, fm = self.fraud_face(care, o.faces)
            if day < self.D2017:
                selfie, fm = None, None
            pop = "MATCH" if rng.random() < 0.9 or day < self.D2022_8 else "UNCHECKED"
            if day < self.D2022_8 and rng.random() < 0.5:
                pop = "UNCHECKED"
            prof, fuse, delay = self.resale_use(care)
            nsn = self.new_nsn(c)
            card = Card(lot) if lot is not None else self.outlet_lot(o, c)
            dev = o.devs[0] if care < 0.6 else rng.choice(o.devs)
            self.emit_fraud(c, nsn, card, v, doc, self.name_form(v.name, c, "AGENT"), ts,
                            "AGENT", o.codes[c], dev, selfie, fm, pop,
                            self.junk_status(day, pop, care, 0.3), fuse,
                            self.usage(prof, ts, delay), 1, 1,
                            "dealer_preactivation_leaked_id")
        return n

    def f_agent_mass(self, cap):
        """Dealer activates SIMs for resale on his own (and relatives') documents."""
        rng = self.rng
        care = self.care()
        carrier = self.pick_carrier()
        o = self.complicit_agent(carrier, care)
        ow = self.owner_of(o)
        ids = [(ow, 0)]
        if care > 0.6:
            sur = ow.name.split(" ")[0]
            for _ in range(rng.randint(1, 4)):
                ids.append((self.new_person(rprov=o.prov, sur=sur,
                                            age=rng.randint(20, 75)), 1))
            n = min(cap, rng.randint(4, 8) * len(ids))
        else:
            n = min(cap, rng.randint(40, 600))
        n = max(1, n)
        times = self.burst_times(n, care, ow.min_day + 400)
        lot = self.new_lot(carrier, n + 20) if care < 0.6 else self.outlet_lot(o, carrier)
        for i in range(n):
            ts = times[i]
            day = ts // 86400
            p, rel = ids[i % len(ids)]
            if day < p.min_day:
                ts = p.min_day * 86400 + 40000
                day = ts // 86400
            c = carrier if (care < 0.6 or rng.random() < 0.6) else \
                rng.choice(list(o.codes.keys()))
            doc = self.doc_for(p, day)
            if self.selfie_present(day):
                selfie = self.noisy(ow.face)  # the dealer's own face every time
                fm = self.legit_fm(40) if not rel else rng.uniform(0.2, 0.6)
            else:
                selfie, fm = None, None
            pop = "MATCH" if day >= self.D2022_8 else self.legit_popdb(day)
            prof, fuse, delay = self.resale_use(care, 0.4)
            used = 1 if (fuse or rel) else 0
            nsn = self.new_nsn(c)
            card = Card(lot) if care < 0.6 else self.outlet_lot(o, c)
            self.emit_fraud(c, nsn, card, p, doc, self.name_form(p.name, c, "AGENT"), ts,
                            "AGENT", o.codes[c], o.devs[0], selfie, fm, pop,
                            self.junk_status(day, pop, care, 0.35), fuse,
                            self.usage(prof, ts, delay), 1, used,
                            "dealer_own_id_mass_activation" if not rel
                            else "dealer_relatives_id_activation")
        return n

    def f_padding(self, cap):
        """A walk-in customer gets one SIM; the dealer adds extra SIMs on the same
        documents."""
        rng = self.rng
        if cap < 2:
            return self.g_person(cap)
        care = self.care()
        carrier = self.pick_carrier()
        o = self.complicit_agent(carrier, care)
        n_extra = rng.randint(2, 4) if care < 0.6 else 1
        n_extra = min(n_extra, cap - 1)
        sessions = rng.randint(1, 6) if care < 0.6 else rng.randint(1, 3)
        total = 0
        for _ in range(sessions):
            if total + 1 + n_extra > cap:
                break
            p = self.new_person(rprov=o.prov, age=rng.randint(18, 72))
            self.pool.append(p)
            day = min(self.pick_day(max(p.min_day, self.D2017)), self.E - 4)
            ts = day * 86400 + self.tod("AGENT")
            doc = self.doc_for(p, day)
            selfie = self.noisy(p.face)
            fm = self.legit_fm(self.EY - p.by)
            self.reg(p, carrier, day, "AGENT", "main", "legit_agent_walkin_customer",
                     outlet=o, ts=ts, selfie=selfie, fm=fm, doc=doc)
            total += 1
            t = ts
            for j in range(n_extra):
                if care < 0.6:
                    t += rng.randint(25, 300)
                    s2, f2 = selfie, fm
                    c = carrier if rng.random() < 0.8 else rng.choice(list(o.codes.keys()))
                    dev = o.devs[0]
                else:
                    if rng.random() < 0.65:
                        t = (t // 86400 + rng.randint(1, 5)) * 86400 + self.tod("AGENT")
                    else:
                        t += rng.randint(300, 2400)
                    s2 = self.noisy(selfie, rng.randint(0, 1))
                    f2 = min(0.995, max(0.3, fm + rng.uniform(-0.025, 0.025)))
                    c = carrier if rng.random() < 0.5 else rng.choice(list(o.codes.keys()))
                    dev = rng.choice(o.devs)
                if t >= self.export_ts:
                    t = self.export_ts - rng.randint(60, 3000)
                d2 = t // 86400
                pop = "MATCH" if d2 >= self.D2022_8 else self.legit_popdb(d2)
                prof, fuse, delay = self.resale_use(care)
                nsn = self.new_nsn(c)
                self.emit_fraud(c, nsn, self.outlet_lot(o, c), p, doc,
                                self.name_form(p.name, c, "AGENT"), t, "AGENT", o.codes[c],
                                dev, s2, f2, pop, self.junk_status(d2, pop, care, 0.25),
                                fuse, self.usage(prof, t, delay), 1, 1,
                                "dealer_extra_sims_on_walkin_documents")
                total += 1
        if total == 0:
            return self.g_person(cap)
        return total

    def f_ring(self, cap):
        """Identity-theft ring registering through the carrier app on leaked data."""
        rng = self.rng
        care = self.care()
        members = [rng.getrandbits(64) for _ in range(rng.randint(2, 6))]
        ndev = rng.randint(2, 4) if care < 0.6 else rng.randint(8, 30)
        devs = [self.imei("phone") for _ in range(ndev)]
        burners = [self.imei("phone") for _ in range(max(2, ndev // 2))]
        nv = rng.randint(10, 120) if care < 0.6 else rng.randint(5, 60)
        start = self.pick_day(max(self.D2021, self.E - 500))
        span = rng.randint(3, 20) if care < 0.6 else rng.randint(30, 150)
        start = min(start, self.E - span - 26)
        cars = [c for c in CARRIERS if c != "GMOBILE"]
        carw = [self.car_w[CARRIERS.index(c)] * (4.0 if c in MVNO or c == "VIETNAMOBILE"
                                                 else 1.0) for c in cars]
        ccum = self._cum(carw)
        total = 0
        for _ in range(nv):
            if total >= cap:
                break
            day = min(self.E, start + rng.randrange(span))
            v = self.victim(day)
            if care < 0.6:
                k = rng.randint(2, 6)
            else:
                k = rng.choice((1, 1, 1, 2, 2, 3))
            k = min(k, cap - total)
            per = {}
            main_c = self.pick(cars, ccum)
            for j in range(k):
                if care < 0.6:
                    c = main_c if rng.random() < 0.7 else self.pick(cars, ccum)
                else:
                    c = self.pick(cars, ccum)
                    if per.get(c, 0) >= 2:
                        continue
                per[c] = per.get(c, 0) + 1
                d = min(self.E, day + (rng.randrange(3) if care < 0.6 else rng.randrange(25)))
                ch = "EKYC_APP" if rng.random() < 0.8 else "ONLINE"
                ts = d * 86400 + self.tod("EKYC_APP")
                if ts > self.export_ts - 60:
                    ts = self.export_ts - rng.randint(100, 5000)
                if care < 0.6:
                    selfie = self.noisy(rng.choice(members))
                    fm = rng.uniform(0.6, 0.84)
                    dev = rng.choice(devs)
                else:
                    selfie = self.noisy(v.face, rng.randint(4, 10))
                    fm = rng.uniform(0.85, 0.97)
                    dev = devs[(total + j) % ndev] if rng.random() < 0.7 else rng.choice(devs)
                if ch == "ONLINE":
                    dev = self.courier_dev(v.rprov) if rng.random() < 0.6 else ""
                r = rng.random()
                if care < 0.6:
                    prof = P_SCAM if r < 0.6 else (P_OTP if r < 0.85 else P_SPAM)
                    fuse = rng.choice(devs) if rng.random() < 0.6 else rng.choice(burners)
                else:
                    prof = P_SCAM_STEALTH if r < 0.6 else (P_OTP if r < 0.8 else P_NORMAL)
                    fuse = rng.choice(burners) if rng.random() < 0.6 else self.imei("phone")
                doc = ("CCCD", v.cccd)
                nsn = self.new_nsn(c)
                self.emit_fraud(c, nsn, self.wh_lot(c), v, doc,
                                self.name_form(v.name, c, "EKYC_APP"), ts, ch, "", dev,
                                selfie, fm, "MATCH", self.junk_status(d, "MATCH", care, 0.5),
                                fuse, self.usage(prof, ts, rng.uniform(0, 3)), 1, 1,
                                "identity_theft_ring_app")
                total += 1
        if total == 0:
            return self.g_person(cap)
        return total

    def f_simbox(self, cap):
        """SIM-box / GSM gateway fed with SIMs on bought or fabricated identities."""
        rng = self.rng
        care = self.care()
        carrier = self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE"],
                            [45, 70, 92, 100])
        ngw = rng.randint(1, 4)
        ports = []
        for _ in range(ngw):
            np_ = rng.choice((8, 16, 32))
            if care < 0.7:
                tac = rng.choice(self.tacs["gateway"])
                s0 = rng.randrange(900000)
                ports.extend(luhn(tac + "%06d" % (s0 + k)) for k in range(np_))
            else:
                ports.extend(self.imei("phone") for _ in range(np_))
        n = min(cap, rng.randint(32, 400) if care < 0.7 else rng.randint(10, 60))
        n = max(1, n)
        bought = rng.random() < 0.6
        o = self.complicit_agent(carrier, care)
        times = self.burst_times(n, care, self.D2020)
        lot = self.new_lot(carrier, n + 10) if care < 0.7 else self.outlet_lot(o, carrier)
        if o.faces is None:
            o.faces = [rng.getrandbits(64) for _ in range(rng.randint(1, 4))]
        sellers = []
        for i in range(n):
            ts = times[i]
            day = ts // 86400
            if bought:
                if not sellers or rng.random() < 0.35:
                    sp = self.new_person(
                        rprov=self.prov_in_region(rng.choice(("NMT", "NCC", "MD", "CH"))),
                        age=rng.randint(18, 70) + (self.E - day) // 365)
                    sellers.append(sp)
                p = rng.choice(sellers)
                doc = self.doc_for(p, day)
                if rng.random() < 0.4:  # seller came in person
                    selfie, fm = self.noisy(p.face), self.legit_fm(self.EY - p.by)
                else:
                    selfie, fm = self.fraud_face(care, o.faces)
                pop = "MATCH"
                pat, no = "simbox_on_bought_identities", 1
            else:
                p = self.fabricated(care, o.prov, None, day)
                doc = ("CCCD", p.cccd) if p.cccd else ("CMND", p.cmnd)
                selfie, fm = self.fraud_face(care, o.faces)
                pop = rng.choice(("NOT_FOUND", "NOT_FOUND", "MISMATCH", "UNCHECKED"))
                pat, no = "simbox_on_fabricated_identities", 0
            prof = P_SIMBOX if rng.random() < 0.9 else P_NONE
            fuse = ports[int(len(ports) * rng.random())] if prof != P_NONE else ""
            nsn = self.new_nsn(carrier)
            self.emit_fraud(carrier, nsn, Card(lot) if care < 0.7 else lot, p, doc,
                            self.name_form(p.name, carrier, "AGENT"), ts, "AGENT",
                            o.codes[carrier], o.devs[0], selfie, fm, pop,
                            self.junk_status(day, pop, care, 0.6), fuse,
                            self.usage(prof, ts, rng.uniform(0, 4)), 1, no, pat)
        return n

    def f_otp(self, cap):
        """Modem pool receiving OTPs, SIMs registered on leaked or fabricated IDs."""
        rng = self.rng
        care = self.care()
        nm = rng.choice((8, 16, 32, 64))
        tac = rng.choice(self.tacs["modem"])
        s0 = rng.randrange(900000)
        modems = [luhn(tac + "%06d" % (s0 + k * rng.choice((1, 1, 2)))) for k in range(nm)]
        n = max(1, min(cap, rng.randint(20, 200) if care < 0.7 else rng.randint(6, 40)))
        leaked = rng.random() < 0.55
        app = rng.random() < 0.4 and care > 0.3
        carrier = self.pick_carrier()
        o = None if app else self.complicit_agent(carrier, care)
        if o is not None and o.faces is None:
            o.faces = [rng.getrandbits(64) for _ in range(rng.randint(1, 4))]
        times = self.burst_times(n, care, self.D2020)
        for i in range(n):
            ts = times[i]
            day = ts // 86400
            c = carrier if (o is not None or rng.random() < 0.6) else self.pick_carrier()
            if leaked:
                p = self.victim(day)
                doc = self.doc_for(p, day)
                pop = "MATCH"
            else:
                p = self.fabricated(care, o.prov if o is not None else self.pick_prov(),
                                    None, day)
                doc = ("CCCD", p.cccd) if p.cccd else ("CMND", p.cmnd)
                pop = rng.choice(("NOT_FOUND", "MISMATCH", "UNCHECKED"))
            if app:
                ch, agent = "EKYC_APP", ""
                dev = rng.choice(modems[:4]) if care < 0.7 else self.imei("phone")
                selfie = self.noisy(p.face, rng.randint(4, 10)) if care > 0.7 else \
                    rng.getrandbits(64)
                fm = rng.uniform(0.8, 0.96) if care > 0.7 else rng.uniform(0.6, 0.82)
                card = self.wh_lot(c)
            else:
                ch, agent = "AGENT", self.code_for(o, c)
                dev = o.devs[0]
                selfie, fm = self.fraud_face(care, o.faces)
                card = self.outlet_lot(o, c)
            nsn = self.new_nsn(c)
            self.emit_fraud(c, nsn, card, p, doc, self.name_form(p.name, c, ch), ts, ch, agent,
                            dev, selfie, fm, pop, self.junk_status(day, pop, care, 0.4),
                            rng.choice(modems), self.usage(P_OTP, ts, rng.uniform(0, 2)), 1,
                            1 if leaked else 0,
                            "otp_farm_leaked_ids" if leaked else "otp_farm_fabricated_ids")
        return n

    def f_stolen_doc(self, cap):
        """Somebody else's lost or stolen ID card used at a dealer."""
        rng = self.rng
        care = self.care()
        day = self.pick_day(self.D2017)
        v = self.victim(day)
        k = min(cap, rng.choice((1, 1, 2)))
        prov = self.pick_prov() if rng.random() < 0.6 else v.rprov
        crook = rng.getrandbits(64)
        for j in range(k):
            c = self.pick_carrier()
            o = self.get_outlet(c, prov, "AGENT")
            ts = day * 86400 + self.tod("AGENT") + j * rng.randint(60, 86400)
            if ts > self.export_ts - 60:
                ts = self.export_ts - rng.randint(100, 9000)
            d = ts // 86400
            fm = rng.uniform(0.3, 0.62) if care < 0.7 else rng.uniform(0.7, 0.84)
            nsn = self.new_nsn(c)
            prof = P_SCAM if care < 0.7 else P_SCAM_STEALTH
            self.emit_fraud(c, nsn, self.outlet_lot(o, c), v, self.doc_for(v, d),
                            self.name_form(v.name, c, "AGENT"), ts, "AGENT", o.codes[c],
                            rng.choice(o.devs), self.noisy(crook), fm,
                            "MATCH" if d >= self.D2022_8 else "UNCHECKED",
                            self.junk_status(d, "MATCH", care, 0.5), self.imei("phone"),
                            self.usage(prof, ts, rng.uniform(0, 2)), 1, 1,
                            "stolen_document_registration")
        return k

    def f_rental(self, cap):
        """A mule is paid to register SIMs in person in their own name."""
        rng = self.rng
        care = self.care()
        prov = self.prov_in_region(rng.choice(("NMT", "NCC", "MD", "CH", "SE")))
        m = self.new_person(rprov=prov, age=rng.choice((rng.randint(18, 24),
                                                         rng.randint(55, 78))))
        k = rng.randint(5, 15) if care < 0.6 else rng.randint(2, 5)
        k = max(1, min(cap, k))
        day = min(self.pick_day(max(m.min_day, self.D2020)), self.E - 62)
        farm = [self.imei("phone") for _ in range(rng.randint(2, 6))]
        outs = []
        for j in range(k):
            d = min(self.E, day + (rng.randrange(3) if care < 0.6 else rng.randrange(60)))
            c = self.pick_carrier()
            o = self.get_outlet(c, prov if rng.random() < 0.7 else self.pick_prov(), "AGENT")
            outs.append(o)
            ts = d * 86400 + self.tod("AGENT")
            r = rng.random()
            prof = P_SCAM if r < 0.45 else (P_OTP if r < 0.75 else P_SCAM_STEALTH)
            nsn = self.new_nsn(c)
            self.emit_fraud(c, nsn, self.outlet_lot(o, c), m, self.doc_for(m, d),
                            self.name_form(m.name, c, "AGENT"), ts, "AGENT", o.codes[c],
                            rng.choice(o.devs), self.noisy(m.face),
                            self.legit_fm(self.EY - m.by), "MATCH",
                            self.junk_status(d, "MATCH", care, 0.4), rng.choice(farm),
                            self.usage(prof, ts, rng.uniform(0, 4)), 1, 1,
                            "rented_identity_mule")
        return k

    def f_crossprov(self, cap):
        """One leaked identity used at many dealers in different provinces within days."""
        rng = self.rng
        care = self.care()
        day = min(self.pick_day(self.D2020), self.E - 11)
        v = self.victim(day)
        k = max(1, min(cap, rng.randint(4, 10) if care < 0.7 else rng.randint(3, 5)))
        for j in range(k):
            prov = self.pick_prov()
            c = self.pick_carrier()
            o = self.get_outlet(c, prov, "AGENT")
            d = min(self.E, day + rng.randrange(2 if care < 0.7 else 10))
            ts = d * 86400 + self.tod("AGENT")
            selfie = rng.getrandbits(64)
            fm = rng.uniform(0.3, 0.7) if care < 0.7 else rng.uniform(0.72, 0.88)
            nsn = self.new_nsn(c)
            self.emit_fraud(c, nsn, self.outlet_lot(o, c), v, self.doc_for(v, d),
                            self.name_form(v.name, c, "AGENT"), ts, "AGENT", o.codes[c],
                            rng.choice(o.devs), selfie, fm, "MATCH",
                            self.junk_status(d, "MATCH", care, 0.4), self.imei("phone"),
                            self.usage(P_SCAM if rng.random() < 0.6 else P_OTP, ts), 1, 1,
                            "cross_province_id_reuse")
        return k

    def f_borrowed(self, cap):
        """A genuine user (often a foreign worker) uses a Vietnamese co-worker's ID."""
        rng = self.rng
        prov = rng.choice(("074", "075", "027", "024", "031", "033", "022", "020", "010"))
        day = self.pick_day(self.D2017)
        holder = None
        for _ in range(6):
            if self.pool:
                cand = rng.choice(self.pool)
                if cand.min_day + 365 <= day:
                    holder = cand
                    break
        if holder is None:
            holder = self.new_person(rprov=prov, age=rng.randint(22, 50) +
                                     (self.E - day) // 365)
        user_face = rng.getrandbits(64)
        user_phone = self.imei("phone")
        c = self.pick_carrier()
        o = self.get_outlet(c, prov, "AGENT")
        ts = day * 86400 + self.tod("AGENT")
        sel = self.noisy(user_face) if self.selfie_present(day) else None
        fm = rng.uniform(0.18, 0.58) if sel is not None else None
        nsn = self.new_nsn(c)
        self.emit_fraud(c, nsn, self.outlet_lot(o, c), holder, self.doc_for(holder, day),
                        self.name_form(holder.name, c, "AGENT"), ts, "AGENT", o.codes[c],
                        rng.choice(o.devs), sel, fm,
                        "MATCH" if day >= self.D2022_8 else "UNCHECKED",
                        self.legit_status(day, "MATCH"), user_phone,
                        self.usage(P_NORMAL, ts), 0, 1, "borrowed_id_genuine_user")
        return 1

    # =======================================================================
    def run(self):
        N = self.N
        sc = self.sc
        gens = {
            "family": self.g_family, "family_store": self.g_family_store,
            "campus": self.g_campus, "industrial": self.g_industrial,
            "onboarding": self.g_onboarding, "org": self.g_org,
            "iot": lambda cap: self.g_org(cap, iot=True), "airport": self.g_airport,
            "expat": self.g_expat, "history": self.g_history,
            "agent_own": self.g_agent_own, "twins": self.g_twins,
            "multi_purchase": self.g_multi_purchase, "minor": self.g_minor,
            "preact_fab": self.f_preact_fab, "preact_leak": self.f_preact_leak,
            "agent_mass": self.f_agent_mass, "padding": self.f_padding, "ring": self.f_ring,
            "simbox": self.f_simbox, "otp": self.f_otp, "stolen_doc": self.f_stolen_doc,
            "rental": self.f_rental, "crossprov": self.f_crossprov,
            "borrowed": self.f_borrowed,
        }
        names = []
        targets = []
        for k, v in list(sc["legit"].items()) + list(sc["fraud"].items()):
            if v > 0:
                names.append(k)
                targets.append(v * N)
        prod = [0.0] * len(names)
        person_target = max(0.0, N - sum(targets))
        pprod = 0
        rng = self.rng
        total = 0
        w = [t for t in targets]
        wsum = sum(w)
        idx = list(range(len(names)))
        while total < N:
            room = N - total
            pp = max(0.0, person_target - pprod)
            denom = wsum + pp
            if denom <= 0 or wsum <= 0 or rng.random() * denom < pp:
                got = self.g_person(room)
                pprod += got
            else:
                i = rng.choices(idx, weights=w)[0]
                cap = max(1, min(room, int(w[i] + 0.999)))
                got = gens[names[i]](cap)
                prod[i] += got
                w[i] = max(0.0, targets[i] - prod[i])
                wsum = sum(w)
            total += got
        assert len(self.rows) == N, (len(self.rows), N)
        assert len(self.labels) == len(set((c, m) for c, m, _, _, _ in self.labels))

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        self.rows.sort(key=lambda r: r[0])
        with open(os.path.join(out, "batch.csv"), "w", encoding="utf-8", newline="") as f:
            if self.sc["bom"]:
                f.write("\ufeff")
            f.write(",".join(COLUMNS) + "\r\n")
            buf = []
            wr = buf.append
            for ts, head, sref, tail in self.rows:
                if sref is None:
                    mid = ","
                else:
                    card, em = sref
                    ic, im = card.take()
                    mid = ("" if em & 1 else im) + "," + ("" if em & 2 else ic)
                wr(head + "," + mid + "," + tail + "\r\n")
                if len(buf) >= 20000:
                    f.write("".join(buf))
                    del buf[:]
            f.write("".join(buf))
        with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(",".join(LABEL_COLUMNS) + "\r\n")
            f.write("".join("%s,%s,%d,%d,%s\r\n" % l for l in self.labels))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Synthetic Vietnamese SIM-registration batch "
                                             "generator (indep18).")
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
    if a.rows < 1:
        ap.error("--rows must be positive")
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    g.write(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
