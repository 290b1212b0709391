#!/usr/bin/env python3
"""indep19_gen.py - independent synthetic Vietnamese SIM-registration population.

Writes DIR/batch.csv (registration batch) and DIR/labels.csv (ground truth) for
testing a SIM-registration anomaly auditor.  Python 3 standard library only.
Output is deterministic for (rows, seed, scenario).

  python3 tools/indep19_gen.py --rows N --seed S --scenario NAME --out DIR
  python3 tools/indep19_gen.py --list-scenarios
"""

import argparse
import bisect
import math
import os
import random
import sys
import unicodedata
from datetime import date

COLUMNS = ("carrier,msisdn,imsi,iccid,subscriber_type,id_type,id_number,full_name,"
           "date_of_birth,gender,nationality,province,registered_at,channel,agent_id,"
           "device_imei,selfie_hash,face_match,popdb_check,status,first_use_imei,"
           "active_days_30d,out_calls_30d,in_calls_30d,out_sms_30d,in_sms_30d,"
           "distinct_callees_30d,topup_vnd_30d,data_mb_30d").split(",")
LABEL_COLUMNS = ["carrier", "msisdn", "junk", "non_owner", "pattern"]

EPOCH_ORD = date(1970, 1, 1).toordinal()


def dnum(y, m, d):
    return date(y, m, d).toordinal() - EPOCH_ORD


DAY = 86400

# ---------------------------------------------------------------- provinces
# code, short name, population (millions, approx.), region
PROV = [
    ("001", "Hà Nội", 8.4, "RRD"), ("002", "Hà Giang", 0.9, "NMT"), ("004", "Cao Bằng", 0.54, "NMT"),
    ("006", "Bắc Kạn", 0.32, "NMT"), ("008", "Tuyên Quang", 0.8, "NMT"), ("010", "Lào Cai", 0.77, "NMT"),
    ("011", "Điện Biên", 0.64, "NMT"), ("012", "Lai Châu", 0.48, "NMT"), ("014", "Sơn La", 1.3, "NMT"),
    ("015", "Yên Bái", 0.84, "NMT"), ("017", "Hòa Bình", 0.87, "NMT"), ("019", "Thái Nguyên", 1.33, "NMT"),
    ("020", "Lạng Sơn", 0.8, "NMT"), ("022", "Quảng Ninh", 1.36, "RRD"), ("024", "Bắc Giang", 1.9, "NMT"),
    ("025", "Phú Thọ", 1.5, "NMT"), ("026", "Vĩnh Phúc", 1.2, "RRD"), ("027", "Bắc Ninh", 1.5, "RRD"),
    ("030", "Hải Dương", 1.95, "RRD"), ("031", "Hải Phòng", 2.1, "RRD"), ("033", "Hưng Yên", 1.3, "RRD"),
    ("034", "Thái Bình", 1.87, "RRD"), ("035", "Hà Nam", 0.88, "RRD"), ("036", "Nam Định", 1.88, "RRD"),
    ("037", "Ninh Bình", 1.0, "RRD"), ("038", "Thanh Hóa", 3.7, "NCC"), ("040", "Nghệ An", 3.4, "NCC"),
    ("042", "Hà Tĩnh", 1.3, "NCC"), ("044", "Quảng Bình", 0.9, "NCC"), ("045", "Quảng Trị", 0.65, "NCC"),
    ("046", "Thừa Thiên Huế", 1.15, "NCC"), ("048", "Đà Nẵng", 1.2, "SCC"), ("049", "Quảng Nam", 1.5, "SCC"),
    ("051", "Quảng Ngãi", 1.25, "SCC"), ("052", "Bình Định", 1.5, "SCC"), ("054", "Phú Yên", 0.88, "SCC"),
    ("056", "Khánh Hòa", 1.25, "SCC"), ("058", "Ninh Thuận", 0.6, "SCC"), ("060", "Bình Thuận", 1.25, "SCC"),
    ("062", "Kon Tum", 0.58, "CH"), ("064", "Gia Lai", 1.6, "CH"), ("066", "Đắk Lắk", 1.9, "CH"),
    ("067", "Đắk Nông", 0.67, "CH"), ("068", "Lâm Đồng", 1.33, "CH"), ("070", "Bình Phước", 1.03, "SE"),
    ("072", "Tây Ninh", 1.19, "SE"), ("074", "Bình Dương", 2.76, "SE"), ("075", "Đồng Nai", 3.3, "SE"),
    ("077", "Bà Rịa - Vũng Tàu", 1.2, "SE"), ("079", "TP Hồ Chí Minh", 9.4, "SE"), ("080", "Long An", 1.73, "MD"),
    ("082", "Tiền Giang", 1.79, "MD"), ("083", "Bến Tre", 1.3, "MD"), ("084", "Trà Vinh", 1.0, "MD"),
    ("086", "Vĩnh Long", 1.03, "MD"), ("087", "Đồng Tháp", 1.6, "MD"), ("089", "An Giang", 1.9, "MD"),
    ("091", "Kiên Giang", 1.75, "MD"), ("092", "Cần Thơ", 1.25, "MD"), ("093", "Hậu Giang", 0.73, "MD"),
    ("094", "Sóc Trăng", 1.2, "MD"), ("095", "Bạc Liêu", 0.92, "MD"), ("096", "Cà Mau", 1.2, "MD"),
]
PCODES = [p[0] for p in PROV]
PNAME = {p[0]: p[1] for p in PROV}
PREG = {p[0]: p[3] for p in PROV}
SOUTH = {"SE", "MD"}

# share of residents born elsewhere, for migration hubs
MIGRANT_SHARE = {"079": 0.36, "074": 0.52, "075": 0.32, "001": 0.26, "027": 0.30, "048": 0.22,
                 "031": 0.15, "077": 0.20, "026": 0.16, "024": 0.12, "092": 0.14, "056": 0.12,
                 "068": 0.15, "070": 0.18, "072": 0.10, "080": 0.14, "022": 0.12, "066": 0.14}
NORTH_HUBS = {"001", "027", "031", "026", "024", "022"}

# legacy 9-digit CMND issuing prefixes (by residence province at issue)
CMND_PREFIX = {
    "001": "01", "079": "02", "031": "03", "011": "04", "012": "04", "014": "05", "010": "06", "015": "06",
    "002": "07", "008": "07", "020": "08", "004": "08", "019": "09", "006": "09", "022": "10", "017": "11",
    "024": "12", "027": "12", "025": "13", "026": "13", "030": "14", "033": "14", "034": "15", "036": "16",
    "035": "16", "037": "16", "038": "17", "040": "18", "042": "18", "044": "19", "045": "19", "046": "19",
    "048": "20", "049": "20", "051": "21", "052": "21", "054": "22", "056": "22", "062": "23", "064": "23",
    "066": "24", "067": "24", "068": "25", "058": "26", "060": "26", "075": "27", "077": "27", "074": "280",
    "070": "285", "072": "29", "080": "30", "082": "31", "083": "32", "084": "33", "086": "33", "087": "34",
    "089": "35", "091": "37", "092": "36", "093": "36", "094": "36", "095": "38", "096": "38",
}

# residence code some carrier systems report after the 1 Jul 2025 merger (retained province)
MERGE_TO = {"002": "008", "015": "010", "006": "019", "026": "025", "017": "025", "024": "027",
            "034": "033", "030": "031", "035": "037", "036": "037", "044": "045", "049": "048",
            "062": "051", "052": "064", "058": "056", "067": "068", "060": "068", "054": "066",
            "077": "079", "074": "079", "070": "075", "080": "072", "094": "092", "093": "092",
            "083": "086", "084": "086", "082": "087", "095": "096", "091": "089"}

# ---------------------------------------------------------------- carriers
CARRIERS = {
    # code: (mnc, iccid length, msisdn prefixes with weights, market share)
    "VIETTEL": ("04", 20, [("86", 8), ("96", 11), ("97", 11), ("98", 11), ("32", 6), ("33", 7), ("34", 6),
                           ("35", 6), ("36", 6), ("37", 6), ("38", 6), ("39", 6)], 0.54),
    "VINAPHONE": ("02", 20, [("88", 8), ("91", 13), ("94", 12), ("83", 6), ("84", 6), ("85", 6),
                             ("81", 6), ("82", 6)], 0.225),
    "MOBIFONE": ("01", 19, [("89", 8), ("90", 13), ("93", 12), ("70", 6), ("79", 6), ("77", 6),
                            ("76", 6), ("78", 6)], 0.19),
    "VIETNAMOBILE": ("05", 19, [("92", 10), ("56", 6), ("58", 6), ("52", 2)], 0.022),
    "GMOBILE": ("07", 19, [("993", 1), ("994", 1), ("995", 1), ("996", 1), ("997", 1), ("59", 7)], 0.004),
    "ITEL": ("08", 20, [("87", 10), ("998", 0.3), ("999", 0.3)], 0.008),
    "REDDI": ("09", 19, [("55", 1)], 0.002),
    "WINTEL": ("09", 19, [("55", 1)], 0.003),
    "ASIM": ("02", 19, [("81", 1), ("82", 1)], 0.002),
    "DIGILIFE": ("01", 19, [("76", 1), ("78", 1)], 0.002),
    "LOCAL": ("01", 19, [("70", 1), ("77", 1)], 0.002),
}
CAR_ORDER = list(CARRIERS)

# per-carrier export habits (data quality)
#  ct: alt carrier spelling, ms: msisdn format weights (0..., 84..., +84...),
#  nm: name style weights (proper, UPPER, stripped, STRIPPED UPPER, NFD),
#  blanks: subscriber_type, nationality, province, gender, popdb, status; selfie/fm availability;
#  usage feed availability; hex upper; fm decimals; ts style weights (+07:00, millis, UTC)
STYLE = {
    "VIETTEL": dict(ct=("Viettel", 0.01), ms=(0.05, 0.93, 0.02), nm=(0.86, 0.08, 0.03, 0.03, 0.0),
                    bl=(0.55, 0.02, 0.03, 0.01, 0.02, 0.0), sf=0.99, fmp=0.99, use=0.995, hexu=False,
                    fmd=3, ts=(1.0, 0.0, 0.0)),
    "VINAPHONE": dict(ct=("VinaPhone", 0.03), ms=(0.9, 0.06, 0.04), nm=(0.70, 0.12, 0.06, 0.04, 0.08),
                      bl=(0.92, 0.5, 0.08, 0.02, 0.05, 0.1), sf=0.97, fmp=0.97, use=0.98, hexu=True,
                      fmd=4, ts=(0.9, 0.0, 0.1)),
    "MOBIFONE": dict(ct=("Mobifone", 0.05), ms=(0.1, 0.85, 0.05), nm=(0.35, 0.55, 0.03, 0.07, 0.0),
                     bl=(0.2, 0.1, 0.05, 0.05, 0.1, 0.3), sf=0.96, fmp=0.96, use=0.97, hexu=False,
                     fmd=3, ts=(0.6, 0.4, 0.0)),
    "VIETNAMOBILE": dict(ct=("Vietnamobile", 0.2), ms=(0.8, 0.15, 0.05), nm=(0.5, 0.1, 0.25, 0.15, 0.0),
                         bl=(0.9, 0.6, 0.15, 0.05, 0.2, 0.2), sf=0.7, fmp=0.7, use=0.85, hexu=False,
                         fmd=2, ts=(1.0, 0.0, 0.0)),
    "GMOBILE": dict(ct=("Gmobile", 0.2), ms=(1.0, 0.0, 0.0), nm=(0.4, 0.2, 0.2, 0.2, 0.0),
                    bl=(0.9, 0.7, 0.2, 0.1, 0.3, 0.3), sf=0.5, fmp=0.5, use=0.7, hexu=False,
                    fmd=2, ts=(1.0, 0.0, 0.0)),
    "ITEL": dict(ct=("iTel", 0.15), ms=(0.7, 0.3, 0.0), nm=(0.6, 0.2, 0.1, 0.1, 0.0),
                 bl=(0.8, 0.5, 0.1, 0.05, 0.2, 0.2), sf=0.85, fmp=0.85, use=0.6, hexu=False,
                 fmd=3, ts=(1.0, 0.0, 0.0)),
}
_MVNO_STYLE = dict(ct=None, ms=(0.6, 0.3, 0.1), nm=(0.3, 0.1, 0.35, 0.25, 0.0),
                   bl=(0.9, 0.7, 0.2, 0.1, 0.3, 0.3), sf=0.8, fmp=0.8, use=0.4, hexu=False,
                   fmd=2, ts=(0.7, 0.3, 0.0))
for _c, _alt in (("REDDI", "Reddi"), ("WINTEL", "Wintel"), ("ASIM", "Asim"), ("DIGILIFE", "Digilife"),
                 ("LOCAL", "Local")):
    _s = dict(_MVNO_STYLE)
    _s["ct"] = (_alt, 0.3)
    STYLE[_c] = _s

POINT_FMT = {
    "VIETTEL": ("VT{p}-DL{n:04d}", "VT{p}-CH{n:03d}", "VT{p}-LD{n:02d}"),
    "VINAPHONE": ("VNPT.{p}.DB{n:04d}", "VNPT.{p}.PBH{n:02d}", "VNPT.{p}.LD{n:02d}"),
    "MOBIFONE": ("MBF_{p}_D{n:05d}", "MBF_{p}_CH{n:03d}", "MBF_{p}_LD{n:03d}"),
    "VIETNAMOBILE": ("VNM{p}A{n:04d}", "VNM{p}S{n:02d}", "VNM{p}M{n:02d}"),
    "GMOBILE": ("GTEL-{p}-{n:04d}", "GTEL-{p}-S{n:02d}", "GTEL-{p}-M{n:02d}"),
    "ITEL": ("ITL{p}{n:05d}", "ITLS{p}{n:03d}", "ITLM{p}{n:03d}"),
}
for _c, _b in (("REDDI", "RDI"), ("WINTEL", "WTL"), ("ASIM", "ASM"), ("DIGILIFE", "DGL"), ("LOCAL", "LCL")):
    POINT_FMT[_c] = (_b + "-{p}-A{n:04d}", _b + "-{p}-S{n:02d}", _b + "-{p}-M{n:02d}")

# ---------------------------------------------------------------- names
SUR_COMMON = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Phan", 4.5), ("Đặng", 2.1),
              ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5),
              ("Đinh", 0.6), ("Trương", 0.6), ("Lâm", 0.4), ("Mai", 0.4), ("Tô", 0.3), ("Tạ", 0.3),
              ("Hà", 0.4), ("Cao", 0.4), ("Lương", 0.4), ("Đoàn", 0.5), ("Chu", 0.2), ("Thái", 0.2),
              ("Vương", 0.15), ("Quách", 0.1), ("Kiều", 0.1), ("Triệu", 0.15), ("La", 0.1),
              ("Tăng", 0.1), ("Lưu", 0.2), ("Trịnh", 0.4), ("Khúc", 0.05), ("Âu", 0.05), ("Văn", 0.08),
              ("Hoàng", 0.0), ("Huỳnh", 0.0), ("Vũ", 0.0), ("Võ", 0.0)]
SUR_N = SUR_COMMON + [("Hoàng", 5.0), ("Vũ", 3.9), ("Võ", 0.3), ("Huỳnh", 0.1)]
SUR_S = SUR_COMMON + [("Huỳnh", 5.0), ("Võ", 3.9), ("Hoàng", 0.6), ("Vũ", 0.4)]
MID_M = [("Đức", 8), ("Minh", 8), ("Quang", 6), ("Hữu", 5), ("Công", 5), ("Thành", 4), ("Xuân", 3),
         ("Ngọc", 3), ("Anh", 3), ("Hoàng", 4), ("Tuấn", 3), ("Trọng", 3), ("Đình", 4), ("Bá", 2),
         ("Duy", 3), ("Gia", 3), ("Bảo", 3), ("Nhật", 2), ("Thanh", 3), ("Hải", 2), ("Tiến", 2),
         ("Mạnh", 2), ("Thế", 2), ("Trung", 2), ("Quốc", 3), ("Tấn", 2), ("Phước", 1), ("Chí", 2)]
MID_F = [("Ngọc", 8), ("Thu", 5), ("Thanh", 5), ("Minh", 4), ("Kim", 4), ("Mỹ", 3), ("Phương", 4),
         ("Bảo", 3), ("Khánh", 3), ("Hồng", 4), ("Thùy", 4), ("Diệu", 2), ("Hoài", 2), ("Quỳnh", 2),
         ("Hải", 2), ("Tuyết", 1), ("Cẩm", 1), ("Bích", 2), ("Như", 2), ("Gia", 2), ("Mai", 2), ("Thúy", 2)]
GIV_M = ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn", "Thắng", "Phong", "Huy", "Khoa",
         "Đạt", "Quân", "Bảo", "Khang", "Phúc", "An", "Hiếu", "Trung", "Cường", "Tài", "Thịnh", "Vinh",
         "Lâm", "Tú", "Toàn", "Hưng", "Kiên", "Duy", "Hoàng", "Thành", "Tâm", "Nghĩa", "Lộc", "Phát",
         "Thái", "Quang", "Việt", "Hòa", "Bình", "Đông", "Hậu", "Khải", "Lực", "Mạnh", "Nhân", "Quý",
         "Sang", "Tín", "Trí", "Tùng", "Vũ", "Đức", "Hiển", "Hào", "Khôi", "Kiệt", "Nguyên", "Phước",
         "Thiện", "Tiến", "Thuận", "Vĩnh", "Chiến", "Công", "Danh", "Giang", "Lợi", "Luân", "Thạch",
         "Tân", "Thông", "Hiệp", "Linh", "Khánh", "Dương", "Định", "Hưởng", "Thăng"]
GIV_F = ["Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Hằng", "Thảo", "Ngọc", "Anh", "Huyền", "Nhung",
         "Yến", "Vy", "Nhi", "Hà", "Thủy", "Hạnh", "Phương", "Dung", "Loan", "Oanh", "Trinh", "Giang",
         "Chi", "Hân", "Ngân", "Quỳnh", "My", "Tâm", "Thư", "Uyên", "Vân", "Xuân", "Liên", "Nga",
         "Nguyệt", "Phượng", "Thắm", "Thoa", "Thúy", "Tiên", "Trâm", "Tuyết", "Diễm", "Diệp", "Hồng",
         "Hiền", "Huệ", "Kim", "Lệ", "Lụa", "Ly", "Mơ", "Nhàn", "Như", "Sương", "Thanh", "Thơ", "Vi",
         "Ánh", "Bích", "Châu", "Duyên", "Khánh", "Na", "Hậu", "Ngà", "Đào", "Thu"]
MINORITY = {  # birth province: (share, group)
    "002": (0.85, "hmong"), "004": (0.9, "tay"), "006": (0.85, "tay"), "008": (0.5, "tay"),
    "010": (0.6, "hmong"), "011": (0.8, "thai"), "012": (0.8, "hmong"), "014": (0.8, "thai"),
    "015": (0.45, "dao"), "017": (0.7, "muong"), "020": (0.8, "tay"), "019": (0.25, "tay"),
    "024": (0.1, "tay"), "062": (0.5, "highland"), "064": (0.4, "highland"), "066": (0.3, "highland"),
    "067": (0.3, "highland"), "068": (0.2, "highland"), "094": (0.3, "khmer"), "084": (0.3, "khmer"),
    "091": (0.12, "khmer"), "089": (0.05, "khmer"), "095": (0.08, "khmer"), "058": (0.12, "cham"),
}
MIN_NAMES = {
    "hmong": (["Giàng", "Sùng", "Vàng", "Lý", "Thào", "Mua", "Hờ", "Lầu", "Chang", "Hạng"],
              ["A", "Seo", "Văn", "Mí"], ["Thị"],
              ["Páo", "Sử", "Chứ", "Dìn", "Sểnh", "Tủa", "Chông", "Lềnh", "Dế", "Pó", "Chúa", "Của"],
              ["Mỷ", "Dợ", "Mỉ", "Dua", "Xúa", "Sủ", "Pà", "Say", "Chư", "Dung"]),
    "thai": (["Lò", "Lường", "Cầm", "Quàng", "Tòng", "Lù", "Vì", "Điêu", "Hà"],
             ["Văn"], ["Thị"],
             ["Pản", "Chiến", "Hải", "Xôm", "Phóng", "Ún", "Bun", "Panh", "Khằm", "Ơn", "Hom", "Pấng"],
             ["Ỏn", "Ngoan", "Thoan", "Lả", "Bình", "Xiêng", "Ngân", "Hương", "Ọi", "Pọm"]),
    "tay": (["Nông", "Hoàng", "Lục", "Ma", "Lưu", "Lăng", "Bế", "Đàm", "Hứa", "Triệu", "Lương", "Chu"],
            ["Văn", "Đức"], ["Thị"],
            ["Dền", "Páo", "Thìn", "Pò", "Sầm", "Vằn", "Cậy", "Slao", "Phùn", "Tiến", "Quân", "Thắng"],
            ["Lả", "Phấn", "Slay", "Mây", "Nhung", "Dinh", "Hoa", "Lan", "Thu", "Hiền"]),
    "dao": (["Triệu", "Bàn", "Đặng", "Lý", "Chảo"], ["Văn", "Láo", "Tòn"], ["Thị"],
            ["San", "Dình", "Phú", "Sinh", "Vần", "Chòi", "Quẩy", "Kiều"],
            ["Mẩy", "Dung", "Chòi", "Nái", "Lìn", "Sành"]),
    "muong": (["Bùi", "Đinh", "Quách", "Hà", "Xa"], ["Văn", "Công"], ["Thị"],
              ["Khiêm", "Lường", "Thức", "Nhất", "Chiến", "Dũng", "Tới", "Hoàn"],
              ["Lường", "Mến", "Nga", "Oanh", "Hiền", "Tươi"]),
    "highland": (["Ksor", "Rơ Mah", "Siu", "Nay", "Rơ Châm", "Kpă", "Niê", "Êban", "Y"],
                 ["Y", ""], ["H'", ""],
                 ["Khim", "Blim", "Thuê", "Lin", "Rin", "Bơn", "Kưn", "Doan", "Djuê", "Nhất", "Wưn"],
                 ["Hen", "Lin", "Mai", "Bleo", "Hyin", "Ngăm", "Thoa", "Juê", "Nguyên", "Ly"]),
    "khmer": (["Thạch", "Sơn", "Kim", "Lâm", "Danh", "Châu", "Trương", "Lý"], ["", "Văn"], ["Thị"],
              ["Sok Kha", "Sô Phal", "Sa Vết", "Phol", "Sang", "Đa Ra", "Sóc", "Chanh Đa", "Thươl"],
              ["Sa Rươne", "Sóc Khe", "Sa Ry", "Ra Ni", "Sa Phia", "Sóc Ly", "Chanh Thy", "Ry Na"]),
    "cham": (["Đàng", "Quảng", "Thiên", "Lưu", "Châu", "Báo", "Từ"], ["Văn", "Năng", "Đại"], ["Thị"],
             ["Thọ", "Tuyên", "Sanh", "Phú", "Hào", "Chân"], ["Hường", "Thảo", "Mỹ", "Nhân", "Sen"]),
}

FOREIGN = {  # nationality: (weight, surnames, male given names, female given names); names as in the MRZ
    "KR": (24, ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
           ["MIN JUN", "JI HOON", "HYUN WOO", "DONG HYUN", "SUNG MIN"], ["SEO YEON", "JI WOO", "SOO AH", "YU NA"], True),
    "CN": (22, ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
           ["WEI", "LEI", "QIANG", "JUN", "HAO", "JIAN"], ["FANG", "NA", "MIN", "JING", "YAN", "XIU YING"], True),
    "TW": (6, ["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU", "LIU"],
           ["CHIA HAO", "CHIH WEI", "CHUN HUNG"], ["YU TING", "SHU FEN", "YA WEN"], True),
    "JP": (7, ["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO"],
           ["HIROSHI", "KENJI", "TAKUYA", "SHO"], ["YUKI", "AYAKA", "HARUKA", "MISAKI"], True),
    "US": (8, ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "NGUYEN", "TRAN", "GARCIA", "MILLER"],
           ["JOHN", "MICHAEL", "DAVID", "KEVIN", "PETER"], ["EMILY", "SARAH", "JESSICA", "LINDA"], False),
    "AU": (4, ["SMITH", "JONES", "WILLIAMS", "TAYLOR", "NGUYEN", "WILSON"],
           ["JACK", "LIAM", "NOAH"], ["OLIVIA", "CHLOE", "MIA"], False),
    "RU": (4, ["IVANOV", "SMIRNOV", "KUZNETSOV", "PETROV"], ["ALEKSANDR", "DMITRII", "SERGEI"],
           ["ANNA", "OLGA", "IRINA"], False),
    "IN": (3, ["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA"], ["RAHUL", "AMIT", "ARJUN"], ["PRIYA", "NEHA"], False),
    "TH": (3, ["SRISAI", "CHAIYA", "SUKSAWAT", "WONGSA"], ["SOMCHAI", "ANAN"], ["NATTAYA", "KANYA"], False),
    "FR": (3, ["MARTIN", "BERNARD", "DUBOIS", "NGUYEN", "LEROY"], ["PIERRE", "LUCAS"], ["CAMILLE", "MARIE"], False),
    "DE": (3, ["MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER"], ["LUKAS", "FELIX"], ["ANNA", "LENA"], False),
    "GB": (3, ["SMITH", "JONES", "TAYLOR", "BROWN", "DAVIES"], ["OLIVER", "HARRY"], ["AMELIA", "ISLA"], False),
    "MY": (2, ["TAN", "LIM", "WONG"], ["AHMAD", "KAH WAI"], ["MEI LING", "FARAH"], False),
    "PH": (2, ["SANTOS", "REYES", "CRUZ", "BAUTISTA"], ["JOSE", "MARK"], ["MARIA", "ANGELICA"], False),
}

ORG_TYPES = ["CÔNG TY TNHH", "CÔNG TY CỔ PHẦN", "Công ty TNHH MTV", "CÔNG TY TNHH MTV", "Công ty Cổ phần",
             "DOANH NGHIỆP TƯ NHÂN", "HỢP TÁC XÃ", "CHI NHÁNH CÔNG TY TNHH"]
ORG_FIELDS = ["THƯƠNG MẠI DỊCH VỤ", "XÂY DỰNG", "VẬN TẢI", "LOGISTICS", "CÔNG NGHỆ", "ĐẦU TƯ",
              "SẢN XUẤT", "DỊCH VỤ BẢO VỆ", "XUẤT NHẬP KHẨU", "DƯỢC PHẨM", "THỰC PHẨM", "MAY MẶC",
              "GIAO NHẬN", "BẤT ĐỘNG SẢN", "DU LỊCH", "ĐIỆN TỬ", "NÔNG NGHIỆP"]
ORG_WORDS = ["Hoàng Phát", "Minh Long", "An Phú", "Thành Công", "Việt Tiến", "Sao Mai", "Đại Dương",
             "Phương Nam", "Trường Hải", "Hưng Thịnh", "Tân Thành", "Bình Minh", "Kim Long", "Hòa Bình",
             "Phú Gia", "Nam Việt", "Thiên Long", "Đông Á", "Hải Âu", "Tiến Phát", "Vạn Lợi", "Gia Huy",
             "Ánh Dương", "Quốc Bảo", "Trung Nguyên", "Song Hành", "Lộc Phát", "Hồng Hà", "Sông Đà",
             "Mekong", "Sài Gòn Xanh", "Hà Thành", "Cửu Long", "Tây Bắc", "Đất Việt", "Á Châu"]

STRIP = {}
for _cp in range(0x00C0, 0x1F00):
    _ch = chr(_cp)
    _dec = unicodedata.normalize("NFD", _ch)
    if len(_dec) > 1 and "A" <= _dec[0] <= "z" and _dec[0].isalpha():
        STRIP[_cp] = _dec[0]
STRIP[ord("đ")] = "d"
STRIP[ord("Đ")] = "D"

LUHN_D = {str(i): (2 * i if i < 5 else 2 * i - 9) for i in range(10)}
LUHN_S = {str(i): i for i in range(10)}


def luhn(body):
    rev = body[::-1]
    t = sum(map(LUHN_D.__getitem__, rev[0::2])) + sum(map(LUHN_S.__getitem__, rev[1::2]))
    return chr(48 + (-t) % 10)


def luhn_ok(s):
    return luhn(s[:-1]) == s[-1]


TET = {2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
       2025: (1, 29), 2026: (2, 17), 2027: (2, 6)}

EMPTY8 = [""] * 8
CH_STORE, CH_AGENT, CH_APP, CH_ONLINE = "STORE", "AGENT", "EKYC_APP", "ONLINE"

# ---------------------------------------------------------------- scenarios
DEFAULT_LEGIT = dict(single=62, multi=6.5, heavy=0.8, family=2.2, couple=1.5, teen=2.0, elderly=4.0,
                     factory=0.05, org_bulk=0.08, org_iot=0.02, tourist=0.09, expat=0.6, typo=1.6,
                     cmnd_overlap=0.02, twins=0.25, doc_update=1.2, transfer=0.6, recycled=0.8,
                     vanity_buyer=0.3, mobile_point=0.06, student=0.05, poor_selfie=1.0, namesake=0.15,
                     standardised=0.05, staff_own=0.05, viet_kieu=0.3)

SCENARIOS = {
    "national_default": dict(
        desc="national mix, all carriers, Apr 2025 - Mar 2026",
        start=(2025, 4, 1), end=(2026, 3, 31), export=(2026, 4, 12), care=0.4,
        fraud=dict(fab_preact=0.012, leaked_preact=0.008, ring=0.006, dealer_extra=0.012, farm_bought=0.010,
                   otp_farm=0.006, agent_own=0.004, fab_passport=0.0015, id_rental=0.006,
                   vanity_resale=0.001, child_on_parent=0.008, for_relative=0.005, staff_on_owner=0.003)),
    "stealth_ring": dict(
        desc="sparse, careful identity-theft and identity-rental rings",
        start=(2025, 6, 1), end=(2026, 3, 31), export=(2026, 4, 12), care=1.0,
        fraud=dict(ring=0.004, id_rental=0.003, leaked_preact=0.0015, dealer_extra=0.001,
                   child_on_parent=0.006, for_relative=0.004, staff_on_owner=0.002)),
    "stealth_dealer": dict(
        desc="sparse, careful dealer fraud hidden in busy shops",
        start=(2025, 4, 1), end=(2026, 3, 31), export=(2026, 4, 12), care=1.0,
        legit=dict(factory=0.2, mobile_point=0.1, student=0.08),
        fraud=dict(dealer_extra=0.006, fab_preact=0.0015, agent_own=0.001, farm_bought=0.002,
                   leaked_preact=0.001, child_on_parent=0.006, for_relative=0.004, staff_on_owner=0.002)),
    "urban_confounders": dict(
        desc="big-city batch rich in legitimate look-alikes, modest fraud",
        start=(2025, 1, 1), end=(2025, 12, 31), export=(2026, 1, 15), care=0.5,
        prov_boost={"079": 3.0, "001": 3.0, "074": 2.5, "075": 2.0, "027": 2.0, "048": 2.0, "031": 1.5},
        legit=dict(family=3.5, couple=2.5, factory=0.35, org_bulk=0.3, org_iot=0.12, tourist=0.3, expat=1.5,
                   typo=2.5, twins=0.4, transfer=1.0, recycled=1.2, student=0.15, namesake=0.3, heavy=1.5,
                   multi=12, viet_kieu=0.6, staff_own=0.12),
        fraud=dict(fab_preact=0.004, dealer_extra=0.005, ring=0.003, id_rental=0.003, otp_farm=0.002,
                   child_on_parent=0.008, for_relative=0.004, staff_on_owner=0.004)),
    "simfarm_wave": dict(
        desc="SIM-box / OTP-farm campaign on bought and rented identities",
        start=(2025, 7, 1), end=(2026, 2, 28), export=(2026, 3, 20), care=0.3,
        prov_boost={"079": 1.8, "074": 1.5, "001": 1.3, "092": 1.3},
        fraud=dict(farm_bought=0.04, otp_farm=0.03, id_rental=0.02, fab_preact=0.01, ring=0.005,
                   agent_own=0.005, dealer_extra=0.004, child_on_parent=0.006, for_relative=0.004)),
    "legacy_preactivation": dict(
        desc="2021-2023 backfile: CMND era, pre-activated stock, 2023 clean-up",
        start=(2021, 6, 1), end=(2023, 4, 30), export=(2023, 7, 15), care=0.2, legacy=True, bom=True,
        legit=dict(standardised=1.5, doc_update=2.5, elderly=5.0, recycled=1.2, cmnd_overlap=0.08),
        fraud=dict(fab_preact=0.05, leaked_preact=0.025, agent_own=0.012, dealer_extra=0.012,
                   farm_bought=0.008, fab_passport=0.003, ring=0.004, child_on_parent=0.01,
                   for_relative=0.006, staff_on_owner=0.005)),
    "rural_north": dict(
        desc="northern mountain and delta provinces, small dealers, mobile sales points",
        start=(2025, 1, 1), end=(2025, 12, 31), export=(2026, 1, 20), care=0.4,
        region_boost={"NMT": 6.0, "RRD": 1.0, "NCC": 0.6, "SCC": 0.15, "CH": 0.15, "SE": 0.12, "MD": 0.1},
        legit=dict(mobile_point=0.5, elderly=7.0, tourist=0.03, expat=0.15, org_bulk=0.06, factory=0.2),
        fraud=dict(fab_preact=0.008, farm_bought=0.012, dealer_extra=0.012, leaked_preact=0.004,
                   fab_passport=0.003, agent_own=0.003, child_on_parent=0.008, for_relative=0.008)),
    "clean_baseline": dict(
        desc="no fraud at all: every subscription is legitimate",
        start=(2025, 4, 1), end=(2026, 3, 31), export=(2026, 4, 12), care=0.5,
        legit=dict(family=3.0, org_bulk=0.2, factory=0.2, typo=2.0, multi=10),
        fraud={}),
}

FRAUD_LABEL = {  # key: (junk, non_owner)
    "fab_preact": (1, 0), "leaked_preact": (1, 1), "ring": (1, 1), "dealer_extra": (1, 1),
    "farm_bought": (1, 1), "otp_farm": (1, 1), "agent_own": (1, 1), "fab_passport": (1, 0),
    "id_rental": (1, 1), "vanity_resale": (1, 1), "child_on_parent": (0, 1), "for_relative": (0, 1),
    "staff_on_owner": (0, 1),
}


class W(object):
    __slots__ = ("items", "cum", "tot")

    def __init__(self, pairs):
        self.items, self.cum, t = [], [], 0.0
        for it, w in pairs:
            if w > 0:
                t += w
                self.items.append(it)
                self.cum.append(t)
        self.tot = t

    def pick(self, r):
        i = bisect.bisect_right(self.cum, r.random() * self.tot)
        return self.items[i if i < len(self.items) else -1]


class P(object):
    """A natural person."""
    __slots__ = ("idt", "idn", "cccd", "name", "dob", "g", "nat", "bprov", "rprov", "cur", "face",
                 "phone", "age", "byear", "cc", "sur")


class Pt(object):
    """A point of sale: carrier store, authorised dealer or carrier mobile sales point."""
    __slots__ = ("code", "car", "prov", "kind", "devs", "stk")


# ---------------------------------------------------------------- generator
class Gen(object):
    def __init__(self, rows, seed, scen):
        self.r = random.Random("indep19|%d|%s|%s" % (rows, seed, scen))
        self.N = rows
        self.scen = scen
        S = SCENARIOS[scen]
        self.S = S
        self.care_p = S["care"]
        self.legacy = S.get("legacy", False)
        self.d0 = dnum(*S["start"])
        self.d1 = dnum(*S["end"])
        self.start_L = self.d0 * DAY
        self.end_L = self.d1 * DAY + DAY - 1
        self.export_L = dnum(*S["export"]) * DAY + 6 * 3600
        self.ucut = self.export_L - 30 * DAY
        self.POPDB_L = dnum(2022, 8, 1) * DAY
        self.SELFIE_L = dnum(2021, 6, 1) * DAY
        self.MERGE_L = dnum(2025, 7, 1) * DAY
        self._dc = {}
        self.subs = []
        self.nrows = 0
        self.used_n = set()
        self.used_id = set()
        self.used_imei = set()
        self.pool = []
        self._pts = {}
        self._central = {}
        self._couriers = {}
        self._agent_people = {}
        r = self.r
        # carriers
        cw = []
        for c in CAR_ORDER:
            w = CARRIERS[c][3]
            if self.legacy and c == "WINTEL":
                w = 0.0
            if self.legacy and c == "REDDI":
                w = 0.004
            if self.legacy and c == "DIGILIFE":
                w = 0.0005
            cw.append((c, w))
        self.car_w = W(cw)
        self.car_share = dict(cw)
        tot = sum(w for _, w in cw)
        for c in self.car_share:
            self.car_share[c] /= tot
        fw = {"VIETTEL": 0.40, "VINAPHONE": 0.21, "MOBIFONE": 0.2, "VIETNAMOBILE": 0.1, "ITEL": 0.035,
              "GMOBILE": 0.02, "WINTEL": 0.01, "REDDI": 0.008, "LOCAL": 0.006, "ASIM": 0.006, "DIGILIFE": 0.005}
        self.fcar_w = W([(c, fw[c] * (1 if self.car_share[c] > 0 else 0)) for c in CAR_ORDER])
        self.pref_w = {c: W(CARRIERS[c][2]) for c in CAR_ORDER}
        # provinces
        pb = S.get("prov_boost", {})
        rb = S.get("region_boost", {})
        pw = [(c, pop * pb.get(c, 1.0) * rb.get(reg, 1.0)) for c, _n, pop, reg in PROV]
        self.prov_w = W(pw)
        tot = sum(w for _, w in pw)
        self.prov_share = {c: w / tot for c, w in pw}
        self.prov_nat = W([(c, pop) for c, _n, pop, _r in PROV])
        self.src_south = W([(c, pop * {"MD": 3.0, "NCC": 1.8, "SCC": 1.6, "CH": 0.9, "RRD": 0.6, "NMT": 0.4,
                                       "SE": 0.5}[reg]) for c, _n, pop, reg in PROV])
        self.src_north = W([(c, pop * {"RRD": 2.0, "NCC": 1.6, "NMT": 1.5, "SCC": 0.2, "CH": 0.1, "SE": 0.05,
                                       "MD": 0.05}[reg]) for c, _n, pop, reg in PROV])
        self.fraud_prov = W([(c, w * (2.2 if c in ("079", "001", "074", "075", "048", "092") else 1.0))
                             for c, w in pw])
        self.age_w = W([((14, 17), 4), ((18, 24), 20), ((25, 34), 26), ((35, 44), 20), ((45, 54), 13),
                        ((55, 64), 10), ((65, 79), 6), ((80, 92), 1)])
        # names
        self.sur_n = W(SUR_N)
        self.sur_s = W(SUR_S)
        self.mid_m = W(MID_M)
        self.mid_f = W(MID_F)
        self.for_w = W([(k, v[0]) for k, v in FOREIGN.items()])
        # channels
        if self.legacy:
            base = {CH_AGENT: 0.62, CH_STORE: 0.28, CH_APP: 0.07, CH_ONLINE: 0.03}
        else:
            base = {CH_AGENT: 0.44, CH_STORE: 0.24, CH_APP: 0.26, CH_ONLINE: 0.06}
        self.ch_young = W([(k, v * {CH_APP: 1.5, CH_ONLINE: 1.4}.get(k, 1.0)) for k, v in base.items()])
        self.ch_mid = W(list(base.items()))
        self.ch_old = W([(k, v * {CH_APP: 0.2, CH_ONLINE: 0.3}.get(k, 1.0)) for k, v in base.items()])
        # device type allocation codes (TAC) - popularity skewed
        self.tac = {}
        for kind, n, pre in (("smart", 320, ("35", "86", "35", "35")), ("feature", 40, ("35", "86", "01")),
                             ("tablet", 24, ("35", "86")), ("router", 18, ("86",)), ("iot", 14, ("86", "35")),
                             ("gateway", 6, ("86",)), ("foreign", 120, ("35", "35", "86", "01"))):
            lst = []
            for i in range(n):
                t = r.choice(pre) + "%06d" % r.randrange(1000000)
                lst.append((t, 1.0 / (i + 1) ** 0.85))
            self.tac[kind] = W(lst)
        # calendar
        shop, app = [], []
        tets = []
        for y, (m, d) in TET.items():
            tets.append(dnum(y, m, d))
        for dd in range(self.d0, self.d1 + 1):
            wd = (dd + 3) % 7  # 0 = Monday
            ws = [0.9, 0.9, 0.92, 0.95, 1.0, 1.3, 1.25][wd]
            wa = [1.0, 0.98, 0.98, 1.0, 1.02, 1.08, 1.1][wd]
            for t in tets:
                k = dd - t
                if -4 <= k <= 4:
                    ws *= 0.15
                    wa *= 0.45
                elif 6 <= k <= 35:
                    ws *= 1.25
            ds = self.dstr(dd)
            if ds[5:7] in ("08", "09"):
                ws *= 1.08
            shop.append((dd, ws))
            app.append((dd, wa))
        self.day_shop = W(shop)
        self.day_app = W(app)
        self.post_tet = [dd for dd in range(self.d0, self.d1 + 1) if any(6 <= dd - t <= 30 for t in tets)]
        self.school = [dd for dd in range(self.d0, self.d1 + 1) if self.dstr(dd)[5:7] in ("08", "09")]
        H = {
            "store": [0, 0, 0, 0, 0, 0, 0, 0.3, 3, 5, 5, 4, 3, 2.5, 3.5, 4.5, 5, 5, 4.5, 3.5, 2.2, 0.6, 0, 0],
            "agent": [0.05, 0.02, 0.01, 0.01, 0.01, 0.05, 0.4, 1.5, 3.5, 4.5, 4.5, 4, 3, 3, 3.8, 4.5, 4.8, 5,
                      4.8, 4.2, 3.2, 2, 0.8, 0.2],
            "app": [1.2, 0.6, 0.35, 0.25, 0.25, 0.4, 1, 2, 3, 3.5, 3.6, 3.6, 3.5, 3.3, 3.3, 3.5, 3.6, 3.8, 4,
                    4.6, 5.2, 5.2, 4.2, 2.4],
            "deliver": [0, 0, 0, 0, 0, 0, 0, 0.5, 3, 4, 4, 3.5, 2, 2, 3.5, 4, 4, 3.5, 2.5, 1.5, 0.6, 0.1, 0, 0],
            "night": [5, 5, 4.5, 4, 3, 1.5, 0.5, 0.2, 0.1, 0.1, 0.1, 0.2, 0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.3,
                      0.5, 1, 2, 3.5, 4.5],
        }
        self.hours = {k: W(list(enumerate(v))) for k, v in H.items()}
        self.ch_hours = {CH_STORE: "store", CH_AGENT: "agent", CH_APP: "app", CH_ONLINE: "deliver"}
        # legit unit weights
        lw = dict(DEFAULT_LEGIT)
        lw.update(S.get("legit", {}))
        if not self.legacy:
            lw["standardised"] = lw.get("standardised", 0) * 0.3
        self.legit_w = W(list(lw.items()))

    # ------------------------------------------------------------ basics
    def dstr(self, d):
        s = self._dc.get(d)
        if s is None:
            s = date.fromordinal(d + EPOCH_ORD).isoformat()
            self._dc[d] = s
        return s

    def year(self, L):
        return int(self.dstr(L // DAY)[:4])

    def fts(self, L, style):
        if style == 2:
            L -= 25200
        d, s = divmod(L, DAY)
        b = "%sT%02d:%02d:%02d" % (self.dstr(d), s // 3600, s // 60 % 60, s % 60)
        if style == 0:
            return b + "+07:00"
        if style == 1:
            return b + ".%03d+07:00" % self.r.randrange(1000)
        return b + "+00:00"

    def t(self, prof="agent", day=None):
        r = self.r
        if day is None:
            day = (self.day_app if prof == "app" else self.day_shop).pick(r)
        return day * DAY + self.hours[prof].pick(r) * 3600 + r.randrange(3600)

    def tch(self, ch):
        return self.t(self.ch_hours[ch])

    def clampL(self, L):
        if L > self.export_L - 3600:
            return self.export_L - 3600 - self.r.randrange(86400)
        return L

    def care(self):
        return self.r.random() < self.care_p

    def hexface(self, face, flips=None):
        r = self.r
        if flips is None:
            x = r.random()
            flips = 0 if x < 0.12 else 1 if x < 0.4 else 2 if x < 0.68 else 3 if x < 0.88 else 4
        for _ in range(flips):
            face ^= 1 << r.randrange(64)
        return "%016x" % face

    def imei(self, kind="smart", tac=None):
        r = self.r
        if tac is None:
            tac = self.tac[kind].pick(r)
        while True:
            body = tac + "%06d" % r.randrange(1000000)
            k = int(body)
            if k not in self.used_imei:
                self.used_imei.add(k)
                return body + luhn(body)

    def imei_seq(self, kind, n):
        r = self.r
        tac = self.tac[kind].pick(r)
        base = r.randrange(1000000 - n - 1)
        out = []
        for i in range(n):
            body = tac + "%06d" % (base + i)
            self.used_imei.add(int(body))
            out.append(body + luhn(body))
        return out

    def phone(self, p):
        if p.phone is None:
            if p.nat != "VN":
                p.phone = self.imei("foreign")
            else:
                p.phone = self.imei("feature" if (p.age >= 62 and self.r.random() < 0.5) or
                                    (p.age < 13 and self.r.random() < 0.4) else "smart")
        return p.phone

    # ------------------------------------------------------------ numbers
    def alloc(self, car, port=True):
        r = self.r
        pc = car
        if port and r.random() < 0.035:
            pc = self.car_w.pick(r)
        pre = self.pref_w[pc].pick(r)
        k = 9 - len(pre)
        lim = 10 ** k
        base = int(pre) * lim
        while True:
            n = base + r.randrange(lim)
            if n not in self.used_n:
                self.used_n.add(n)
                return n

    def alloc_block(self, car, cnt):
        r = self.r
        pre = self.pref_w[car].pick(r)
        k = 9 - len(pre)
        lim = 10 ** k
        n = int(pre) * lim + r.randrange(lim - cnt * 2 - 10)
        out = []
        while len(out) < cnt:
            if n not in self.used_n:
                self.used_n.add(n)
                out.append(n)
            n += 1
        return out

    def alloc_vanity(self, car):
        r = self.r
        pre = self.pref_w[car].pick(r)
        a, b = r.sample("0123456789", 2)
        ends = ["6868", "8686", "8888", "6666", "9999", "1368", "3979", "7979", "3939", "6789", "5678",
                a * 4, a + b + a + b, a * 3 + b, "0" + a + "0" + a, b + a * 3, "1102", "2468", "8386"]
        while True:
            end = r.choice(ends)
            k = 9 - len(pre) - len(end)
            mid = "%0*d" % (k, r.randrange(10 ** k)) if k > 0 else ""
            if r.random() < 0.3 and k >= 2:
                mid = mid[:-2] + end[:2]
            n = int(pre + mid + end)
            if n not in self.used_n:
                self.used_n.add(n)
                return n

    def stock(self, car):
        mnc = CARRIERS[car][0]
        if car == "ITEL" and self.r.random() < 0.25:
            mnc = "02"
        return [0, 0, 0, car, mnc]

    def central(self, car):
        lst = self._central.get(car)
        if lst is None:
            lst = [self.stock(car) for _ in range(8)]
            self._central[car] = lst
        return self.r.choice(lst)

    def sim(self, st):
        r = self.r
        car = st[3]
        ilen = CARRIERS[car][1]
        sl = ilen - 7
        if st[1] <= 0:
            st[0] = r.randrange(10 ** (sl - 1), 10 ** sl - 2000)
            st[1] = r.randint(60, 500)
            st[2] = r.randrange(10 ** 9, 10 ** 10 - 2000)
        if r.random() < 0.03:
            k = r.randint(1, 3)
            st[0] += k
            st[2] += k
        body = "8984" + st[4] + str(st[0])
        iccid = body + luhn(body)
        imsi = "452" + st[4] + str(st[2])
        st[0] += 1
        st[2] += 1
        st[1] -= 1
        return iccid, imsi

    def dedicated_stock(self, car, n):
        st = self.stock(car)
        self.sim(st)  # initialise a fresh box
        st[1] = n + 5
        return st

    # ------------------------------------------------------------ points of sale
    def points(self, car, prov, kind):
        key = (car, prov, kind)
        v = self._pts.get(key)
        if v is not None:
            return v
        r = self.r
        exp = self.N * self.car_share[car] * self.prov_share.get(prov, 0.01)
        if kind == "agent":
            n = max(1, min(600, int(exp * 0.45 / 90) + 1))
        elif kind == "store":
            n = max(1, min(15, int(exp * 0.25 / 700) + 1))
        else:
            n = r.randint(1, 3)
        lst, ws = [], []
        fmt = POINT_FMT[car][{"agent": 0, "store": 1, "mobile": 2}[kind]]
        used = set()
        for i in range(n):
            pt = Pt()
            num = r.randint(1, 9999 if kind == "agent" else 99)
            while num in used:
                num = r.randint(1, 9999 if kind == "agent" else 99)
            used.add(num)
            pt.code = fmt.format(p=prov, n=num)
            pt.car = car
            pt.prov = prov
            pt.kind = kind
            if kind == "store":
                pt.devs = [self.imei("tablet") for _ in range(r.randint(2, 5))]
                w = r.uniform(0.5, 1.5)
            elif kind == "mobile":
                pt.devs = [self.imei("tablet") for _ in range(r.randint(1, 2))]
                w = 1.0
            else:
                pt.devs = [self.imei("smart" if r.random() < 0.6 else "tablet")
                           for _ in range(1 if r.random() < 0.7 else r.randint(2, 3))]
                w = r.paretovariate(1.16)
            pt.stk = self.stock(car)
            lst.append(pt)
            ws.append(w)
        v = W(list(zip(lst, ws)))
        self._pts[key] = v
        return v

    def point(self, car, prov, kind):
        return self.points(car, prov, kind).pick(self.r)

    def courier(self, prov):
        lst = self._couriers.get(prov)
        if lst is None:
            lst = [self.imei("smart") for _ in range(self.r.randint(2, 6))]
            self._couriers[prov] = lst
        return self.r.choice(lst)

    # ------------------------------------------------------------ people
    def birth_prov(self, cur):
        r = self.r
        if r.random() < MIGRANT_SHARE.get(cur, 0.06):
            src = self.src_north if (cur in NORTH_HUBS or PREG[cur] in ("RRD", "NMT", "NCC")) else self.src_south
            b = src.pick(r)
            if b != cur:
                return b
        return cur

    def vn_name(self, g, byear, bprov):
        r = self.r
        m = MINORITY.get(bprov)
        if m is not None and r.random() < m[0]:
            surs, mm, mf, gm, gf = MIN_NAMES[m[1]]
            s = r.choice(surs)
            mid = r.choice(mm) if g == "M" else r.choice(mf)
            giv = r.choice(gm) if g == "M" else r.choice(gf)
            if m[1] == "highland" and g == "F" and mid == "H'":
                return ("%s H'%s" % (s, giv)) if r.random() < 0.6 else ("H'%s %s" % (giv, s))
            return " ".join(x for x in (s, mid, giv) if x)
        south = PREG[bprov] in SOUTH or (PREG[bprov] == "SCC" and bprov >= "054")
        s = (self.sur_s if south else self.sur_n).pick(r)
        return s + " " + self.given(g, byear)

    def given(self, g, byear):
        r = self.r
        if g == "M":
            pv = 0.6 if byear < 1975 else 0.4 if byear < 1990 else 0.22 if byear < 2000 else 0.1
            mid = "Văn" if r.random() < pv else self.mid_m.pick(r)
            giv = r.choice(GIV_M)
        else:
            pv = 0.75 if byear < 1975 else 0.5 if byear < 1990 else 0.25 if byear < 2000 else 0.1
            mid = "Thị" if r.random() < pv else self.mid_f.pick(r)
            giv = r.choice(GIV_F)
        if byear >= 1988 and r.random() < 0.13:
            mid = mid + " " + (self.mid_m.pick(r) if g == "M" else self.mid_f.pick(r))
        if mid.endswith(giv):
            giv = r.choice(GIV_M if g == "M" else GIV_F)
        return mid + " " + giv

    def dob(self, byear, old_default=True):
        r = self.r
        if old_default and byear < 1962 and r.random() < 0.25:
            return "%04d-01-01" % byear
        m = r.randint(1, 12)
        dmax = 31 if m in (1, 3, 5, 7, 8, 10, 12) else 30 if m != 2 else (29 if byear % 4 == 0 else 28)
        return "%04d-%02d-%02d" % (byear, m, r.randint(1, dmax))

    def cccd(self, ppp, g, byear):
        r = self.r
        G = ((byear - 1900) // 100) * 2 + (1 if g == "F" else 0)
        pre = "%s%d%02d" % (ppp, G, byear % 100)
        while True:
            idn = pre + "%06d" % r.randrange(1000000)
            k = int(idn)
            if k not in self.used_id:
                self.used_id.add(k)
                return idn

    def cmnd9(self, prov):
        r = self.r
        pre = CMND_PREFIX.get(prov, "01")
        k = 9 - len(pre)
        while True:
            idn = pre + "%0*d" % (k, r.randrange(10 ** k))
            if prov == "075" and "271450001" <= idn <= "271500000":
                continue
            kk = int(idn) + 7 * 10 ** 12
            if kk not in self.used_id:
                self.used_id.add(kk)
                return idn

    def doc_for(self, p, L, age):
        """Pick the identity document a Vietnamese person presents at time L."""
        r = self.r
        y = self.year(L)
        pc = {2019: 0.05, 2020: 0.1, 2021: 0.35, 2022: 0.62, 2023: 0.8, 2024: 0.93}.get(y, 0.993 if y > 2024 else 0.03)
        if age >= 60 and y < 2025:
            pc *= 0.75
        if r.random() < pc:
            return "CCCD", p.cccd
        if r.random() < (0.12 if y < 2025 else 0.3):
            # 12-digit legacy card, issued 2012-2016 by some provinces
            return "CMND", self.cccd(p.rprov, p.g, p.byear)
        return "CMND", self.cmnd9(p.rprov)

    def person(self, L, cur=None, age=None, g=None, bprov=None, pool=True, sur=None):
        r = self.r
        p = P()
        if cur is None:
            cur = self.prov_w.pick(r)
        if bprov is None:
            bprov = self.birth_prov(cur)
        if g is None:
            g = "M" if r.random() < 0.5 else "F"
        if age is None:
            lo, hi = self.age_w.pick(r)
            age = r.randint(lo, hi)
        byear = self.year(L) - age - (1 if r.random() < 0.45 else 0)
        p.age = age
        p.byear = byear
        p.g = g
        p.nat = "VN"
        p.cur = cur
        p.bprov = bprov
        p.rprov = bprov if (bprov != cur and r.random() < 0.55) else cur
        if sur is not None:
            p.sur = sur
            p.name = sur + " " + self.given(g, byear)
        else:
            p.name = self.vn_name(g, byear, bprov)
            p.sur = p.name.split(" ", 1)[0]
        p.dob = self.dob(byear)
        p.cccd = self.cccd(bprov, g, byear)
        p.idt, p.idn = self.doc_for(p, L, age)
        p.face = r.getrandbits(64)
        p.phone = None
        p.cc = None
        if pool and age >= 16:
            if len(self.pool) < 150000:
                self.pool.append(p)
            elif r.random() < 0.3:
                self.pool[r.randrange(150000)] = p
        return p

    def foreigner(self, L, cur, nat=None, age=None):
        r = self.r
        if nat is None:
            nat = self.for_w.pick(r)
        _w, surs, gm, gf, east = FOREIGN[nat]
        p = P()
        p.g = "M" if r.random() < 0.55 else "F"
        givs = gm if p.g == "M" else gf
        p.age = age if age is not None else r.randint(20, 65)
        p.byear = self.year(L) - p.age
        p.nat = nat
        p.cur = cur
        p.bprov = cur
        p.rprov = cur
        if east:
            p.name = r.choice(surs) + " " + r.choice(givs)
        else:
            p.name = r.choice(givs) + " " + r.choice(surs)
        p.dob = self.dob(p.byear, False)
        p.idt = "PASSPORT"
        p.idn = self.passport(nat)
        p.cccd = None
        p.face = r.getrandbits(64)
        p.phone = None
        p.cc = None
        p.sur = ""
        return p

    def passport(self, nat):
        r = self.r
        d = lambda k: "%0*d" % (k, r.randrange(10 ** k))
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if nat == "VN":
            return r.choice("CCCCCBNP") + d(7)
        if nat == "KR":
            return "M" + d(8)
        if nat == "CN":
            return ("E" + d(8)) if r.random() < 0.7 else ("EA" + d(7))
        if nat in ("US", "TW", "RU", "GB"):
            return d(9)
        if nat == "JP":
            return r.choice(["TK", "TR", "MZ", "TZ"]) + d(7)
        if nat == "FR":
            return d(2) + r.choice(L) + r.choice(L) + d(5)
        if nat == "DE":
            return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if nat == "TH":
            return r.choice(L) + r.choice(L) + d(7)
        return r.choice(L) + d(7 if nat != "MY" else 8)

    def fab_person(self, L, prov, sloppy, g=None):
        """A fabricated Vietnamese identity (no real person behind it)."""
        r = self.r
        p = P()
        p.g = g or ("M" if r.random() < 0.55 else "F")
        if sloppy and r.random() < 0.35:
            p.age = r.randint(63, 92) if r.random() < 0.8 else r.randint(14, 17)
        else:
            p.age = r.randint(18, 58)
        p.byear = self.year(L) - p.age
        p.nat = "VN"
        p.cur = prov
        p.bprov = (r.choice(PCODES) if sloppy and r.random() < 0.6 else self.birth_prov(prov))
        p.rprov = prov
        p.name = self.vn_name(p.g, p.byear, p.bprov)
        p.sur = p.name.split(" ", 1)[0]
        p.dob = self.dob(p.byear)
        G = ((p.byear - 1900) // 100) * 2 + (1 if p.g == "F" else 0)
        yy = p.byear % 100
        ppp = p.bprov
        if sloppy:
            x = r.random()
            if x < 0.22:
                G ^= 1  # gender digit contradicts declared gender
            elif x < 0.36:
                yy = (yy + r.randint(1, 9)) % 100
            elif x < 0.42:
                ppp = r.choice(["003", "005", "009", "013", "016", "018", "021", "028", "041", "099"])
        p.cccd = "%s%d%02d%06d" % (ppp, G, yy, r.randrange(1000000))
        if self.legacy and r.random() < 0.5:
            p.idt, p.idn = "CMND", "%s%0*d" % (CMND_PREFIX[prov], 9 - len(CMND_PREFIX[prov]),
                                               r.randrange(10 ** (9 - len(CMND_PREFIX[prov]))))
        else:
            p.idt, p.idn = "CCCD", p.cccd
        p.face = r.getrandbits(64)
        p.phone = None
        p.cc = None
        return p

    def pool_person(self, region=None):
        r = self.r
        if len(self.pool) < 50:
            return None
        for _ in range(6):
            p = self.pool[r.randrange(len(self.pool))]
            if region is None or PREG[p.cur] == region or p.cur == region:
                return p
        return p

    def victim(self, L, region=None, prov=None):
        p = self.pool_person(region) if self.r.random() < 0.7 else None
        if p is None or p.idt == "PASSPORT":
            p = self.person(L, cur=prov, age=self.r.randint(19, 75), pool=False)
        return p

    # ------------------------------------------------------------ attribute helpers
    def pick_age(self):
        lo, hi = self.age_w.pick(self.r)
        return self.r.randint(lo, hi)

    def pick_ch(self, age):
        return (self.ch_young if age < 30 else self.ch_mid if age < 58 else self.ch_old).pick(self.r)

    def ukind(self, age):
        if age < 18:
            return "teen"
        if age >= 62:
            return "elderly"
        x = self.r.random()
        return "heavy" if x < 0.1 else "light" if x < 0.26 else "normal"

    def selfie_on(self, L):
        if L >= self.POPDB_L:
            return True
        if L >= self.SELFIE_L:
            return self.r.random() < 0.6
        return self.r.random() < 0.15

    def fm_gen(self, p, idt):
        r = self.r
        if r.random() < 0.025:
            return r.uniform(0.36, 0.6)
        v = 0.875 + r.gauss(0, 0.045)
        if p.age >= 60:
            v -= 0.06
        if idt == "CMND":
            v -= 0.07
        if p.age < 18:
            v -= 0.03
        return min(0.995, max(0.42, v))

    def pop_gen(self, L, idt):
        r = self.r
        if idt == "PASSPORT":
            x = r.random()
            return "UNCHECKED" if x < 0.6 else "NOT_FOUND" if x < 0.85 else ""
        if L < self.POPDB_L:
            x = r.random()
            return "UNCHECKED" if x < 0.7 else "" if x < 0.9 else "MATCH"
        x = r.random()
        return "MATCH" if x < 0.965 else "MISMATCH" if x < 0.977 else "NOT_FOUND" if x < 0.983 else "UNCHECKED"

    def status(self, pop, L, junk_detect=0.0):
        r = self.r
        age = (self.export_L - L) / DAY
        if pop in ("MISMATCH", "NOT_FOUND") and age > 8:
            x = r.random()
            if x < 0.25:
                return "ACTIVE"
            if age > 80 and x < 0.75:
                return "TERMINATED"
            if age > 35 and x < 0.85:
                return "TWO_WAY_LOCKED"
            return "ONE_WAY_LOCKED"
        if junk_detect and r.random() < junk_detect and age > 5:
            x = r.random()
            if age > 60 and x < 0.4:
                return "TERMINATED"
            return "TWO_WAY_LOCKED" if x < 0.75 else "ONE_WAY_LOCKED"
        if self.legacy and pop in ("UNCHECKED", "") and L < self.POPDB_L and r.random() < 0.03:
            return "ONE_WAY_LOCKED"
        if age > 150 and r.random() < 0.015:
            return "TERMINATED"
        return "ACTIVE"

    def render(self, name, car, ch):
        r = self.r
        if ch == CH_APP and r.random() < 0.55:
            return name.upper()  # read from the chip: upper case with diacritics
        w = STYLE[car]["nm"]
        x = r.random()
        if x < w[0]:
            return name
        x -= w[0]
        if x < w[1]:
            return name.upper()
        x -= w[1]
        if x < w[2]:
            return name.translate(STRIP)
        x -= w[2]
        if x < w[3]:
            return name.translate(STRIP).upper()
        return unicodedata.normalize("NFD", name)

    # ------------------------------------------------------------ usage
    RATES = {
        # out_calls, in_calls, out_sms, in_sms, distinct-per-day, data MB, topup median
        "normal": (1.0, 1.1, 0.12, 0.9, 0.4, 120, 110000),
        "heavy": (3.5, 3.0, 0.4, 1.5, 1.3, 350, 280000),
        "light": (0.35, 0.5, 0.05, 0.6, 0.2, 40, 50000),
        "teen": (0.3, 0.6, 0.2, 0.6, 0.15, 220, 60000),
        "kid": (0.4, 0.9, 0.1, 0.4, 0.12, 40, 40000),
        "elderly": (0.5, 1.0, 0.02, 0.5, 0.2, 4, 40000),
        "org_voice": (2.5, 2.0, 0.2, 1.0, 1.2, 150, 0),
        "data_only": (0, 0, 0, 0.15, 0, 700, 120000),
        "tourist": (0.2, 0.15, 0.05, 0.5, 0.1, 900, 0),
        "iot": (0, 0, 0, 0.05, 0, 1.3, 0),
        "simbox": (75, 0.5, 0, 0.3, -0.86, 0, 900000),
        "stealth_simbox": (22, 3, 0.3, 0.8, -0.62, 6, 400000),
        "otp": (0.05, 0.05, 0.05, 9, 0.03, 0, 10000),
        "stealth_otp": (0.4, 0.5, 0.1, 3.5, 0.25, 8, 30000),
        "scam": (45, 3, 1, 1, -0.9, 20, 300000),
        "stealth_scam": (12, 2.5, 0.5, 1.2, -0.7, 80, 150000),
        "spam": (0.5, 0.3, 300, 1, 0.3, 0, 250000),
    }

    def usage(self, kind, L, car):
        """Early-life usage: returns (8 strings, active days or -1 if unknown)."""
        r = self.r
        if L > self.ucut or r.random() > STYLE[car]["use"]:
            return EMPTY8, -1
        if kind == "unsold":
            return ["0", "0", "0", "0", "0", "0", "0", "0"], 0
        if kind == "backup":
            act = r.choice((0, 0, 0, 1, 1, 2, 3, 5))
            if act == 0:
                return ["0", "0", "0", "0", "0", "0", "0", "0"], 0
            oc = r.randint(0, 2)
            return [str(act), str(oc), str(r.randint(0, 3)), "0", str(r.randint(1, 6)), str(min(oc, 1)),
                    str(r.choice((0, 0, 0, 10000, 20000))), str(r.randint(0, 60))], act
        if kind == "resold":
            if r.random() < 0.25:
                return ["0", "0", "0", "0", "0", "0", "0", "0"], 0
            act = r.randint(1, 24)
            kind = "normal"
        elif kind in ("normal", "heavy", "org_voice", "teen", "data_only"):
            act = 30 - min(29, int(r.expovariate(0.4)))
        elif kind in ("light", "elderly", "kid"):
            act = 30 - min(29, int(r.expovariate(0.16)))
        elif kind == "tourist":
            act = r.randint(2, 14)
        elif kind == "iot":
            act = 30 if r.random() < 0.9 else 0
            if act == 0:
                return ["0", "0", "0", "0", "0", "0", "0", "0"], 0
        elif kind == "simbox":
            act = r.randint(2, 26)
        elif kind == "stealth_simbox":
            act = r.randint(10, 30)
        elif kind == "otp":
            act = r.randint(12, 30)
        elif kind == "stealth_otp":
            act = r.randint(15, 30)
        elif kind == "scam":
            act = r.randint(1, 12)
        elif kind == "stealth_scam":
            act = r.randint(6, 28)
        elif kind == "spam":
            act = r.randint(1, 8)
        else:
            act = 30
        oc_r, ic_r, os_r, is_r, dc_r, dm_r, tp = self.RATES[kind]
        g = r.gauss
        ex = math.exp
        oc = int(oc_r * act * ex(g(0, 0.6))) if oc_r else 0
        ic = int(ic_r * act * ex(g(0, 0.6))) if ic_r else 0
        os_ = int(os_r * act * ex(g(0, 0.9))) if os_r else 0
        is_ = int(is_r * act * ex(g(0, 0.5))) if is_r else 0
        if dc_r < 0:
            dc = int(oc * r.uniform(-dc_r - 0.1, min(0.99, -dc_r + 0.1)))
        elif oc:
            dc = min(oc, 1 + int(dc_r * act * ex(g(0, 0.4))))
        else:
            dc = 0
        if dm_r:
            dm = int(dm_r * act * ex(g(0, 1.0)))
            if kind == "elderly" and r.random() < 0.5:
                dm = 0
        else:
            dm = 0
        if tp:
            top = tp * ex(g(0, 0.7)) * (1.0 if act >= 20 else 0.4 + act / 33.0)
            top = int(top / 10000 + 0.5) * 10000
        else:
            top = 0
        return [str(act), str(oc), str(ic), str(os_), str(is_), str(dc), str(top), str(dm)], act

    # ------------------------------------------------------------ row assembly
    def mk(self, car, n9, sim, stype, idt, idn, name, dob, g, nat, prov, L, ch, agent, dev, selfie, fm,
           pop, status, fu, us, render=True):
        st = STYLE[car]
        r = self.r.random
        ct = st["ct"]
        ctext = ct[0] if r() < ct[1] else car
        x = r()
        ms = st["ms"]
        n9s = str(n9)
        msisdn = ("0" + n9s) if x < ms[0] else ("84" + n9s) if x < ms[0] + ms[1] else ("+84" + n9s)
        iccid, imsi = sim
        if r() < 0.015:
            imsi = ""
        if r() < 0.006:
            iccid = ""
        bl = st["bl"]
        if stype == "INDIVIDUAL" and r() < bl[0]:
            stype = ""
        if render and name:
            name = self.render(name, car, ch)
        if nat == "VN" and r() < bl[1]:
            nat = ""
        if prov:
            if r() < bl[2]:
                prov = ""
            elif L >= self.MERGE_L and car in ("VINAPHONE", "MOBIFONE") and r() < 0.35:
                prov = MERGE_TO.get(prov, prov)
        if g and r() < bl[3]:
            g = ""
        tsw = st["ts"]
        x = r()
        tss = self.fts(L, 0 if x < tsw[0] else 1 if x < tsw[0] + tsw[1] else 2)
        if selfie:
            if r() > st["sf"]:
                selfie = ""
            elif st["hexu"]:
                selfie = selfie.upper()
        if fm is None or r() > st["fmp"]:
            fms = ""
        else:
            fms = "%.*f" % (st["fmd"], fm)
        if pop and (r() < bl[4] or (pop == "UNCHECKED" and r() < 0.4)):
            pop = ""
        if status == "ACTIVE" and r() < bl[5]:
            status = ""
        if '"' in name or "," in name:
            name = '"' + name.replace('"', '""') + '"'
        return L, ",".join((ctext, msisdn, imsi, iccid, stype, idt, idn, name, dob, g, nat, prov, tss, ch,
                            agent, dev, selfie, fms, pop, status, fu)) + "," + ",".join(us)

    def sub(self, car, n9, junk, no, pattern, lines):
        self.subs.append(("%s,84%d,%d,%d,%s" % (car, n9, junk, no, pattern), lines))
        self.nrows += len(lines)

    def count_app(self, p, car):
        if p.cc is None:
            p.cc = {}
        k = p.cc.get(car, 0)
        p.cc[car] = k + 1
        return k

    def reg(self, p, car, L=None, ch=None, pt=None, n9=None, uk=None, fu=None, dev=None, selfie=None, fm=None,
            pop=None, status=None, name=None, idt=None, idn=None, dob=None, prov=None, stockst=None,
            jd=0.0, app_ok=True, render=True, fu_p=1.0, limit=True, sim=None):
        """Genuine-style registration of person p (fields can be overridden by fraud patterns)."""
        r = self.r
        if ch is None:
            ch = self.pick_ch(p.age)
        ch0 = ch
        if ch == CH_APP and (not app_ok or p.idt == "PASSPORT"):
            ch = CH_AGENT if r.random() < 0.6 else CH_STORE
        if p.cc is not None or ch == CH_APP:
            if self.count_app(p, car) >= 3 and ch in (CH_APP, CH_ONLINE) and limit:
                ch = CH_STORE if r.random() < 0.6 else CH_AGENT
        if ch != ch0:
            # online refused (limit reached): the customer goes to a point of sale instead
            pt = None
            dev = None
            if L is not None:
                L = self.clampL(L + r.randint(1, 3) * DAY)
                L = (L // DAY) * DAY + self.hours["store"].pick(r) * 3600 + r.randrange(3600)
        if L is None:
            L = self.tch(ch)
        if ch in (CH_STORE, CH_AGENT):
            if pt is None:
                pt = self.point(car, p.cur, "store" if ch == CH_STORE else "agent")
            agent = pt.code
            if dev is None:
                dev = r.choice(pt.devs)
            st = stockst or pt.stk
        else:
            agent = ""
            if dev is None:
                if ch == CH_APP:
                    dev = self.phone(p)
                else:
                    x = r.random()
                    dev = "" if x < 0.45 else self.phone(p) if x < 0.8 else self.courier(p.cur)
            st = stockst or self.central(car)
        if sim is None:
            sim = self.sim(st)
        self._last_sim = sim
        if n9 is None:
            n9 = self.alloc(car)
        if idt is None:
            idt, idn = p.idt, p.idn
        if selfie is None:
            selfie = self.hexface(p.face) if self.selfie_on(L) else ""
        if fm is None and selfie:
            fm = self.fm_gen(p, idt)
        if pop is None:
            pop = self.pop_gen(L, idt)
        if status is None:
            status = self.status(pop if idt != "PASSPORT" else "", L, jd)
        us, act = self.usage(uk or self.ukind(p.age), L, car)
        if fu is None:
            fu = self.phone(p) if r.random() > 0.07 else self.imei("smart")
        if act == 0 or (act < 0 and r.random() > fu_p * 0.8):
            fu = ""
        return self.mk(car, n9, sim, "INDIVIDUAL", idt, idn, name or p.name, dob if dob is not None else p.dob,
                       p.g, p.nat, prov if prov is not None else p.rprov, L, ch, agent, dev or "", selfie, fm,
                       pop, status, fu, us, render), n9

    def emit1(self, p, car, pattern, **kw):
        line, n9 = self.reg(p, car, **kw)
        self.sub(car, n9, 0, 0, pattern, [line])
        return line, n9

    # ============================================================ legit units
    def u_single(self, cap):
        r = self.r
        age = self.pick_age()
        ch = self.pick_ch(age)
        L = self.tch(ch)
        p = self.person(L, age=age)
        car = self.car_w.pick(r)
        uk = self.ukind(age)
        fu = None
        if ch == CH_APP and r.random() < 0.3:
            fu = self.phone(p)  # eSIM / same handset
        self.emit1(p, car, "legit_single", L=L, ch=ch, uk=uk, fu=fu)

    def u_poor_selfie(self, cap):
        r = self.r
        age = self.pick_age()
        ch = self.pick_ch(age)
        L = self.tch(ch)
        p = self.person(L, age=age)
        self.emit1(p, self.car_w.pick(r), "legit_poor_selfie_capture", L=L, ch=ch, fm=r.uniform(0.28, 0.58))

    def u_multi(self, cap):
        r = self.r
        age = r.randint(20, 60)
        L0 = self.t("agent")
        p = self.person(L0, age=age)
        car0 = self.car_w.pick(r)
        k = 2 if r.random() < 0.7 else 3
        together = r.random() < 0.25
        ch0 = self.pick_ch(age)
        for i in range(k):
            car = car0 if (i == 0 or r.random() < 0.55) else self.car_w.pick(r)
            purpose = "second" if i == 0 else r.choice(("data_only", "backup", "second", "second", "work"))
            if i == 0:
                purpose = "main"
            if together:
                L = L0 + i * r.randint(40, 400)
                ch = ch0
            else:
                ch = self.pick_ch(age)
                L = self.tch(ch)
            uk = {"data_only": "data_only", "backup": "backup", "work": "heavy"}.get(purpose, self.ukind(age))
            fu = None
            if purpose == "data_only":
                fu = self.imei("router" if r.random() < 0.6 else "tablet")
            pat = {"data_only": "legit_data_only_sim", "backup": "legit_backup_sim"}.get(purpose,
                                                                                       "legit_multi_sim_personal")
            self.emit1(p, car, pat, L=self.clampL(L), ch=ch, uk=uk, fu=fu)

    def u_heavy(self, cap):
        r = self.r
        age = r.randint(28, 62)
        L0 = self.t("agent")
        p = self.person(L0, age=age)
        p.cc = {}
        car0 = self.car_w.pick(r)
        k = min(cap + 1, r.randint(4, 9) if r.random() < 0.93 else r.randint(10, 14))
        for i in range(k):
            car = car0 if r.random() < 0.7 else self.car_w.pick(r)
            ch = self.pick_ch(age)
            if p.cc.get(car, 0) >= 3:
                ch = CH_STORE if r.random() < 0.65 else CH_AGENT
            L = self.tch(ch)
            uk = r.choice(("normal", "heavy", "data_only", "backup", "light", "normal"))
            fu = self.imei("router") if uk == "data_only" else (self.phone(p) if r.random() < 0.5 else self.imei())
            self.emit1(p, car, "legit_many_sims_business", L=L, ch=ch, uk=uk, fu=fu)

    def u_family(self, cap):
        r = self.r
        cur = self.prov_w.pick(r)
        head_age = r.randint(32, 56)
        gh = "M" if r.random() < 0.6 else "F"
        app = r.random() < 0.6
        L = self.t("app" if app else "store")
        head = self.person(L, cur=cur, age=head_age, g=gh)
        spouse = self.person(L, cur=cur, age=max(20, head_age + r.randint(-6, 4)), g="F" if gh == "M" else "M")
        father_sur = head.sur if gh == "M" else spouse.sur
        members = [head, spouse]
        for _ in range(r.randint(0, 2)):
            ka = r.randint(14, max(14, min(27, head_age - 20)))
            members.append(self.person(L, cur=cur, age=ka, bprov=head.bprov if r.random() < 0.7 else cur,
                                       sur=father_sur))
        if r.random() < 0.4:
            members.append(self.person(L, cur=cur, age=r.randint(62, 86), bprov=head.bprov,
                                       sur=father_sur if gh == "M" and r.random() < 0.5 else None))
        r.shuffle(members)
        k = min(len(members), max(2, r.randint(2, len(members))), cap + 1)
        car = self.car_w.pick(r)
        if app:
            dev = self.phone(head)
            ch, pt = CH_APP, None
        else:
            ch = CH_STORE if r.random() < 0.6 else CH_AGENT
            pt = self.point(car, cur, "store" if ch == CH_STORE else "agent")
            dev = r.choice(pt.devs)
        for m in members[:k]:
            L += r.randint(90, 1500)
            self.emit1(m, car, "legit_family_one_phone" if app else "legit_family_same_visit",
                       L=self.clampL(L), ch=ch, pt=pt, dev=dev, uk=self.ukind(m.age))

    def u_couple(self, cap):
        r = self.r
        L = self.t("app")
        a = self.person(L, age=r.randint(22, 60))
        b = self.person(L, cur=a.cur, age=max(19, a.age + r.randint(-5, 5)), g="F" if a.g == "M" else "M")
        car = self.car_w.pick(r)
        dev = self.phone(a)
        self.emit1(b, car, "legit_spouse_on_partner_phone", L=L, ch=CH_APP, dev=dev)
        if r.random() < 0.5 and cap > 1:
            self.emit1(a, car, "legit_single", L=self.clampL(L + r.randint(120, 900)), ch=CH_APP, dev=dev)

    def u_teen(self, cap):
        r = self.r
        ch = CH_STORE if r.random() < 0.5 else CH_AGENT
        L = self.tch(ch)
        p = self.person(L, age=r.randint(14, 17))
        self.emit1(p, self.car_w.pick(r), "legit_teen_own_id", L=L, ch=ch, uk="teen")

    def u_elderly(self, cap):
        r = self.r
        age = r.randint(62, 90)
        mode = r.random()
        if mode < 0.35:
            L = self.t("app")
            p = self.person(L, age=age)
            child = self.person(L, cur=p.cur, age=max(25, age - r.randint(22, 35)), pool=False)
            self.emit1(p, self.car_w.pick(r), "legit_elderly_assisted", L=L, ch=CH_APP, dev=self.phone(child),
                       uk="elderly")
        else:
            ch = CH_STORE if mode < 0.7 else CH_AGENT
            L = self.tch(ch)
            p = self.person(L, age=age)
            if not self.legacy and r.random() < 0.04:
                p.idt, p.idn = "CMND", self.cmnd9(p.rprov)
            self.emit1(p, self.car_w.pick(r), "legit_elderly_assisted", L=L, ch=ch, uk="elderly")

    def u_factory(self, cap):
        r = self.r
        prov = r.choice(("074", "074", "075", "027", "024", "026", "031", "079", "080", "070", "030", "033"))
        car = self.car_w.pick(r)
        day = r.choice(self.post_tet) if (self.post_tet and r.random() < 0.5) else self.day_shop.pick(r)
        mobile = r.random() < 0.35
        pt = self.point(car, prov, "mobile" if mobile else "agent")
        n = min(cap + 1, r.randint(15, 80), max(3, self.N // 150))
        L = day * DAY + r.randint(7, 15) * 3600 + r.randrange(1800)
        dev = r.choice(pt.devs)
        for _ in range(n):
            L += r.randint(60, 600)
            cur = prov
            bp = self.src_north.pick(r) if prov in NORTH_HUBS else self.src_south.pick(r)
            p = self.person(L, cur=cur, bprov=bp, age=r.randint(18, 36), g="F" if r.random() < 0.65 else "M")
            self.emit1(p, car, "legit_factory_hiring_burst", L=self.clampL(L),
                       ch=CH_STORE if mobile else CH_AGENT, pt=pt, dev=dev, uk="normal" if r.random() < 0.8 else "light")

    def u_mobile_point(self, cap):
        r = self.r
        rural = [c for c in PCODES if PREG[c] in ("NMT", "CH", "NCC") or c in ("094", "084", "096")]
        prov = self.prov_w.pick(r)
        if prov not in rural:
            prov = r.choice(rural)
        car = r.choice(("VIETTEL", "VIETTEL", "VIETTEL", "VINAPHONE", "MOBIFONE"))
        if self.car_share.get(car, 0) == 0:
            car = "VIETTEL"
        pt = self.point(car, prov, "mobile")
        dev = r.choice(pt.devs)
        n = min(cap + 1, r.randint(8, 45), max(3, self.N // 200))
        L = self.t("store")
        L = (L // DAY) * DAY + r.randint(7, 10) * 3600
        for _ in range(n):
            L += r.randint(90, 700)
            x = r.random()
            age = r.randint(60, 88) if x < 0.3 else r.randint(16, 59)
            p = self.person(L, cur=prov, bprov=prov, age=age)
            self.emit1(p, car, "legit_mobile_sales_point", L=self.clampL(L), ch=CH_STORE, pt=pt, dev=dev,
                       uk="elderly" if age >= 62 else "light")

    def u_student(self, cap):
        r = self.r
        prov = r.choice(("001", "001", "079", "079", "048", "046", "092", "019", "040", "052"))
        car = self.car_w.pick(r)
        day = r.choice(self.school) if self.school else self.day_shop.pick(r)
        pt = self.point(car, prov, "agent")
        dev = r.choice(pt.devs)
        n = min(cap + 1, r.randint(10, 40), max(3, self.N // 200))
        L = day * DAY + r.randint(8, 14) * 3600
        src = self.src_north if PREG[prov] in ("RRD", "NMT", "NCC") else self.src_south
        for _ in range(n):
            L += r.randint(40, 900)
            p = self.person(L, cur=prov, bprov=src.pick(r), age=r.randint(18, 19))
            self.emit1(p, car, "legit_student_intake", L=self.clampL(L), ch=CH_AGENT, pt=pt, dev=dev, uk="teen")

    def org(self, L, prov):
        r = self.r
        x = r.random()
        if x < 0.82:
            name = "%s %s %s" % (r.choice(ORG_TYPES), r.choice(ORG_FIELDS), r.choice(ORG_WORDS).upper())
            if r.random() < 0.3:
                name = name.title().replace("Tnhh", "TNHH").replace("Mtv", "MTV")
        elif x < 0.9:
            name = "Bệnh viện Đa khoa tỉnh %s" % PNAME[prov]
        elif x < 0.95:
            name = "Trường THPT %s" % r.choice(ORG_WORDS)
        else:
            name = "Ủy ban nhân dân xã %s" % r.choice(ORG_WORDS)
        tax = "%02d%08d" % (r.randint(1, 99), r.randrange(10 ** 8))
        if r.random() < 0.15:
            tax += "-%03d" % r.randint(1, 20)
        rep = self.person(L, cur=prov, age=r.randint(30, 62), pool=False)
        return name, tax, rep

    def org_rows(self, cap, iot):
        r = self.r
        prov = self.prov_w.pick(r)
        car = self.car_w.pick(r)
        L = self.t("store")
        name, tax, rep = self.org(L, prov)
        n = min(cap + 1, max(2, self.N // 120),
                r.randint(10, 250) if iot else (r.randint(3, 20) if r.random() < 0.7 else r.randint(20, 150)))
        ch = CH_STORE if r.random() < 0.7 else CH_AGENT
        pt = self.point(car, prov, "store" if ch == CH_STORE else "agent")
        dev = r.choice(pt.devs)
        nums = self.alloc_block(car, n) if r.random() < 0.5 else [self.alloc(car, False) for _ in range(n)]
        kind = r.choice(("tracker", "pos", "camera", "tracker")) if iot else "voice"
        fus = self.imei_seq("iot", n) if (iot and r.random() < 0.6) else None
        use_selfie = r.random() < 0.6 and self.selfie_on(L)
        st = self.dedicated_stock(car, n)
        pat = "legit_org_iot" if iot else "legit_org_bulk"
        for i in range(n):
            L += r.randint(15, 240)
            if r.random() < 0.01:
                L += r.randint(1, 2) * DAY
            L = self.clampL(L)
            sim = self.sim(st)
            selfie = self.hexface(rep.face) if use_selfie else ""
            fm = self.fm_gen(rep, "CCCD") if selfie else None
            x = r.random()
            pop = "UNCHECKED" if x < 0.5 else "MATCH" if x < 0.8 else ""
            us, act = self.usage("iot" if iot else "org_voice", L, car)
            if iot:
                fu = fus[i] if fus else self.imei("iot")
            else:
                fu = self.imei("smart")
            if act == 0:
                fu = ""
            line = self.mk(car, nums[i], sim, "ORGANIZATION", "ORG", tax, name, "", "", "VN", prov, L, ch,
                           pt.code, dev, selfie, fm, pop, self.status(pop, L), fu, us, render=False)
            self.sub(car, nums[i], 0, 0, pat, [line])

    def u_org_bulk(self, cap):
        self.org_rows(cap, False)

    def u_org_iot(self, cap):
        self.org_rows(cap, True)

    def u_tourist(self, cap):
        r = self.r
        prov = r.choice(("079", "079", "001", "001", "048", "056", "091", "031"))
        car = r.choice(("VIETTEL", "VINAPHONE", "MOBIFONE", "VIETTEL", "VIETNAMOBILE"))
        if self.car_share.get(car, 0) == 0:
            car = "VIETTEL"
        pt = self.point(car, prov, "agent")
        dev = r.choice(pt.devs)
        n = min(cap + 1, r.randint(4, 35), max(2, self.N // 250))
        L = self.t("agent")
        for _ in range(n):
            L += r.randint(30, 420)
            p = self.foreigner(L, prov)
            self.emit1(p, car, "legit_tourist_sim", L=self.clampL(L), ch=CH_AGENT, pt=pt, dev=dev, uk="tourist",
                       render=False)

    def u_expat(self, cap):
        r = self.r
        prov = r.choice(("079", "079", "001", "001", "048", "074", "075", "027", "031", "056"))
        L = self.t("store")
        p = self.foreigner(L, prov, age=r.randint(24, 60))
        car = self.car_w.pick(r)
        self.emit1(p, car, "legit_foreign_resident", L=L, ch=CH_STORE, uk="normal", render=False)
        if r.random() < 0.25 and cap > 1:
            self.emit1(p, car, "legit_foreign_resident", L=self.t("store"), ch=CH_STORE, uk="data_only",
                       fu=self.imei("router"), render=False)

    def u_viet_kieu(self, cap):
        r = self.r
        prov = self.prov_w.pick(r)
        L = self.t("agent")
        p = self.person(L, cur=prov, age=r.randint(25, 75), pool=False)
        p.idt, p.idn = "PASSPORT", self.passport("VN")
        p.nat = "VN" if r.random() < 0.7 else r.choice(("US", "AU", "FR", "DE"))
        p.phone = self.imei("foreign")
        self.emit1(p, self.car_w.pick(r), "legit_overseas_vietnamese_passport", L=L,
                   ch=CH_STORE if r.random() < 0.5 else CH_AGENT, uk="tourist")

    def typo_name(self, name):
        r = self.r
        parts = name.split(" ")
        i = r.randrange(len(parts))
        w = parts[i]
        x = r.random()
        if x < 0.4:
            j = r.randrange(len(w))
            w = w[:j] + w[j].translate(STRIP) + w[j + 1:]
            if w == parts[i] and len(w) > 2:
                w = w[:-1]
        elif x < 0.6 and len(w) > 2:
            j = r.randrange(1, len(w))
            w = w[:j] + w[j:][1:]
        elif x < 0.8 and len(w) > 2:
            j = r.randrange(len(w) - 1)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        else:
            w = w + w[-1]
        parts[i] = w
        return " ".join(parts)

    def typo_id(self, idn):
        r = self.r
        s = list(idn)
        x = r.random()
        if x < 0.15 and len(s) > 4:
            j = r.randrange(len(s) - 1)
            s[j], s[j + 1] = s[j + 1], s[j]
        else:
            j = r.randrange(6, len(s)) if (x < 0.75 and len(s) == 12) else r.randrange(len(s))
            s[j] = r.choice([c for c in "0123456789" if c != s[j]])
        out = "".join(s)
        return out if out != idn else idn[:-1] + ("0" if idn[-1] != "0" else "1")

    def u_typo(self, cap):
        r = self.r
        age = self.pick_age()
        ch = CH_STORE if r.random() < 0.4 else CH_AGENT
        L = self.tch(ch)
        p = self.person(L, age=age)
        car = self.car_w.pick(r)
        x = r.random()
        name, idn, dob = p.name, p.idn, p.dob
        if x < 0.4:
            name = self.typo_name(p.name)
        elif x < 0.75:
            idn = self.typo_id(p.idn)
        else:
            y, m, d = p.dob.split("-")
            if int(d) <= 12 and d != m:
                dob = "%s-%s-%s" % (y, d, m)
            else:
                dob = "%s-%s-%02d" % (y, m, max(1, min(28, int(d) + r.choice((-1, 1, 10, -10)))))
        pop = "MISMATCH" if L >= self.POPDB_L else ""
        n9 = self.alloc(car)
        pt = self.point(car, p.cur, "store" if ch == CH_STORE else "agent")
        fix = r.random() < 0.5 and L >= self.POPDB_L
        line1, _ = self.reg(p, car, L=L, ch=ch, pt=pt, n9=n9, name=name, idn=idn, idt=p.idt, dob=dob, pop=pop,
                            status="ACTIVE" if fix else None)
        lines = [line1]
        if fix:
            L2 = self.clampL(L + r.randint(1, 12) * DAY + r.randrange(3600))
            pt2 = self.point(car, p.cur, "store")
            line2, _ = self.reg(p, car, L=L2, ch=CH_STORE, pt=pt2, n9=n9, pop="MATCH", status="ACTIVE",
                                sim=self._last_sim)
            if line2[0] > line1[0]:
                lines.append(line2)
        self.sub(car, n9, 0, 0, "legit_clerical_typo", lines)

    def u_cmnd_overlap(self, cap):
        r = self.r
        num = "%09d" % r.randint(271450001, 271500000)
        car = self.car_w.pick(r)
        for prov in ("077", "075"):
            L = self.hist_L(min(self.end_L, dnum(2024, 12, 31) * DAY) + 40 * DAY, 2018)
            p = self.person(L, cur=prov, bprov=prov, age=r.randint(25, 65))
            p.idt, p.idn = "CMND", num
            self.emit1(p, car if r.random() < 0.5 else self.car_w.pick(r), "legit_cmnd_shared_number",
                       L=L, ch=CH_AGENT if r.random() < 0.6 else CH_STORE)

    def u_twins(self, cap):
        r = self.r
        ch = CH_STORE if r.random() < 0.5 else CH_AGENT
        L = self.tch(ch)
        a = self.person(L, age=r.randint(16, 40))
        b = self.person(L, cur=a.cur, bprov=a.bprov, age=a.age, sur=a.sur,
                        g=a.g if r.random() < 0.6 else ("F" if a.g == "M" else "M"))
        b.dob = a.dob
        b.cccd = self.cccd(a.bprov, b.g, int(a.dob[:4]))
        b.idt, b.idn = a.idt, b.cccd
        if a.idt != "CCCD":
            b.idt, b.idn = "CCCD", b.cccd
        f = a.face
        for _ in range(r.randint(5, 9)):
            f ^= 1 << r.randrange(64)
        b.face = f
        car = self.car_w.pick(r)
        pt = self.point(car, a.cur, "store" if ch == CH_STORE else "agent")
        self.emit1(a, car, "legit_twins", L=L, ch=ch, pt=pt)
        if cap > 1:
            self.emit1(b, car, "legit_twins", L=self.clampL(L + r.randint(60, 600)), ch=ch, pt=pt)

    def u_namesake(self, cap):
        r = self.r
        L = self.t("agent")
        g = "M" if r.random() < 0.5 else "F"
        age = r.randint(22, 50)
        a = self.person(L, age=age, g=g)
        b = self.person(self.t("agent"), age=age, g=g)
        b.name = a.name
        b.dob = a.dob
        b.cccd = self.cccd(b.bprov, g, int(a.dob[:4]))
        b.idt, b.idn = "CCCD", b.cccd
        self.emit1(a, self.car_w.pick(r), "legit_namesake_same_dob")
        if cap > 1:
            self.emit1(b, self.car_w.pick(r), "legit_namesake_same_dob")

    def hist_L(self, before, lo_year=2016):
        """A business-hours time in the past (history rows)."""
        lo = dnum(lo_year, 1, 1)
        hi = before // DAY - 40
        if hi <= lo:
            day = lo - self.r.randrange(300)
        else:
            day = lo + self.r.randrange(hi - lo)
        return day * DAY + self.hours["agent"].pick(self.r) * 3600 + self.r.randrange(3600)

    def u_doc_update(self, cap):
        r = self.r
        ch = CH_STORE if r.random() < 0.5 else CH_APP
        L = self.tch(ch)
        p = self.person(L, age=r.randint(25, 75))
        p.idt, p.idn = "CCCD", p.cccd
        car = self.car_w.pick(r)
        n9 = self.alloc(car)
        L0 = self.hist_L(L, 2014)
        old_id = self.cmnd9(p.rprov) if r.random() < 0.85 else self.cccd(p.rprov, p.g, p.byear)
        pt0 = self.point(car, p.cur, "agent")
        old_name = p.name.translate(STRIP).upper() if r.random() < 0.4 else p.name
        l0, _ = self.reg(p, car, L=L0, ch=CH_AGENT, pt=pt0, n9=n9, idt="CMND", idn=old_id, name=old_name,
                         selfie="", pop="UNCHECKED", status="ACTIVE")
        l1, _ = self.reg(p, car, L=L, ch=ch, n9=n9, pop="MATCH", status="ACTIVE", sim=self._last_sim)
        self.sub(car, n9, 0, 0, "legit_document_update", [l0, l1] if cap > 1 else [l1])

    def u_transfer(self, cap):
        r = self.r
        L = self.t("store")
        b = self.person(L, age=r.randint(20, 65))
        L0 = self.hist_L(L, 2017)
        a = self.person(L0, cur=b.cur, age=r.randint(18, 75), pool=False)
        car = self.car_w.pick(r)
        n9 = self.alloc(car)
        l0, _ = self.reg(a, car, L=L0, ch=CH_AGENT, n9=n9, status="ACTIVE")
        l1, _ = self.reg(b, car, L=L, ch=CH_STORE, n9=n9, status=None,
                         sim=self._last_sim if r.random() < 0.7 else None)
        self.sub(car, n9, 0, 0, "legit_ownership_transfer", [l0, l1] if cap > 1 else [l1])

    def u_recycled(self, cap):
        r = self.r
        age = self.pick_age()
        ch = self.pick_ch(age)
        L = self.tch(ch)
        b = self.person(L, age=age)
        L0 = self.hist_L(L - 200 * DAY, 2015)
        a = self.person(L0, age=r.randint(18, 70), pool=False)
        car = self.car_w.pick(r)
        n9 = self.alloc(car)
        l0, _ = self.reg(a, car, L=L0, ch=CH_AGENT, n9=n9, status="TERMINATED")
        l1, _ = self.reg(b, car, L=L, ch=ch, n9=n9)
        self.sub(car, n9, 0, 0, "legit_recycled_number", [l0, l1] if cap > 1 else [l1])

    def u_vanity_buyer(self, cap):
        r = self.r
        L = self.t("store")
        p = self.person(L, age=r.randint(26, 65))
        car = self.car_w.pick(r)
        self.emit1(p, car, "legit_vanity_number_buyer", L=L, ch=CH_STORE, n9=self.alloc_vanity(car),
                   uk="heavy" if r.random() < 0.5 else "normal")

    def u_standardised(self, cap):
        """Number first pre-activated by a dealer on junk data, later bought and standardised by its user."""
        r = self.r
        ch = CH_STORE
        L = self.tch(ch)
        if not self.legacy and r.random() < 0.7:
            L = self.hist_L(self.start_L, 2022) if self.start_L > dnum(2023, 6, 1) * DAY else L
        p = self.person(L, age=r.randint(19, 60))
        car = self.car_w.pick(r)
        n9 = self.alloc(car)
        L0 = self.hist_L(L, 2017)
        prov = p.cur
        fake = self.fab_person(L0, prov, True)
        pt0 = self.point(car, prov, "agent")
        l0, _ = self.reg(fake, car, L=L0, ch=CH_AGENT, pt=pt0, n9=n9, selfie="", pop="UNCHECKED",
                         status="ACTIVE", uk="unsold")
        l1, _ = self.reg(p, car, L=L, ch=ch, n9=n9, pop="MATCH", status="ACTIVE", sim=self._last_sim)
        self.sub(car, n9, 0, 0, "legit_standardised_after_preactivation", [l0, l1] if cap > 1 else [l1])

    def agent_person(self, pt):
        p = self._agent_people.get(pt.code)
        if p is None:
            p = self.person(self.start_L, cur=pt.prov, age=self.r.randint(22, 50), pool=False)
            p.idt, p.idn = "CCCD", p.cccd
            self._agent_people[pt.code] = p
        return p

    def u_staff_own(self, cap):
        r = self.r
        car = self.car_w.pick(r)
        pt = self.point(car, self.prov_w.pick(r), "agent")
        p = self.agent_person(pt)
        for _ in range(min(cap + 1, r.randint(1, 3))):
            self.emit1(p, car, "legit_dealer_staff_own_sim", ch=CH_AGENT, pt=pt, dev=pt.devs[0],
                       uk=r.choice(("normal", "heavy", "data_only")))

    def u_walkin(self, pt, L, p=None):
        """A genuine customer at a given dealer (returns person, line, rendered name, selfie, fm)."""
        r = self.r
        if p is None:
            p = self.person(L, cur=pt.prov)
        name = self.render(p.name, pt.car, CH_AGENT)
        selfie = self.hexface(p.face) if self.selfie_on(L) else ""
        fm = self.fm_gen(p, p.idt) if selfie else None
        dev = r.choice(pt.devs)
        line, n9 = self.reg(p, pt.car, L=L, ch=CH_AGENT, pt=pt, dev=dev, name=name, selfie=selfie, fm=fm,
                            render=False)
        self.sub(pt.car, n9, 0, 0, "legit_walkin_customer", [line])
        return p, name, selfie, fm, dev

    # ============================================================ fraud units
    def sold_usage(self, sloppy):
        r = self.r
        x = r.random()
        if sloppy:
            return "unsold" if x < 0.4 else "resold" if x < 0.75 else "scam" if x < 0.88 else "spam"
        return "unsold" if x < 0.25 else "resold" if x < 0.8 else "stealth_scam" if x < 0.92 else "stealth_otp"

    def fu_for(self, uk, pool=None):
        if uk == "unsold":
            return ""
        if pool:
            return self.r.choice(pool)
        return self.imei("smart")

    def fraud_times(self, n, sloppy, prof="agent"):
        """Registration times for a dealer campaign."""
        r = self.r
        out = []
        if sloppy:
            sessions = max(1, min(4, n // 25 + 1))
            per = [n // sessions + (1 if i < n % sessions else 0) for i in range(sessions)]
            d0 = self.day_shop.pick(r)
            for k in per:
                day = min(self.d1, d0 + r.randrange(30))
                L = self.t("night" if r.random() < 0.65 else prof, day=day)
                for _ in range(k):
                    L += r.randint(15, 110)
                    out.append(self.clampL(L))
            out.sort()
        else:
            span = r.randint(15, 90)
            d0 = self.day_shop.pick(r)
            for _ in range(n):
                d = min(self.d1, d0 + r.randrange(span))
                out.append(self.clampL(self.t(prof, day=d)))
            out.sort()
        return out

    def f_fab_preact(self, cap):
        r = self.r
        sloppy = not self.care()
        car = self.fcar_w.pick(r)
        prov = self.fraud_prov.pick(r)
        pt = self.point(car, prov, "agent")
        n = max(1, min(cap, r.randint(20, 250) if sloppy else r.randint(5, 35)))
        times = self.fraud_times(n, sloppy)
        templates = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        dev = pt.devs[0]
        st = self.dedicated_stock(car, n) if sloppy else pt.stk
        nums = self.alloc_block(car, n) if (sloppy and r.random() < 0.5) else None
        fakes = []
        for i, L in enumerate(times):
            if fakes and sloppy and r.random() < 0.15:
                f = r.choice(fakes)
            else:
                f = self.fab_person(L, prov, sloppy)
                fakes.append(f)
            x = r.random()
            if sloppy:
                selfie = self.hexface(r.choice(templates)) if self.selfie_on(L) else ""
                fm = r.uniform(0.05, 0.48) if selfie else None
                pop = "NOT_FOUND" if x < 0.4 else "MISMATCH" if x < 0.6 else "UNCHECKED"
            else:
                selfie = self.hexface(f.face) if self.selfie_on(L) else ""
                fm = r.uniform(0.55, 0.86) if selfie else None
                pop = "UNCHECKED" if x < 0.6 else "NOT_FOUND" if x < 0.85 else "MISMATCH"
            if L < self.POPDB_L and r.random() < 0.8:
                pop = "UNCHECKED"
            uk = self.sold_usage(sloppy)
            line, n9 = self.reg(f, car, L=L, ch=CH_AGENT, pt=pt, dev=dev if sloppy else r.choice(pt.devs),
                                n9=nums[i] if nums else None, selfie=selfie, fm=fm, pop=pop, uk=uk,
                                fu=self.fu_for(uk), stockst=st, jd=0.35 if sloppy else 0.08,
                                prov=prov if sloppy else None)
            self.sub(car, n9, 1, 0, "junk_preactivated_fabricated_id", [line])

    def f_leaked_preact(self, cap):
        r = self.r
        sloppy = not self.care()
        car = self.fcar_w.pick(r)
        prov = self.fraud_prov.pick(r)
        pt = self.point(car, prov, "agent")
        n = max(1, min(cap, r.randint(15, 180) if sloppy else r.randint(4, 25)))
        times = self.fraud_times(n, sloppy)
        templates = [r.getrandbits(64) for _ in range(r.randint(1, 2))]
        region = None if sloppy else PREG[prov]
        victims = [self.victim(times[0], region=region, prov=None if sloppy else prov)
                   for _ in range(max(1, n // (2 if sloppy else 1)))]
        leak_upper = r.random() < 0.5
        st = self.dedicated_stock(car, n) if sloppy else pt.stk
        for i, L in enumerate(times):
            v = victims[i % len(victims)] if sloppy else victims[i]
            idt, idn = ("CCCD", v.cccd) if v.cccd else (v.idt, v.idn)
            name = v.name.translate(STRIP).upper() if leak_upper else None
            if sloppy:
                selfie = self.hexface(r.choice(templates)) if self.selfie_on(L) else ""
                fm = r.uniform(0.08, 0.5) if selfie else None
            else:
                selfie = self.hexface(v.face, r.randint(2, 6)) if self.selfie_on(L) else ""
                fm = r.uniform(0.62, 0.88) if selfie else None
            x = r.random()
            pop = "MATCH" if x < 0.85 else "MISMATCH" if x < 0.95 else "UNCHECKED"
            if L < self.POPDB_L:
                pop = "UNCHECKED" if x < 0.8 else ""
            uk = self.sold_usage(sloppy)
            line, n9 = self.reg(v, car, L=L, ch=CH_AGENT, pt=pt, dev=pt.devs[0] if sloppy else r.choice(pt.devs),
                                selfie=selfie, fm=fm, pop=pop, uk=uk, fu=self.fu_for(uk), idt=idt, idn=idn,
                                name=name, render=not leak_upper, stockst=st, jd=0.25 if sloppy else 0.05,
                                prov=v.rprov if r.random() < 0.7 else prov)
            self.sub(car, n9, 1, 1, "junk_preactivated_leaked_id", [line])

    def f_ring(self, cap):
        r = self.r
        sloppy = not self.care()
        base_prov = self.fraud_prov.pick(r)
        members = [r.getrandbits(64) for _ in range(r.randint(2, 5))]
        phones = [self.imei("smart") for _ in range(r.randint(1, 2) if sloppy else r.randint(3, 7))]
        call_phones = [self.imei("smart" if r.random() < 0.5 else "feature") for _ in range(r.randint(2, 6))]
        nv = max(1, min(cap, r.randint(10, 60) if sloppy else r.randint(5, 30)))
        d0 = self.day_app.pick(r)
        span = r.randint(3, 12) if sloppy else r.randint(30, 120)
        made = 0
        for _ in range(nv):
            if made >= cap:
                break
            v = self.victim(d0 * DAY, region=None if sloppy else PREG[base_prov])
            idt, idn = ("CCCD", v.cccd) if v.cccd else (v.idt, v.idn)
            k = r.randint(1, 4) if sloppy else (1 if r.random() < 0.75 else 2)
            cars = [self.fcar_w.pick(r) for _ in range(k)]
            vd = min(self.d1, d0 + r.randrange(span))
            for j in range(k):
                car = cars[j]
                if sloppy:
                    ch = CH_APP if r.random() < 0.55 else CH_AGENT
                    prov = r.choice(PCODES) if r.random() < 0.5 else base_prov
                else:
                    ch = CH_APP if r.random() < 0.5 else CH_AGENT
                    prov = base_prov if r.random() < 0.7 else self.fraud_prov.pick(r)
                day = vd if sloppy else min(self.d1, vd + r.randrange(20))
                L = self.clampL(self.t("app" if ch == CH_APP else "agent", day=day))
                if sloppy:
                    selfie = self.hexface(r.choice(members))
                    fm = r.uniform(0.18, 0.52)
                else:
                    selfie = self.hexface(v.face, r.randint(3, 7))
                    fm = r.uniform(0.63, 0.86)
                if not self.selfie_on(L):
                    selfie, fm = "", None
                pt = None
                if ch == CH_AGENT:
                    pt = self.point(car, prov, "agent")
                    dev = r.choice(pt.devs)
                else:
                    dev = r.choice(phones)
                pop = "MATCH" if L >= self.POPDB_L and r.random() < 0.93 else ("MISMATCH" if L >= self.POPDB_L
                                                                               else "UNCHECKED")
                uk = "scam" if sloppy else ("stealth_scam" if r.random() < 0.7 else "stealth_otp")
                fu = r.choice(call_phones) if (sloppy or r.random() < 0.3) else self.imei("smart")
                v2 = v
                if v.cur != prov:
                    v2 = P()
                    for a in P.__slots__:
                        setattr(v2, a, getattr(v, a))
                    v2.cur = prov
                    v2.cc = None
                line, n9 = self.reg(v2, car, L=L, ch=ch, pt=pt, dev=dev, selfie=selfie, fm=fm, pop=pop, uk=uk,
                                    fu=fu, idt=idt, idn=idn, app_ok=True, jd=0.3 if sloppy else 0.06)
                self.sub(car, n9, 1, 1, "junk_identity_theft_ring", [line])
                made += 1

    def f_dealer_extra(self, cap):
        r = self.r
        sloppy = not self.care()
        car = self.fcar_w.pick(r)
        prov = self.fraud_prov.pick(r)
        pt = self.point(car, prov, "agent")
        m = r.randint(10, 60) if sloppy else r.randint(15, 80)
        frac = r.uniform(0.35, 0.7) if sloppy else r.uniform(0.08, 0.22)
        d0 = self.day_shop.pick(r)
        span = r.randint(10, 60)
        made = 0
        pool_modems = self.imei_seq("gateway", r.randint(4, 16)) if r.random() < 0.4 else None
        for _ in range(m):
            if made >= cap:
                break
            L = self.clampL(self.t("agent", day=min(self.d1, d0 + r.randrange(span))))
            p, name, selfie, fm, dev = self.u_walkin(pt, L)
            if r.random() >= frac:
                continue
            k = r.randint(1, 3) if sloppy else 1
            for _ in range(k):
                if sloppy:
                    L2 = L + r.randint(40, 600)
                    sf = selfie if r.random() < 0.6 else (self.hexface(int(selfie, 16), r.randint(1, 2))
                                                          if selfie else "")
                else:
                    k2 = r.randint(0, 5)
                    L2 = self.t("agent", day=min(self.d1, L // DAY + k2)) if k2 else L + r.randint(2 * 3600, 5 * 3600)
                    if L2 <= L:
                        L2 = L + r.randint(2 * 3600, 5 * 3600)
                    sf = self.hexface(int(selfie, 16), r.randint(0, 3)) if selfie else ""
                L2 = self.clampL(L2)
                fm2 = min(0.995, fm + r.uniform(-0.01, 0.01)) if fm is not None else None
                x = r.random()
                if sloppy:
                    uk = "unsold" if x < 0.3 else "resold" if x < 0.7 else "otp"
                else:
                    uk = "resold" if x < 0.7 else "unsold" if x < 0.85 else "stealth_otp"
                fu = r.choice(pool_modems) if (uk in ("otp", "stealth_otp") and pool_modems) else self.fu_for(uk)
                line, n9 = self.reg(p, car, L=L2, ch=CH_AGENT, pt=pt, dev=dev if sloppy else r.choice(pt.devs),
                                    name=name, selfie=sf, fm=fm2, render=False, uk=uk, fu=fu,
                                    pop="MATCH" if L2 >= self.POPDB_L else "UNCHECKED", jd=0.1)
                self.sub(car, n9, 1, 1, "junk_dealer_extra_sim_on_customer_id", [line])
                made += 1

    def farm(self, cap, key, kinds, pattern_real, pattern_fab=None):
        r = self.r
        sloppy = not self.care()
        car_main = self.fcar_w.pick(r)
        prov = self.fraud_prov.pick(r)
        nch = r.choice((8, 16, 32, 32, 64))
        if sloppy:
            chans = self.imei_seq("gateway", nch)
        else:
            chans = [self.imei("smart" if r.random() < 0.7 else "feature") for _ in range(nch)]
        fabricated = pattern_fab is not None and sloppy and r.random() < 0.35
        nid = max(1, min(cap, r.randint(8, 60) if sloppy else r.randint(6, 30)))
        reg_mode = r.random()
        pt = self.point(car_main, prov, "agent")
        broker_phone = self.imei("smart")
        d0 = self.day_shop.pick(r)
        span = r.randint(2, 10) if sloppy else r.randint(20, 90)
        made = 0
        templates = [r.getrandbits(64)]
        for _ in range(nid):
            if made >= cap:
                break
            if fabricated:
                v = self.fab_person(d0 * DAY, prov, True)
            else:
                src = self.src_north if PREG[prov] in ("RRD", "NMT", "NCC") else self.src_south
                home = src.pick(r)
                v = self.person(d0 * DAY, cur=home, bprov=home, age=r.randint(18, 68), pool=False)
            k = r.randint(3, 9) if sloppy else r.randint(1, 3)
            vd = min(self.d1, d0 + r.randrange(span))
            for j in range(k):
                if made >= cap:
                    break
                car = car_main if (sloppy or r.random() < 0.5) else self.fcar_w.pick(r)
                if sloppy:
                    ch = CH_AGENT if reg_mode < 0.6 else CH_APP
                else:
                    ch = CH_APP if r.random() < 0.5 else CH_AGENT
                L = self.clampL(self.t("agent" if ch == CH_AGENT else "app",
                                       day=vd if sloppy else min(self.d1, vd + r.randrange(25))))
                if ch == CH_AGENT:
                    p_ = pt if car == car_main else self.point(car, prov, "agent")
                    dev = p_.devs[0] if sloppy else r.choice(p_.devs)
                else:
                    p_ = None
                    dev = broker_phone if sloppy else self.phone(v)
                if fabricated:
                    selfie = self.hexface(templates[0]) if self.selfie_on(L) else ""
                    fm = r.uniform(0.1, 0.5) if selfie else None
                    pop = "NOT_FOUND" if r.random() < 0.5 else "UNCHECKED"
                else:
                    selfie = self.hexface(v.face) if self.selfie_on(L) else ""
                    fm = self.fm_gen(v, v.idt) if selfie else None
                    pop = None
                uk = r.choice(kinds[0] if sloppy else kinds[1])
                fu = r.choice(chans)
                line, n9 = self.reg(v, car, L=L, ch=ch, pt=p_, dev=dev, selfie=selfie, fm=fm, pop=pop, uk=uk,
                                    fu=fu, app_ok=True, prov=v.rprov if ch == CH_APP or r.random() < 0.6 else prov,
                                    jd=0.45 if sloppy else 0.12)
                if fabricated:
                    self.sub(car, n9, 1, 0, pattern_fab, [line])
                else:
                    self.sub(car, n9, 1, 1, pattern_real, [line])
                made += 1

    def f_farm_bought(self, cap):
        self.farm(cap, "farm_bought", (("simbox", "simbox", "spam"), ("stealth_simbox",)),
                  "junk_simbox_bought_identity")

    def f_otp_farm(self, cap):
        self.farm(cap, "otp_farm", (("otp",), ("stealth_otp",)), "junk_otp_farm_rented_identity",
                  "junk_otp_farm_fabricated_id")

    def f_agent_own(self, cap):
        r = self.r
        sloppy = not self.care()
        car = self.fcar_w.pick(r)
        prov = self.fraud_prov.pick(r)
        pt = self.point(car, prov, "agent")
        p = self.agent_person(pt)
        n = max(1, min(cap, r.randint(40, 400) if sloppy else r.randint(6, 20)))
        if sloppy:
            times = self.fraud_times(n, True)
        else:
            times = sorted(self.clampL(self.t("agent")) for _ in range(n))
        st = self.dedicated_stock(car, n) if sloppy else pt.stk
        for L in times:
            uk = self.sold_usage(sloppy)
            line, n9 = self.reg(p, car, L=L, ch=CH_AGENT, pt=pt, dev=pt.devs[0], uk=uk, fu=self.fu_for(uk),
                                stockst=st, app_ok=False, jd=0.2 if sloppy else 0.03)
            self.sub(car, n9, 1, 1, "junk_dealer_own_id_mass_activation", [line])

    def f_fab_passport(self, cap):
        r = self.r
        sloppy = not self.care()
        car = self.fcar_w.pick(r)
        prov = r.choice(("020", "010", "022", "089", "072", "079", "001", "004", "011"))
        pt = self.point(car, prov, "agent")
        n = max(1, min(cap, r.randint(10, 80) if sloppy else r.randint(4, 15)))
        times = self.fraud_times(n, sloppy)
        templates = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        nat = r.choice(("CN", "CN", "KR", "TW"))
        for L in times:
            f = self.foreigner(L, prov, nat=nat if sloppy else None)
            selfie = self.hexface(r.choice(templates) if sloppy else f.face) if self.selfie_on(L) else ""
            fm = (r.uniform(0.05, 0.45) if sloppy else r.uniform(0.55, 0.85)) if selfie else None
            uk = self.sold_usage(sloppy)
            line, n9 = self.reg(f, car, L=L, ch=CH_AGENT, pt=pt, selfie=selfie, fm=fm, pop="UNCHECKED", uk=uk,
                                fu=self.fu_for(uk), render=False, jd=0.2 if sloppy else 0.05)
            self.sub(car, n9, 1, 0, "junk_fabricated_foreign_passport", [line])

    def f_id_rental(self, cap):
        r = self.r
        sloppy = not self.care()
        prov = r.choice(("001", "079", "048", "092", "074", "040", "019"))
        nr = max(1, min(cap // 2 + 1, r.randint(5, 30)))
        broker_phones = [self.imei("smart") for _ in range(r.randint(1, 2))]
        modems = self.imei_seq("gateway", r.randint(8, 32)) if sloppy else None
        d0 = self.day_app.pick(r)
        span = r.randint(3, 15) if sloppy else r.randint(30, 100)
        made = 0
        for _ in range(nr):
            if made >= cap:
                break
            L0 = d0 * DAY
            v = self.person(L0, cur=prov, age=r.randint(18, 26), pool=False)
            v.idt, v.idn = "CCCD", v.cccd
            v.cc = {}
            ncar = 1 if (not sloppy or r.random() < 0.6) else 2
            cars = [self.fcar_w.pick(r) for _ in range(ncar)]
            vd = min(self.d1, d0 + r.randrange(span))
            for car in cars:
                k = 3 if sloppy else r.randint(1, 3)
                if sloppy and r.random() < 0.2:
                    k = r.randint(4, 6)  # app limit overrun
                L = self.clampL(self.t("app", day=vd))
                for j in range(k):
                    if made >= cap:
                        break
                    L = self.clampL(L + r.randint(60, 900) if sloppy else self.t("app", day=min(self.d1, vd + r.randrange(10))))
                    dev = r.choice(broker_phones) if (sloppy and r.random() < 0.6) else self.phone(v)
                    uk = r.choice(("otp", "scam", "otp")) if sloppy else r.choice(("stealth_otp", "stealth_scam", "resold"))
                    fu = r.choice(modems) if (modems and uk == "otp") else self.imei("smart")
                    line, n9 = self.reg(v, car, L=L, ch=CH_APP, dev=dev, uk=uk, fu=fu, limit=not sloppy,
                                        jd=0.25 if sloppy else 0.05)
                    self.sub(car, n9, 1, 1, "junk_identity_rental_app", [line])
                    made += 1

    def f_vanity_resale(self, cap):
        r = self.r
        car = self.fcar_w.pick(r)
        L0 = self.t("store")
        p = self.person(L0, age=r.randint(28, 55))
        p.idt, p.idn = "CCCD", p.cccd
        n = max(1, min(cap, r.randint(5, 30)))
        for _ in range(n):
            ch = CH_STORE if r.random() < 0.6 else CH_AGENT
            uk = "resold" if r.random() < 0.6 else "unsold"
            self.emit_f(p, car, "junk_vanity_number_speculation", 1, 1, ch=ch, n9=self.alloc_vanity(car), uk=uk,
                        fu=self.fu_for(uk), app_ok=False)

    def emit_f(self, p, car, pattern, j, no, **kw):
        line, n9 = self.reg(p, car, **kw)
        self.sub(car, n9, j, no, pattern, [line])
        return line, n9

    def f_child_on_parent(self, cap):
        r = self.r
        L = self.t("store")
        par = self.person(L, age=r.randint(30, 52))
        kid_age = r.randint(7, 13)
        kid_phone = self.imei("feature" if r.random() < 0.35 else "smart")
        ch = CH_STORE if r.random() < 0.4 else CH_AGENT if r.random() < 0.5 else CH_APP
        self.emit_f(par, self.car_w.pick(r), "nonowner_child_on_parent_id", 0, 1, ch=ch, fu=kid_phone,
                    uk="kid" if kid_age < 11 else "teen")

    def f_for_relative(self, cap):
        r = self.r
        age = r.randint(45, 80) if r.random() < 0.6 else r.randint(20, 45)
        ch = CH_STORE if r.random() < 0.45 else CH_AGENT if r.random() < 0.6 else CH_APP
        L = self.tch(ch)
        holder = self.person(L, age=age)
        rel = self.person(L, cur=holder.cur, age=r.randint(18, 50), pool=False)
        car = self.car_w.pick(r)
        if r.random() < 0.5 and cap > 1:
            self.emit1(rel, self.car_w.pick(r), "legit_single", ch=CH_APP, dev=self.phone(rel))
        self.emit_f(holder, car, "nonowner_registered_for_relative", 0, 1, L=L, ch=ch, fu=self.phone(rel),
                    uk="normal")

    def f_staff_on_owner(self, cap):
        r = self.r
        L = self.t("store")
        owner = self.person(L, age=r.randint(32, 58))
        owner.cc = {}
        car = self.car_w.pick(r)
        n = max(1, min(cap, r.randint(4, 12)))
        visits = r.randint(1, 3)
        ch = CH_STORE if r.random() < 0.6 else CH_AGENT
        pt = self.point(car, owner.cur, "store" if ch == CH_STORE else "agent")
        Ls = [L] + [self.clampL(self.t("store")) for _ in range(visits - 1)]
        for i in range(n):
            Lx = self.clampL(Ls[i % visits] + i * r.randint(60, 300))
            self.emit_f(owner, car, "nonowner_staff_sims_on_owner_id", 0, 1, L=Lx, ch=ch, pt=pt,
                        fu=self.imei("smart" if r.random() < 0.8 else "feature"),
                        uk=r.choice(("heavy", "normal", "normal")), app_ok=False)

    # ============================================================ driver
    def run(self):
        r = self.r
        N = self.N
        fraud = self.S.get("fraud", {})
        budgets = {k: v * N for k, v in fraud.items()}
        made = {k: 0 for k in budgets}
        legit_budget = N - sum(budgets.values())
        legit_made = 0
        keys = list(budgets)
        units = {k: getattr(self, "f_" + k) for k in keys}
        lunits = {k: getattr(self, "u_" + k) for k in self.legit_w.items}
        while self.nrows < N:
            items = [(k, budgets[k] - made[k]) for k in keys if budgets[k] - made[k] >= 0.5]
            items.append(("__legit", max(0.0, legit_budget - legit_made)))
            tot = sum(w for _, w in items)
            if tot <= 0:
                break
            x = r.random() * tot
            choice = items[-1][0]
            for k, w in items:
                x -= w
                if x < 0:
                    choice = k
                    break
            before = self.nrows
            if choice == "__legit":
                k = self.legit_w.pick(r)
                lunits[k](max(1, N - self.nrows))
                legit_made += self.nrows - before
            else:
                cap = max(1, int(budgets[choice] - made[choice] + 0.5))
                nb = len(self.subs)
                units[choice](min(cap, max(1, N - self.nrows)))
                fr = sum(len(lines) for lab, lines in self.subs[nb:] if not lab.endswith("legit_walkin_customer")
                         and not lab.endswith(",0,0,legit_single"))
                made[choice] += max(1, fr)
                legit_made += self.nrows - before - fr
        # exact size: drop trailing subscriptions, then pad with single-row legit registrations
        while self.nrows > N:
            _lab, lines = self.subs.pop()
            self.nrows -= len(lines)
        while self.nrows < N:
            self.u_single(1)

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        rows = []
        for _lab, lines in self.subs:
            rows.extend(lines)
        rows.sort(key=lambda x: x[0])
        with open(os.path.join(out, "batch.csv"), "w", encoding="utf-8", newline="") as f:
            if self.S.get("bom"):
                f.write("\ufeff")
            f.write(",".join(COLUMNS) + "\n")
            f.write("\n".join(l for _L, l in rows))
            f.write("\n")
        labs = sorted(l for l, _ in self.subs)
        with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(",".join(LABEL_COLUMNS) + "\n")
            f.write("\n".join(labs))
            f.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Independent synthetic Vietnamese SIM-registration batch generator")
    ap.add_argument("--rows", type=int)
    ap.add_argument("--seed", default="1")
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
