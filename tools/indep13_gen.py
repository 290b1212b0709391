#!/usr/bin/env python3
"""indep13_gen.py - independent synthetic population generator for the Vietnamese
SIM-registration anomaly auditor.

Written only from shared/spec/batch-format.md and shared/spec/domain-vietnam.md.
Python 3 standard library only.

Usage:
    python3 -B tools/indep13_gen.py --rows N --seed S --scenario NAME --out DIR
    python3 -B tools/indep13_gen.py --list-scenarios

Writes DIR/batch.csv (registration batch, spec section 1) and DIR/labels.csv
(carrier,msisdn,junk,non_owner,pattern; one row per subscription, msisdn normalised
to 84+9 digits, carrier upper-case).  The batch may contain several rows for one
subscription (ownership transfer, re-issued number, re-registration); the label
describes the current state, i.e. the row with the latest registered_at.
"""

import argparse
import array
import bisect
import csv
import datetime
import os
import random
import sys
import unicodedata

# ---------------------------------------------------------------------------
# Static reference data
# ---------------------------------------------------------------------------

COLUMNS = [
    "carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type", "id_number",
    "full_name", "date_of_birth", "gender", "nationality", "province", "registered_at",
    "channel", "agent_id", "device_imei", "selfie_hash", "face_match", "popdb_check",
    "status", "first_use_imei", "active_days_30d", "out_calls_30d", "in_calls_30d",
    "out_sms_30d", "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d",
]
LABEL_COLUMNS = ["carrier", "msisdn", "junk", "non_owner", "pattern"]
EMPTY_USAGE = ("",) * 8

# code, name, population (thousands, ~2019-2023), region, minority groups share
PROVINCES = [
    ("001", "Hà Nội", 8250, "N", {}),
    ("002", "Hà Giang", 870, "N", {"hmong": 0.33, "tay": 0.45}),
    ("004", "Cao Bằng", 535, "N", {"tay": 0.88}),
    ("006", "Bắc Kạn", 316, "N", {"tay": 0.84}),
    ("008", "Tuyên Quang", 790, "N", {"tay": 0.5}),
    ("010", "Lào Cai", 740, "N", {"hmong": 0.3, "tay": 0.3}),
    ("011", "Điện Biên", 610, "N", {"hmong": 0.35, "thai": 0.45}),
    ("012", "Lai Châu", 470, "N", {"hmong": 0.4, "thai": 0.4}),
    ("014", "Sơn La", 1260, "N", {"thai": 0.55, "hmong": 0.2}),
    ("015", "Yên Bái", 830, "N", {"tay": 0.3, "hmong": 0.15}),
    ("017", "Hòa Bình", 860, "N", {"muong": 0.65}),
    ("019", "Thái Nguyên", 1300, "N", {"tay": 0.22}),
    ("020", "Lạng Sơn", 790, "N", {"tay": 0.8}),
    ("022", "Quảng Ninh", 1340, "N", {"tay": 0.05}),
    ("024", "Bắc Giang", 1850, "N", {"tay": 0.1}),
    ("025", "Phú Thọ", 1480, "N", {"muong": 0.15}),
    ("026", "Vĩnh Phúc", 1170, "N", {}),
    ("027", "Bắc Ninh", 1460, "N", {}),
    ("030", "Hải Dương", 1940, "N", {}),
    ("031", "Hải Phòng", 2090, "N", {}),
    ("033", "Hưng Yên", 1280, "N", {}),
    ("034", "Thái Bình", 1870, "N", {}),
    ("035", "Hà Nam", 880, "N", {}),
    ("036", "Nam Định", 1780, "N", {}),
    ("037", "Ninh Bình", 1000, "N", {}),
    ("038", "Thanh Hóa", 3720, "C", {"muong": 0.09, "thai": 0.06}),
    ("040", "Nghệ An", 3400, "C", {"thai": 0.1}),
    ("042", "Hà Tĩnh", 1300, "C", {}),
    ("044", "Quảng Bình", 910, "C", {}),
    ("045", "Quảng Trị", 650, "C", {}),
    ("046", "Thừa Thiên Huế", 1160, "C", {}),
    ("048", "Đà Nẵng", 1220, "C", {}),
    ("049", "Quảng Nam", 1520, "C", {}),
    ("051", "Quảng Ngãi", 1240, "C", {}),
    ("052", "Bình Định", 1500, "C", {}),
    ("054", "Phú Yên", 880, "C", {}),
    ("056", "Khánh Hòa", 1250, "C", {}),
    ("058", "Ninh Thuận", 600, "C", {"cham": 0.2}),
    ("060", "Bình Thuận", 1250, "C", {"cham": 0.04}),
    ("062", "Kon Tum", 570, "H", {"bana": 0.5}),
    ("064", "Gia Lai", 1590, "H", {"jrai": 0.45}),
    ("066", "Đắk Lắk", 1920, "H", {"ede": 0.3}),
    ("067", "Đắk Nông", 670, "H", {"ede": 0.2, "tay": 0.1}),
    ("068", "Lâm Đồng", 1330, "H", {}),
    ("070", "Bình Phước", 1020, "S", {}),
    ("072", "Tây Ninh", 1190, "S", {}),
    ("074", "Bình Dương", 2760, "S", {}),
    ("075", "Đồng Nai", 3250, "S", {"hoa": 0.03}),
    ("077", "Bà Rịa–Vũng Tàu", 1180, "S", {}),
    ("079", "TP Hồ Chí Minh", 9400, "S", {"hoa": 0.05}),
    ("080", "Long An", 1730, "S", {}),
    ("082", "Tiền Giang", 1790, "S", {}),
    ("083", "Bến Tre", 1300, "S", {}),
    ("084", "Trà Vinh", 1010, "S", {"khmer": 0.3}),
    ("086", "Vĩnh Long", 1030, "S", {"khmer": 0.02}),
    ("087", "Đồng Tháp", 1600, "S", {}),
    ("089", "An Giang", 1910, "S", {"khmer": 0.05}),
    ("091", "Kiên Giang", 1750, "S", {"khmer": 0.12}),
    ("092", "Cần Thơ", 1250, "S", {"khmer": 0.02}),
    ("093", "Hậu Giang", 730, "S", {"khmer": 0.02}),
    ("094", "Sóc Trăng", 1200, "S", {"khmer": 0.3, "hoa": 0.05}),
    ("095", "Bạc Liêu", 920, "S", {"khmer": 0.08}),
    ("096", "Cà Mau", 1200, "S", {}),
]
PROV_CODES = [p[0] for p in PROVINCES]
PROV_INDEX = {p[0]: i for i, p in enumerate(PROVINCES)}
# share of residents whose birth was registered in another province
MIGRANT_SHARE = {"079": 0.36, "074": 0.5, "075": 0.3, "001": 0.2, "027": 0.25, "048": 0.2,
                 "077": 0.22, "080": 0.12, "024": 0.1, "026": 0.12, "031": 0.1, "022": 0.1,
                 "070": 0.2, "092": 0.12, "056": 0.1}
# provinces that send many migrants (weight multiplier)
SENDING = {"038": 3.0, "040": 3.0, "042": 2.0, "034": 1.6, "036": 1.6, "089": 2.0, "087": 2.0,
           "096": 2.0, "094": 2.0, "091": 1.8, "095": 1.8, "082": 1.5, "083": 1.8, "086": 1.5,
           "084": 1.5, "093": 1.5, "052": 1.5, "051": 1.5, "049": 1.5, "044": 1.3, "045": 1.3,
           "066": 1.2, "064": 1.2, "014": 1.0, "002": 0.8}
BORDER_OR_HOTSPOT = ["079", "074", "075", "001", "089", "091", "072", "020", "010", "027",
                     "092", "048", "031", "038", "040", "080"]
# legacy 9-digit CMND issuing prefixes (from memory; used only for realism)
CMND_PREFIX = {
    "001": "01", "079": "02", "031": "03", "011": "04", "012": "04", "014": "05", "010": "06",
    "015": "06", "002": "07", "008": "07", "020": "08", "004": "08", "019": "09", "006": "09",
    "022": "10", "017": "11", "024": "12", "027": "12", "025": "13", "026": "13", "030": "14",
    "033": "14", "034": "15", "036": "16", "035": "16", "037": "16", "038": "17", "040": "18",
    "042": "18", "044": "19", "045": "19", "046": "19", "048": "20", "049": "20", "051": "21",
    "052": "21", "056": "22", "054": "22", "064": "23", "062": "23", "066": "24", "067": "24",
    "068": "25", "058": "26", "060": "26", "075": "27", "077": "27", "074": "280", "070": "285",
    "072": "29", "080": "30", "082": "31", "083": "32", "086": "33", "084": "33", "087": "34",
    "089": "35", "092": "36", "093": "36", "094": "36", "091": "37", "096": "38", "095": "38",
}
TAX_PREFIX = {"001": "01", "079": "03", "031": "02", "048": "04", "074": "37", "075": "36",
              "027": "23", "092": "18", "022": "57", "056": "42", "077": "35", "030": "08",
              "026": "25", "024": "24", "038": "28", "040": "29"}

MVNO_HOST_PREFIXES = {
    "MOBIFONE": {"089": 5, "090": 5, "093": 5, "070": 4, "076": 3, "077": 4, "078": 3, "079": 4},
    "VINAPHONE": {"088": 5, "091": 5, "094": 5, "081": 3, "082": 3, "083": 3, "084": 3, "085": 3},
}
# code: market share %, agent-code short, MNC options, ICCID issuer, ICCID length,
#       prefix weights, channel mix, big3 flag
CARRIERS = {
    "VIETTEL": dict(share=53.5, short="VT", mnc=("04",), iin="04", ilen=20,
                    prefixes={"086": 8, "096": 12, "097": 12, "098": 12, "032": 6, "033": 6,
                              "034": 6, "035": 6, "036": 6, "037": 6, "038": 6, "039": 6},
                    ch=(("STORE", 22), ("AGENT", 48), ("EKYC_APP", 25), ("ONLINE", 5)), big=True),
    "VINAPHONE": dict(share=21.5, short="VNP", mnc=("02",), iin="02", ilen=20,
                      prefixes={"088": 10, "091": 14, "094": 14, "081": 6, "082": 6, "083": 6,
                                "084": 6, "085": 6},
                      ch=(("STORE", 25), ("AGENT", 42), ("EKYC_APP", 27), ("ONLINE", 6)), big=True),
    "MOBIFONE": dict(share=20.6, short="MBF", mnc=("01",), iin="01", ilen=19,
                     prefixes={"089": 10, "090": 15, "093": 14, "070": 6, "076": 6, "077": 6,
                               "078": 6, "079": 6},
                     ch=(("STORE", 24), ("AGENT", 44), ("EKYC_APP", 26), ("ONLINE", 6)), big=True),
    "VIETNAMOBILE": dict(share=2.0, short="VNM", mnc=("05",), iin="05", ilen=19,
                         prefixes={"092": 10, "052": 3, "056": 6, "058": 6},
                         ch=(("STORE", 8), ("AGENT", 52), ("EKYC_APP", 30), ("ONLINE", 10)), big=False),
    "GMOBILE": dict(share=0.45, short="GTL", mnc=("07",), iin="07", ilen=19,
                    prefixes={"0993": 1, "0994": 1, "0995": 1, "0996": 1, "0997": 1, "059": 8},
                    ch=(("STORE", 8), ("AGENT", 50), ("EKYC_APP", 32), ("ONLINE", 10)), big=False),
    "ITEL": dict(share=1.1, short="ITL", mnc=("08", "02"), iin="08", ilen=19,
                 prefixes={"087": 1},
                 ch=(("STORE", 4), ("AGENT", 46), ("EKYC_APP", 35), ("ONLINE", 15)), big=False),
    "REDDI": dict(share=0.25, short="RDI", mnc=("09",), iin="09", ilen=19,
                  prefixes={"055": 1},
                  ch=(("STORE", 3), ("AGENT", 40), ("EKYC_APP", 40), ("ONLINE", 17)), big=False),
    "WINTEL": dict(share=0.35, short="WTL", mnc=("09",), iin="09", ilen=19,
                   prefixes={"055": 1},
                   ch=(("STORE", 3), ("AGENT", 30), ("EKYC_APP", 47), ("ONLINE", 20)), big=False),
    "ASIM": dict(share=0.2, short="ASM", mnc=("01",), iin="01", ilen=19,
                 prefixes=MVNO_HOST_PREFIXES["MOBIFONE"],
                 ch=(("STORE", 3), ("AGENT", 35), ("EKYC_APP", 42), ("ONLINE", 20)), big=False),
    "LOCAL": dict(share=0.3, short="LCL", mnc=("01",), iin="01", ilen=19,
                  prefixes=MVNO_HOST_PREFIXES["MOBIFONE"],
                  ch=(("STORE", 3), ("AGENT", 35), ("EKYC_APP", 42), ("ONLINE", 20)), big=False),
    "DIGILIFE": dict(share=0.15, short="DGL", mnc=("02",), iin="02", ilen=19,
                     prefixes=MVNO_HOST_PREFIXES["VINAPHONE"],
                     ch=(("STORE", 2), ("AGENT", 30), ("EKYC_APP", 48), ("ONLINE", 20)), big=False),
}
CARRIER_CODES = list(CARRIERS)
BIG3 = ("VIETTEL", "VINAPHONE", "MOBIFONE")

SURNAMES = [  # (surname, north, central, south)
    ("Nguyễn", 31, 32, 33), ("Trần", 11, 11, 11), ("Lê", 9, 10, 9.5), ("Phạm", 8, 6, 6),
    ("Hoàng", 4.5, 3, 1.5), ("Huỳnh", 0.3, 2, 5), ("Phan", 3, 6, 4), ("Vũ", 4, 1, 1.2),
    ("Võ", 0.5, 5, 4.5), ("Đặng", 2.2, 2, 2), ("Bùi", 2.5, 1.5, 1.6), ("Đỗ", 2, 1.2, 1.1),
    ("Hồ", 0.8, 2.2, 1.5), ("Ngô", 1.4, 1.3, 1.3), ("Dương", 1.1, 0.9, 1), ("Lý", 0.3, 0.3, 0.9),
    ("Đinh", 1.2, 0.9, 0.6), ("Đào", 1, 0.5, 0.5), ("Trương", 0.6, 1, 1.2), ("Lâm", 0.3, 0.3, 1),
    ("Mai", 0.6, 0.5, 0.5), ("Trịnh", 0.9, 0.3, 0.3), ("Lương", 0.5, 0.4, 0.5), ("Cao", 0.5, 0.6, 0.4),
    ("Tô", 0.4, 0.2, 0.4), ("Hà", 0.7, 0.4, 0.2), ("Tạ", 0.4, 0.1, 0.2), ("Chu", 0.4, 0.1, 0.1),
    ("Lưu", 0.4, 0.3, 0.4), ("Triệu", 0.3, 0.1, 0.1), ("Thái", 0.2, 0.4, 0.3), ("Châu", 0.1, 0.3, 0.5),
    ("Kiều", 0.2, 0.1, 0.1), ("Quách", 0.1, 0.1, 0.2), ("Đoàn", 0.6, 0.6, 0.4), ("Văn", 0.1, 0.2, 0.1),
    ("Tăng", 0.05, 0.05, 0.2), ("Nghiêm", 0.2, 0.02, 0.02), ("Khúc", 0.05, 0.01, 0.01),
    ("La", 0.1, 0.1, 0.2), ("Từ", 0.1, 0.1, 0.1), ("Vương", 0.2, 0.1, 0.2), ("Tống", 0.2, 0.1, 0.1),
]
MID_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Xuân", "Ngọc", "Tuấn", "Hoàng",
         "Anh", "Gia", "Bảo", "Đình", "Trọng", "Thanh", "Huy", "Duy", "Tiến", "Mạnh", "Quốc",
         "Nhật", "Hải", "Khánh", "Trung", "Phúc", "Đăng", "Tấn", "Thế", "Việt", "Kim"]
MID_F = ["Ngọc", "Thu", "Thanh", "Minh", "Phương", "Bảo", "Hồng", "Mai", "Kim", "Khánh", "Diệu",
         "Mỹ", "Tuyết", "Hoài", "Thảo", "Quỳnh", "Gia", "Hải", "Ánh", "Cẩm", "Lan", "Bích", "Hà",
         "Thùy", "Kiều", "Xuân", "Như", "Huyền", "Yến"]
GIVEN_M = ["Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn", "Thắng", "Quân",
           "Huy", "Đức", "Phúc", "Khoa", "Bảo", "Trung", "Hiếu", "Thành", "Tùng", "Cường", "Vinh",
           "Tâm", "Phong", "Lâm", "Hoàng", "Khang", "Đạt", "Nghĩa", "Tài", "Lộc", "Thịnh", "Kiên",
           "Toàn", "Hưng", "Bình", "Tiến", "Việt", "Hào", "Khánh", "Duy", "Quang", "Thái", "Trí",
           "Thuận", "Tú", "Lợi", "Phát", "Hậu", "Nhân", "Thiện", "Vũ", "Sang", "Tín", "Hòa",
           "Công", "Chiến", "Dương", "Định", "Hiển", "Luân", "Mạnh", "Nguyên", "Quý", "Tân"]
GIVEN_F = ["Linh", "Trang", "Hương", "Lan", "Mai", "Hoa", "Thảo", "Ngọc", "Hằng", "Nhung",
           "Phương", "Yến", "Vy", "Hà", "Giang", "Thủy", "Anh", "Nga", "Oanh", "Trinh", "Hạnh",
           "Dung", "Huyền", "Loan", "Quỳnh", "Nhi", "My", "Thư", "Tuyết", "Vân", "Châu", "Chi",
           "Diệp", "Hồng", "Liên", "Ánh", "Hiền", "Thúy", "Tâm", "Xuân", "Uyên", "Trâm", "Ly",
           "Hậu", "Duyên", "Nhàn", "Lệ", "Thơm", "Cúc", "Đào", "Huệ", "Lụa", "Mơ", "Phượng",
           "Sương", "Tươi", "Vui", "Kim", "Nguyệt", "Khuyên"]
GIVEN_YOUNG_M = ["Khôi", "Bảo", "Minh Khôi", "Gia Bảo", "Đăng Khoa", "Minh Quân", "Hoàng Phúc",
                 "Gia Huy", "Tuấn Kiệt", "Nhật Minh", "Anh Khoa", "Phúc An", "Thiên Ân", "Bảo Long",
                 "Đức Anh", "Minh Đức", "Quốc Bảo", "Hải Đăng", "An", "Khang", "Thịnh", "Nam"]
GIVEN_YOUNG_F = ["Bảo Anh", "Gia Hân", "Khánh Linh", "Ngọc Hân", "Minh Anh", "Bảo Ngọc", "Phương Linh",
                 "An Nhiên", "Khánh Vy", "Thảo Nguyên", "Tường Vy", "Hà My", "Bảo Trâm", "Diệp Chi",
                 "Ngọc Diệp", "Thanh Trúc", "Yến Nhi", "Quỳnh Anh", "Mai Anh", "Vy", "Nhi", "Trang"]
HMONG_SUR = ["Giàng", "Sùng", "Vàng", "Lý", "Thào", "Mùa", "Hờ", "Lầu", "Cứ", "Vừ", "Tráng", "Ly"]
HMONG_GIVEN_M = ["Páo", "Chứ", "Sình", "Chá", "Dế", "Sử", "Lử", "Pó", "Tủa", "Phử", "Dơ", "Súa",
                 "Pàng", "Chía", "Say", "Sinh", "Vư", "Dình", "Nủ", "Thề", "Chảo", "Lềnh"]
HMONG_GIVEN_F = ["Mỷ", "Dợ", "Pà", "Sua", "Chú", "Mai", "Dua", "Lan", "Ly", "Xúa", "Mẩy", "Sình",
                 "Dính", "Cở", "Nhà", "Chi"]
THAI_SUR = ["Lò", "Lường", "Quàng", "Cầm", "Tòng", "Vi", "Lừ", "Hà", "Điêu", "Mè", "Lê", "Lương"]
THAI_GIVEN = ["Hặc", "Ơn", "Panh", "Xuân", "Bun", "Ún", "Ngoan", "Khăm", "Pọm", "Hom", "Thoa",
              "Ỏm", "Chăm", "Biên", "Ánh", "Tiến", "Hương", "Lả", "Pâng", "Duyên"]
TAY_SUR = ["Nông", "Hoàng", "Lục", "Ma", "Hà", "Triệu", "Lương", "Đàm", "Nịnh", "Bế", "Lăng",
           "Mông", "Chu", "Lý", "Hoàng", "Nông", "Vi", "La"]
MUONG_SUR = ["Bùi", "Đinh", "Quách", "Hà", "Xa", "Bạch", "Bùi", "Đinh"]
EDE_CLAN = ["Niê", "Êban", "Byă", "Mlô", "Ksơr", "Adrơng", "Buôn Yă", "Hwing", "Kbuôr", "Ayun",
            "Niê Kdăm", "Mdrang"]
EDE_GIVEN = ["Bhim", "Phôn", "Khuê", "Đoan", "Sơn", "Thuột", "Ngọc", "Lim", "Hen", "Yến", "Bla",
             "Nga", "Ruôn", "Dhia", "Wơn", "Juel", "Drao", "Mai", "Hiăo", "Blơ", "Đhơng", "Kriêng"]
JRAI_CLAN = ["Ksor", "Siu", "Rơ Mah", "Rơ Châm", "Nay", "Rah Lan", "Kpă", "Puih", "Rcom"]
KHMER_SUR = ["Thạch", "Sơn", "Kim", "Danh", "Lâm", "Châu", "Lý", "Thạch", "Sơn", "Trà"]
KHMER_GIVEN = ["Sô Phol", "Sa Rê", "Sa Vanh", "Sóc Khum", "Sa Rin", "Ra Ni", "Chăn Đa", "Sô Phiếp",
               "Sa Mết", "Ky", "Thươl", "Pho", "Sa Rây", "Sóc", "Phách", "Thi", "Nol", "Sa Quyên",
               "Sà Phon", "Kim Hoa", "Sa Muôn", "Ni", "Sà Rương"]
CHAM_SUR = ["Đàng", "Quảng", "Thuận", "Thiên", "Lưu", "Châu", "Trượng", "Bá", "Thông", "Báo"]
HOA_SUR = ["Lâm", "Quách", "Tăng", "Mã", "Lưu", "Trương", "Hứa", "Diệp", "Lý", "Tạ", "Lương", "Huỳnh"]

FOREIGN = {  # iso: (weight, style, surnames, given_m, given_f, passport format)
    "KR": (30, "SG", ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
           ["MIN JUN", "JI HOON", "HYUN WOO", "DONG HYUN", "SUNG MIN", "JAE HO", "SEUNG WOO"],
           ["SEO YEON", "SU BIN", "JI WOO", "YE JIN", "HAE WON", "MIN JI", "EUN JI"], "M8"),
    "CN": (25, "SG", ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
           ["WEI", "LEI", "JUN", "TAO", "HAO", "YONG", "QIANG", "JIAN"],
           ["FANG", "NA", "MIN", "JING", "YAN", "XIN", "YU", "LI NA"], "E8"),
    "JP": (8, "SG", ["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA"],
           ["HIROSHI", "TAKESHI", "KENJI", "DAIKI", "HARUTO", "YUTA"],
           ["YUKI", "AYAKA", "SAKURA", "MISAKI", "HARUKA", "AOI"], "LL7"),
    "TW": (8, "SG", ["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU", "LIU"],
           ["CHIA HAO", "CHIH WEI", "CHUN HUNG", "YU CHENG"],
           ["YU TING", "HSIN YI", "SHU FEN", "YA TING"], "D9"),
    "US": (7, "GS", ["SMITH", "JOHNSON", "BROWN", "WILLIAMS", "JONES", "MILLER", "DAVIS", "NGUYEN"],
           ["JOHN", "MICHAEL", "DAVID", "JAMES", "DANIEL", "MATTHEW", "KEVIN"],
           ["SARAH", "EMILY", "JESSICA", "ANNA", "LAURA", "JENNIFER"], "D9"),
    "AU": (4, "GS", ["SMITH", "JONES", "WILLIAMS", "BROWN", "WILSON", "TAYLOR", "TRAN"],
           ["JACK", "OLIVER", "WILLIAM", "LIAM"], ["CHARLOTTE", "OLIVIA", "MIA", "CHLOE"], "L7"),
    "GB": (3, "GS", ["SMITH", "JONES", "TAYLOR", "BROWN", "EVANS", "WALKER"],
           ["GEORGE", "HARRY", "OLIVER", "THOMAS"], ["AMELIA", "ISLA", "EMILY", "SOPHIE"], "D9"),
    "FR": (3, "GS", ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "PETIT"],
           ["PIERRE", "LUC", "JEAN", "NICOLAS"], ["ÉLODIE", "CAMILLE", "MARIE", "LÉA"], "FR"),
    "RU": (4, "GS", ["IVANOV", "PETROV", "SMIRNOV", "KUZNETSOV", "POPOV"],
           ["IVAN", "DMITRY", "SERGEY", "ALEXEY"], ["OLGA", "ANNA", "ELENA", "NATALIA"], "D9"),
    "IN": (3, "GS", ["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA"],
           ["RAHUL", "AMIT", "VIKRAM", "ARJUN"], ["PRIYA", "ANITA", "NEHA", "POOJA"], "L7"),
    "TH": (3, "GS", ["SUKSAWAT", "CHAIYAPORN", "SRISUK", "WONGSA"],
           ["SOMCHAI", "ANAN", "KITTI"], ["SUDA", "MALEE", "PORNTIP"], "LL7"),
    "DE": (2, "GS", ["MÜLLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER"],
           ["LUKAS", "JONAS", "FELIX"], ["LENA", "HANNAH", "LEA"], "C8"),
}
FOREIGN_ISO = list(FOREIGN)
FOREIGN_CUM = []
_acc = 0
for _k in FOREIGN_ISO:
    _acc += FOREIGN[_k][0]
    FOREIGN_CUM.append(_acc)

ORG_KIND = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "CÔNG TY TNHH", "CÔNG TY CỔ PHẦN",
            "Công ty TNHH Một thành viên"]
ORG_LINE = {
    "iot": ["Công nghệ IoT", "Giải pháp Đo lường", "Điện nước Thông minh", "Thiết bị Giám sát",
            "Công nghệ Định vị", "Camera An ninh", "Năng lượng Mặt trời", "Thanh toán Điện tử"],
    "fleet": ["Vận tải", "Giao nhận", "Logistics", "Taxi", "Chuyển phát Nhanh", "Xe khách",
              "Vận tải Hàng hóa", "Thương mại, Dịch vụ và Vận tải"],
    "callcentre": ["Dịch vụ Khách hàng", "Tài chính Tiêu dùng", "Bảo hiểm Nhân thọ", "Tiếp thị Viễn thông",
                   "Bất động sản", "Chăm sóc Khách hàng"],
    "staff": ["Xây dựng", "Thương mại", "Dược phẩm", "Thực phẩm", "May mặc", "Điện tử", "Du lịch",
              "Giáo dục", "Cơ khí", "Nông sản", "Đầu tư, Xây dựng và Thương mại"],
    "shell": ["Thương mại Dịch vụ", "Đầu tư Phát triển", "Công nghệ Số", "Truyền thông", "Xuất nhập khẩu",
              "Dịch vụ Tổng hợp", "Thương mại, Dịch vụ Tổng hợp"],
}
ORG_BRAND = ["Minh Phát", "An Khang", "Sao Việt", "Hưng Thịnh", "Phú Gia", "Thành Đạt", "Hoàng Long",
             "Đại Việt", "Nam Á", "Bình Minh", "Tân Tiến", "Việt Tín", "Thiên Phúc", "Kim Long",
             "Hải Âu", "Trường Sơn", "Ánh Dương", "Phương Nam", "Đông Á", "Toàn Cầu", "Hòa Bình",
             "Quang Minh", "Nhật Tân", "Lộc Phát", "Vạn Xuân", "Sông Hồng", "Cửu Long", "Tây Đô",
             "Hồng Hà", "Thăng Long", "Sài Gòn Xanh", "Mekong", "Vina", "Đất Việt", "Kim Cương"]

DBL = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
DIGITS = "0123456789"
HEX = "0123456789abcdef"
TONE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")

EPOCH_ORD = datetime.date(2000, 1, 1).toordinal()


def dayno(y, m, d):
    return datetime.date(y, m, d).toordinal() - EPOCH_ORD


def parse_day(s):
    y, m, d = s.split("-")
    return dayno(int(y), int(m), int(d))


POPDB_DAY = dayno(2022, 8, 1)
C08_DAY = dayno(2026, 4, 15)
VNEID_LOCK_DAY = dayno(2026, 6, 15)
DECREE163_DAY = dayno(2024, 12, 24)
OLD_USAGE_TS = dayno(2023, 1, 1) * 86400
C08_TS = C08_DAY * 86400
TET_DAYS = [dayno(2025, 1, 29), dayno(2026, 2, 17), dayno(2027, 2, 6)]

# hour-of-day weights per registration context
HOURS = {
    "STORE": [0, 0, 0, 0, 0, 0, 0, 1, 6, 9, 10, 10, 7, 6, 8, 9, 9, 9, 9, 8, 6, 3, 0, 0],
    "AGENT": [0, 0, 0, 0, 0, 0, 1, 3, 6, 8, 9, 9, 7, 6, 7, 8, 9, 10, 11, 11, 9, 6, 2, 0.5],
    "EKYC_APP": [1.2, 0.6, 0.3, 0.2, 0.2, 0.5, 1.5, 3, 5, 6, 7, 7, 6, 5, 5, 5, 6, 6, 7, 8, 9, 9, 7, 3],
    "ONLINE": [0, 0, 0, 0, 0, 0, 0, 2, 7, 9, 10, 10, 7, 7, 9, 9, 9, 8, 6, 4, 2, 0, 0, 0],
    "NIGHT": [9, 8, 6, 5, 4, 3, 2, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 2, 4, 6, 8, 9],
    "OFFICE": [0, 0, 0, 0, 0, 0, 0, 1, 8, 10, 10, 9, 3, 6, 9, 10, 9, 6, 1, 0, 0, 0, 0, 0],
}
HOUR_CUM = {}
for _k, _w in HOURS.items():
    _c, _s = [], 0.0
    for _x in _w:
        _s += _x
        _c.append(_s)
    HOUR_CUM[_k] = _c

TOPUP_DENOM = (10000, 20000, 30000, 50000, 50000, 100000, 100000, 200000, 500000)


def luhn_digit(body):
    total = 0
    for ch in body[::-2]:
        total += DBL[ord(ch) - 48]
    for ch in body[-2::-2]:
        total += ord(ch) - 48
    return DIGITS[(10 - total % 10) % 10]


def coprime10(rng, mod):
    while True:
        a = rng.randrange(mod // 7 + 1, mod - 1)
        if a % 2 and a % 5:
            return a


def cum(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


_STRIP_CACHE = {}


def strip_diacritics(s):
    r = _STRIP_CACHE.get(s)
    if r is None:
        t = unicodedata.normalize("NFD", s)
        t = "".join(c for c in t if not unicodedata.combining(c))
        r = t.replace("đ", "d").replace("Đ", "D")
        r = unicodedata.normalize("NFC", r)
        if len(_STRIP_CACHE) < 300000:
            _STRIP_CACHE[s] = r
    return r


# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------

FRAUD_PATTERNS = [
    "dealer_preact_fabricated", "dealer_preact_leaked", "walkin_extra_sims", "identity_theft_ring",
    "agent_own_id_mass", "simbox_farm", "otp_farm", "sms_spam_sims", "identity_rental",
    "ekyc_deepfake_ring", "stealth_dealer_spread", "elderly_id_harvest", "shell_org_farm",
    "rereg_leaked_id", "borrowed_family_id", "fake_foreign_passport", "handed_over_after_activation",
]
LEGIT_SPECIAL = ["org_iot", "org_fleet", "org_call_centre", "org_staff", "tourist_kiosk",
                 "student_drive", "mobile_sales_remote", "industrial_zone", "courier_delivery",
                 "promo_day"]
ORDINARY_UNITS = {
    "single": 72, "multi_sim": 3.2, "family": 3.5, "elderly_assisted": 2, "data_only": 3,
    "backup": 2.5, "typo": 0.9, "foreigner": 0.5, "vn_passport": 0.25, "name_collision": 0.35,
    "legacy": 5, "transfer": 0.6, "reissued": 0.6, "standardised": 0.35, "postpaid": 2,
    "kids_watch": 0.7, "name_variants": 0.6, "cmnd_collision": 0.03, "device_change": 0.0,
}

BASE_FRAUD_MIX = {
    "dealer_preact_fabricated": 3, "dealer_preact_leaked": 4, "walkin_extra_sims": 4,
    "identity_theft_ring": 2, "agent_own_id_mass": 1.5, "simbox_farm": 2, "otp_farm": 1.5,
    "sms_spam_sims": 0.7, "identity_rental": 2, "ekyc_deepfake_ring": 1.5,
    "stealth_dealer_spread": 1.5, "elderly_id_harvest": 1, "shell_org_farm": 0.8,
    "rereg_leaked_id": 0.8, "borrowed_family_id": 1.5, "fake_foreign_passport": 0.5,
    "handed_over_after_activation": 0.4,
}
BASE_LEGIT_SPECIAL = {
    "org_iot": (0.008, 0.02), "org_fleet": (0.004, 0.01), "org_call_centre": (0.002, 0.006),
    "org_staff": (0.005, 0.012), "tourist_kiosk": (0.003, 0.008), "student_drive": (0.004, 0.01),
    "mobile_sales_remote": (0.003, 0.008), "industrial_zone": (0.008, 0.02),
    "courier_delivery": (0.003, 0.008), "promo_day": (0.004, 0.012),
}


def _mix(base, **over):
    d = dict(base)
    d.update(over)
    return d


SCENARIOS = {
    "national_default": dict(
        desc="realistic national mix; fraud a few percent of rows across all planted patterns",
        window=("2025-07-01", "2026-03-31"), export="2026-04-12", fraud=(0.03, 0.05),
        fraud_mix=BASE_FRAUD_MIX, legit=BASE_LEGIT_SPECIAL, units={}, wave=None, stealth=0.25),
    "stealth_ekyc_ring": dict(
        desc="stealth: app/eKYC rings on leaked IDs with deepfakes, rented identities, <=3 per ID, "
             "spread over many devices and weeks, plausible usage; families/multi-SIM confounders",
        window=("2025-09-01", "2026-04-10"), export="2026-04-25", fraud=(0.025, 0.05),
        fraud_mix=dict(ekyc_deepfake_ring=8, identity_rental=4, borrowed_family_id=2.5,
                       handed_over_after_activation=1.2, stealth_dealer_spread=1.5,
                       walkin_extra_sims=1),
        legit=_mix(BASE_LEGIT_SPECIAL, courier_delivery=(0.008, 0.015)),
        units={"family": 6, "multi_sim": 8, "name_variants": 1.2}, wave=None, stealth=1.0),
    "stealth_dealer_network": dict(
        desc="stealth: a dealer network spreads pre-activations on harvested/leaked real identities "
             "over hundreds of points of sale, business hours, unique faces, resold to real users",
        window=("2025-06-01", "2026-03-31"), export="2026-04-15", fraud=(0.025, 0.05),
        fraud_mix=dict(stealth_dealer_spread=8, walkin_extra_sims=4, elderly_id_harvest=1.5,
                       dealer_preact_leaked=1, identity_rental=1.5, borrowed_family_id=1),
        legit=_mix(BASE_LEGIT_SPECIAL, promo_day=(0.01, 0.025), student_drive=(0.006, 0.015),
                   mobile_sales_remote=(0.006, 0.012)),
        units={"multi_sim": 7}, wave=None, stealth=1.0),
    "province_dealer_wave": dict(
        desc="a wave of dealer pre-activation and ID-theft campaigns concentrated in 1-3 provinces, "
             "with legit promotions and mobile sales teams in the same provinces",
        window=("2025-08-01", "2026-02-28"), export="2026-03-15", fraud=(0.06, 0.1),
        fraud_mix=dict(dealer_preact_fabricated=5, dealer_preact_leaked=6, walkin_extra_sims=4,
                       agent_own_id_mass=2.5, identity_theft_ring=2, elderly_id_harvest=2,
                       fake_foreign_passport=1, simbox_farm=1, stealth_dealer_spread=1),
        legit=_mix(BASE_LEGIT_SPECIAL, promo_day=(0.01, 0.02), mobile_sales_remote=(0.006, 0.012)),
        units={}, wave=(1, 3, 0.8), stealth=0.2),
    "sim_farm_heavy": dict(
        desc="SIM boxes, OTP modem pools, SMS spam and shell companies dominate the fraud; legit "
             "IoT fleets and call centres as look-alikes",
        window=("2025-05-01", "2026-01-31"), export="2026-02-20", fraud=(0.08, 0.14),
        fraud_mix=dict(simbox_farm=6, otp_farm=5, sms_spam_sims=2.5, shell_org_farm=3,
                       identity_rental=2, dealer_preact_fabricated=2, agent_own_id_mass=1),
        legit=_mix(BASE_LEGIT_SPECIAL, org_iot=(0.03, 0.06), org_call_centre=(0.01, 0.02),
                   org_fleet=(0.008, 0.015)),
        units={"data_only": 5}, wave=None, stealth=0.1),
    "org_heavy_legit": dict(
        desc="organisation-heavy legitimate base (IoT meters, fleets, call centres, corporate plans) "
             "with a small fraud share incl. shell-company farms",
        window=("2025-07-01", "2026-03-31"), export="2026-04-12", fraud=(0.01, 0.02),
        fraud_mix=dict(shell_org_farm=4, simbox_farm=1.5, otp_farm=1, dealer_preact_leaked=1.5,
                       walkin_extra_sims=1.5, identity_rental=1, agent_own_id_mass=0.5),
        legit=_mix(BASE_LEGIT_SPECIAL, org_iot=(0.07, 0.11), org_fleet=(0.03, 0.05),
                   org_call_centre=(0.015, 0.03), org_staff=(0.04, 0.06)),
        units={}, wave=None, stealth=0.2),
    "clean_population": dict(
        desc="mostly legitimate population with many confounders; fraud well under 1%",
        window=("2025-07-01", "2026-03-31"), export="2026-04-12", fraud=(0.002, 0.006),
        fraud_mix=BASE_FRAUD_MIX,
        legit=_mix(BASE_LEGIT_SPECIAL, promo_day=(0.01, 0.02), student_drive=(0.008, 0.015)),
        units={"family": 5, "multi_sim": 7, "typo": 1.6, "backup": 4, "elderly_assisted": 3,
               "name_collision": 0.7, "name_variants": 1.2},
        wave=None, stealth=0.3),
    "post_circular08": dict(
        desc="after Circular 08/2026 (15 Apr 2026): face authentication everywhere, VNeID "
             "non-confirmation locks from 15 Jun 2026; fraud shifts to deepfakes and rented IDs",
        window=("2026-04-15", "2026-08-10"), export="2026-08-31", fraud=(0.02, 0.04),
        fraud_mix=dict(ekyc_deepfake_ring=4, identity_rental=4, borrowed_family_id=2,
                       simbox_farm=2, otp_farm=1.5, stealth_dealer_spread=2, walkin_extra_sims=2,
                       dealer_preact_leaked=1, shell_org_farm=0.8, handed_over_after_activation=0.6),
        legit=BASE_LEGIT_SPECIAL,
        units={"legacy": 7, "cmnd_collision": 0.05, "device_change": 1.2}, wave=None, stealth=0.6,
        post_c08=True),
    "legacy_cleanup": dict(
        desc="old base re-exported during a clean-up: many CMND-era subscriptions, ownership "
             "transfers, re-issued numbers, standardisations and junk re-registered to leaked IDs",
        window=("2025-01-01", "2025-12-31"), export="2026-01-15", fraud=(0.04, 0.07),
        fraud_mix=dict(rereg_leaked_id=5, dealer_preact_fabricated=3, dealer_preact_leaked=2,
                       walkin_extra_sims=2, identity_theft_ring=1.5, agent_own_id_mass=1,
                       borrowed_family_id=1.5, simbox_farm=1),
        legit=BASE_LEGIT_SPECIAL,
        units={"legacy": 28, "transfer": 3, "reissued": 3, "standardised": 2.5,
               "cmnd_collision": 0.1},
        wave=None, stealth=0.2, bom=True),
}


# ---------------------------------------------------------------------------
# Allocators (all unique by construction, no big sets in memory)
# ---------------------------------------------------------------------------

class NumberPool:
    """MSISDN pool for one prefix. Random numbers are scattered over many open
    1000-blocks; sequential stock lots take whole fresh blocks."""

    def __init__(self, rng, prefix):
        self.rng = rng
        self.prefix = prefix
        self.rem = 10 - len(prefix)
        self.nat_prefix = prefix[1:]
        self.nchunks = 10 ** (self.rem - 3)
        self.a = coprime10(rng, self.nchunks)
        self.b = rng.randrange(self.nchunks)
        self.j = 0
        self.open = []
        self.fmt = "%0" + str(self.rem) + "d"

    def new_chunk(self):
        c = (self.a * self.j + self.b) % self.nchunks
        self.j += 1
        if self.j > self.nchunks:
            raise RuntimeError("number pool exhausted for prefix " + self.prefix)
        return c * 1000

    def random_nat(self):
        rng = self.rng
        op = self.open
        if len(op) < 40:
            op.append([self.new_chunk(), 0, coprime10(rng, 1000), rng.randrange(1000)])
        i = rng.randrange(len(op))
        ch = op[i]
        off = (ch[2] * ch[1] + ch[3]) % 1000
        ch[1] += 1
        if ch[1] >= 1000:
            op[i] = [self.new_chunk(), 0, coprime10(rng, 1000), rng.randrange(1000)]
        return self.nat_prefix + self.fmt % (ch[0] + off)


class SeqNumbers:
    """A dealer's / shop's sequential MSISDN stock (kits in number order)."""

    def __init__(self, pool):
        self.pool = pool
        self.base = pool.new_chunk()
        self.i = pool.rng.randrange(0, 300)

    def take(self):
        if self.i >= 1000:
            self.base = self.pool.new_chunk()
            self.i = 0
        n = self.base + self.i
        self.i += 1 + (1 if self.pool.rng.random() < 0.08 else 0)  # some kits sold elsewhere
        return self.pool.nat_prefix + self.pool.fmt % n


class IccidPool:
    def __init__(self, rng, iin, length):
        self.rng = rng
        self.head = "8984" + iin
        self.rest = length - 1 - 6
        self.counter = rng.randrange(10 ** (self.rest - 1), 3 * 10 ** (self.rest - 1))
        self.fmt = "%0" + str(self.rest) + "d"

    def box(self, size=500):
        base = self.counter
        self.counter += size + (self.rng.randrange(1, 20000) if self.rng.random() < 0.3 else 0)
        return base


class IccidLot:
    """A box of SIM cards personalised in sequence: consecutive ICCIDs and IMSIs.
    take() returns (iccid, imsi)."""

    def __init__(self, pool, imsipool, size=500):
        self.pool = pool
        self.imsipool = imsipool
        self.size = size
        self.i = 0
        self._new()

    def _new(self):
        self.base = self.pool.box(self.size)
        self.ibase = self.imsipool.block(self.size)
        self.i = 0

    def take(self):
        if self.i >= self.size:
            self._new()
        body = self.pool.head + self.pool.fmt % (self.base + self.i)
        imsi = self.imsipool.head + "%010d" % (self.ibase + self.i)
        self.i += 1
        return body + luhn_digit(body), imsi


class ImsiPool:
    def __init__(self, rng, mnc):
        self.rng = rng
        self.head = "452" + mnc
        self.c = rng.randrange(10 ** 8, 10 ** 9)

    def block(self, size):
        base = self.c
        self.c += size + (self.rng.randrange(1, 50000) if self.rng.random() < 0.3 else 0)
        return base


class ImeiPool:
    """IMEIs per TAC: random-looking serials below 500000, sequential blocks above."""

    def __init__(self, rng):
        self.rng = rng
        self.state = {}

    def _st(self, tac):
        st = self.state.get(tac)
        if st is None:
            st = [coprime10(self.rng, 500000), self.rng.randrange(500000), 0,
                  500000 + self.rng.randrange(0, 200000)]
            self.state[tac] = st
        return st

    def one(self, tac):
        st = self._st(tac)
        st[2] += 1
        body = tac + "%06d" % ((st[0] * st[2] + st[1]) % 500000)
        return body + luhn_digit(body)

    def block(self, tac, n):
        st = self._st(tac)
        start = st[3]
        st[3] += n + self.rng.randrange(0, 50)
        out = []
        for k in range(n):
            body = tac + "%06d" % ((start + k) % 1000000)
            out.append(body + luhn_digit(body))
        return out


class Agent:
    __slots__ = ("code", "carrier", "prov", "kind", "weight", "devices", "busy", "plain_typing",
                 "seqnum", "iccid_lot", "num_prefix")

    def __init__(self, code, carrier, prov, kind, weight, devices, plain_typing):
        self.code = code
        self.carrier = carrier
        self.prov = prov
        self.kind = kind
        self.weight = weight
        self.devices = devices
        self.busy = False
        self.plain_typing = plain_typing
        self.seqnum = None
        self.iccid_lot = None
        self.num_prefix = None


class Person:
    __slots__ = ("id_type", "id_number", "name", "dob", "gender", "by", "prov", "bprov", "face",
                 "phone", "nat", "sur", "popdb")

    def __init__(self):
        self.phone = None
        self.nat = "VN"
        self.popdb = "MATCH"


class Org:
    __slots__ = ("name", "tax", "prov", "rep", "kind")


# ---------------------------------------------------------------------------
# World
# ---------------------------------------------------------------------------

class World:
    def __init__(self, rows, seed, scenario):
        self.rows = rows
        self.scen_name = scenario
        self.S = SCENARIOS[scenario]
        self.rng = rng = random.Random("indep13|%d|%s|%s" % (rows, seed, scenario))
        S = self.S
        self.d0 = parse_day(S["window"][0])
        self.d1 = parse_day(S["window"][1])
        self.export_day = parse_day(S["export"])
        self.export_ts = self.export_day * 86400 + 10 * 3600
        self.usage_cut = self.export_ts - 30 * 86400
        self.post_c08 = bool(S.get("post_c08"))
        self.ref_year = (datetime.date.fromordinal(self.d1 + EPOCH_ORD)).year
        self.daystr = {}
        self.dw = {}

        # provinces
        self.prov_cum = cum([p[2] for p in PROVINCES])
        self.send_cum = cum([p[2] * SENDING.get(p[0], 0.6) for p in PROVINCES])
        # wave provinces
        self.wave = None
        if S.get("wave"):
            lo, hi, share = S["wave"]
            k = rng.randint(lo, hi)
            self.wave = (rng.sample(BORDER_OR_HOTSPOT, k), share)

        # carriers
        self.car_cum = cum([CARRIERS[c]["share"] * rng.uniform(0.85, 1.15) for c in CARRIER_CODES])
        self.car_cum_fraud = cum([CARRIERS[c]["share"] * (1.0 if CARRIERS[c]["big"] else 4.0)
                                  for c in CARRIER_CODES])
        self.carrier_cfg = {}
        self.numpools = {}
        for c in CARRIER_CODES:
            cfg = CARRIERS[c]
            st = {}
            st["prefixes"] = list(cfg["prefixes"])
            st["pcum"] = cum([cfg["prefixes"][p] for p in st["prefixes"]])
            st["ch"] = [x[0] for x in cfg["ch"]]
            st["chcum"] = cum([x[1] * rng.uniform(0.8, 1.2) for x in cfg["ch"]])
            st["mnc"] = cfg["mnc"][0] if len(cfg["mnc"]) == 1 or rng.random() < 0.7 else cfg["mnc"][1]
            st["imsi"] = ImsiPool(rng, st["mnc"])
            st["iccid"] = IccidPool(rng, cfg["iin"], cfg["ilen"])
            st["warehouse"] = [IccidLot(st["iccid"], st["imsi"], 1000) for _ in range(12)]
            # export style
            r = rng.random()
            st["mfmt"] = "84" if r < 0.45 else ("0" if r < 0.8 else "+84")
            st["mfmt_mixed"] = rng.random() < 0.15     # two source systems merged
            st["code"] = c if (cfg["big"] or rng.random() < 0.8) else c.capitalize()
            st["upper_rate"] = rng.choice((0.0, 0.0, 0.02, 0.1, 0.3, 0.9))
            st["plain_rate"] = rng.choice((0.0, 0.01, 0.03, 0.08))
            st["usage"] = cfg["big"] or c == "VIETNAMOBILE" or rng.random() < 0.5
            st["first_use"] = st["usage"] or rng.random() < 0.5
            st["nat_empty"] = rng.random() < 0.25
            st["prov_empty"] = 0.0 if rng.random() < 0.7 else rng.uniform(0.05, 0.6)
            st["subtype_empty"] = rng.random() < 0.3
            st["gender_empty"] = 0.0 if rng.random() < 0.8 else rng.uniform(0.1, 1.0)
            st["selfie_upper"] = rng.random() < 0.2
            self.carrier_cfg[c] = st
            for p in st["prefixes"]:
                if p not in self.numpools:
                    self.numpools[p] = NumberPool(rng, p)
        self.all_prefixes = list(self.numpools)

        # devices
        self.imei = ImeiPool(rng)
        self._make_tacs()
        # CCCD / CMND allocators
        self.cccd_state = {}
        self.cmnd_state = {}
        # agents
        self._make_agents()
        # leak pool (real identities circulating among fraudsters)
        self.leak_pool = []
        self.leak_target = max(150, int(rows * 0.006))
        self.couriers = {}
        self.stock_faces = [rng.getrandbits(64) for _ in range(30)]
        self.flower_faces = [rng.getrandbits(64) for _ in range(3)]

    # ------------------------------------------------------------------ basics
    def _make_tacs(self):
        rng = self.rng
        seen = set()

        def mk(prefixes, n):
            out = []
            while len(out) < n:
                t = rng.choice(prefixes) + "%06d" % rng.randrange(1000000)
                if t not in seen:
                    seen.add(t)
                    out.append(t)
            return out
        self.tac_phone = mk(["35", "35", "35", "86", "86", "86", "86", "01", "99"], 420)
        w = [1.0 / (i + 3) ** 0.9 for i in range(len(self.tac_phone))]
        self.tac_phone_cum = cum(w)
        self.tac_tablet = mk(["35", "86"], 25)
        self.tac_gateway = mk(["86"], 6)
        self.tac_modem = mk(["86", "35"], 8)
        self.tac_iot = mk(["86", "35"], 14)
        self.tac_watch = mk(["86"], 8)
        self.tac_router = mk(["86", "35"], 10)

    def phone_imei(self):
        r = self.rng
        tac = self.tac_phone[bisect.bisect(self.tac_phone_cum, r.random() * self.tac_phone_cum[-1])]
        return self.imei.one(tac)

    def pick_province(self, wave_ok=False):
        r = self.rng
        if wave_ok and self.wave and r.random() < self.wave[1]:
            return PROV_INDEX[r.choice(self.wave[0])]
        return bisect.bisect(self.prov_cum, r.random() * self.prov_cum[-1])

    def pick_carrier(self, fraud=False):
        c = self.car_cum_fraud if fraud else self.car_cum
        return CARRIER_CODES[bisect.bisect(c, self.rng.random() * c[-1])]

    def pick_big3(self):
        r = self.rng.random()
        return "VIETTEL" if r < 0.56 else ("VINAPHONE" if r < 0.78 else "MOBIFONE")

    def day_str(self, d):
        s = self.daystr.get(d)
        if s is None:
            s = datetime.date.fromordinal(d + EPOCH_ORD).isoformat()
            self.daystr[d] = s
        return s

    def fmt_ts(self, ts):
        d, s = divmod(ts, 86400)
        h, r = divmod(s, 3600)
        m, s2 = divmod(r, 60)
        return "%sT%02d:%02d:%02d+07:00" % (self.day_str(d), h, m, s2)

    def pick_hour(self, kind):
        c = HOUR_CUM[kind]
        return bisect.bisect(c, self.rng.random() * c[-1])

    def ts_on(self, day, kind):
        r = self.rng
        return day * 86400 + self.pick_hour(kind) * 3600 + r.randrange(3600)

    def day_weight(self, d):
        w = self.dw.get(d)
        if w is None:
            w = 1.0
            for t in TET_DAYS:
                if -21 <= d - t < -2:
                    w = 1.35          # pre-Tet shopping
                elif -2 <= d - t <= 5:
                    w = 0.35          # Tet holiday: shops closed
            dt = datetime.date.fromordinal(d + EPOCH_ORD)
            if dt.month == 9 or (dt.month == 8 and dt.day > 20):
                w *= 1.15             # back to school / university
            self.dw[d] = w
        return w

    def rand_day(self, d0=None, d1=None, weekend=1.25):
        r = self.rng
        d0 = self.d0 if d0 is None else d0
        d1 = self.d1 if d1 is None else d1
        while True:
            d = r.randint(d0, d1)
            # 2000-01-01 was a Saturday -> d % 7 in (0, 1) is the weekend
            if (d % 7 in (0, 1) or r.random() * weekend < 1.0) and r.random() * 1.6 < self.day_weight(d):
                return d

    def rand_ts(self, kind, d0=None, d1=None):
        return self.ts_on(self.rand_day(d0, d1), kind)

    # ------------------------------------------------------------ identities
    def cccd(self, ppp, gender, by):
        century = (by - 1900) // 100
        g = 2 * century + (0 if gender == "M" else 1)
        yy = by % 100
        return self.cccd_raw(ppp, g, yy)

    def cccd_raw(self, ppp, g, yy):
        key = (ppp, g, yy)
        st = self.cccd_state.get(key)
        if st is None:
            st = [coprime10(self.rng, 10 ** 6), self.rng.randrange(10 ** 6), 0]
            self.cccd_state[key] = st
        st[2] += 1
        return "%s%d%02d%06d" % (ppp, g, yy, (st[0] * st[2] + st[1]) % 10 ** 6)

    def cmnd9(self, prov_code):
        pre = CMND_PREFIX.get(prov_code, "0" + str(self.rng.randint(1, 9)))
        st = self.cmnd_state.get(pre)
        n = 9 - len(pre)
        if st is None:
            st = [coprime10(self.rng, 10 ** n), self.rng.randrange(10 ** n), 0]
            self.cmnd_state[pre] = st
        st[2] += 1
        v = (st[0] * st[2] + st[1]) % 10 ** n
        if pre == "27":  # avoid the documented BR-VT / Dong Nai overlap except when planted
            while 1450001 <= v <= 1500000:
                st[2] += 1
                v = (st[0] * st[2] + st[1]) % 10 ** n
        return pre + "%0*d" % (n, v)

    def cmnd12(self, prov_code):
        key = "L" + prov_code
        st = self.cmnd_state.get(key)
        if st is None:
            st = [coprime10(self.rng, 10 ** 9), self.rng.randrange(10 ** 9), 0]
            self.cmnd_state[key] = st
        st[2] += 1
        return prov_code + "%09d" % ((st[0] * st[2] + st[1]) % 10 ** 9)

    def vn_passport(self):
        r = self.rng
        return r.choice("BBBCCCNNKP") + "%07d" % r.randrange(10 ** 7)

    def dob_for(self, by, elderly_jan1=True):
        r = self.rng
        if elderly_jan1 and by < 1958 and r.random() < 0.15:
            return "%04d-01-01" % by
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        if m == 2 and d == 28 and by % 4 == 0 and r.random() < 0.04:
            d = 29
        return "%04d-%02d-%02d" % (by, m, d)

    def pick_age(self, lo=14, hi=92):
        r = self.rng
        while True:
            x = r.random()
            if x < 0.05:
                a = r.randint(14, 17)
            elif x < 0.22:
                a = r.randint(18, 22)
            elif x < 0.42:
                a = r.randint(23, 29)
            elif x < 0.63:
                a = r.randint(30, 39)
            elif x < 0.79:
                a = r.randint(40, 49)
            elif x < 0.90:
                a = r.randint(50, 59)
            elif x < 0.96:
                a = r.randint(60, 69)
            elif x < 0.99:
                a = r.randint(70, 79)
            else:
                a = r.randint(80, 95)
            if lo <= a <= hi:
                return a

    def birth_prov(self, prov_idx):
        r = self.rng
        code = PROVINCES[prov_idx][0]
        if r.random() < MIGRANT_SHARE.get(code, 0.05):
            return PROVINCES[bisect.bisect(self.send_cum, r.random() * self.send_cum[-1])][0]
        return code

    def vn_name(self, gender, by, prov_idx, sur=None, allow_minority=True):
        r = self.rng
        P = PROVINCES[prov_idx]
        if allow_minority and P[4] and sur is None:
            x = r.random()
            acc = 0.0
            for grp, sh in P[4].items():
                acc += sh
                if x < acc:
                    return self.minority_name(grp, gender, by)
        if sur is None:
            col = {"N": 1, "C": 2, "H": 2, "S": 3}[P[3]]
            tot = 0.0
            x = r.random() * 100.0
            sur = SURNAMES[-1][0]
            for row in SURNAMES:
                tot += row[col]
                if x < tot:
                    sur = row[0]
                    break
        young = by >= 2000
        if gender == "M":
            p_van = 0.55 if by < 1975 else (0.35 if by < 1995 else 0.12)
            mid = "Văn" if r.random() < p_van else r.choice(MID_M)
            given = r.choice(GIVEN_YOUNG_M) if young and r.random() < 0.45 else r.choice(GIVEN_M)
        else:
            p_thi = 0.85 if by < 1975 else (0.6 if by < 1995 else 0.22)
            mid = "Thị" if r.random() < p_thi else r.choice(MID_F)
            given = r.choice(GIVEN_YOUNG_F) if young and r.random() < 0.45 else r.choice(GIVEN_F)
        if mid == given or given.startswith(mid + " "):
            return "%s %s" % (sur, given)
        return "%s %s %s" % (sur, mid, given)

    def minority_name(self, grp, gender, by):
        r = self.rng
        m = gender == "M"
        if grp == "hmong":
            mid = (r.choice(("A", "A", "A", "Seo", "Mí", "Văn")) if m else "Thị")
            return "%s %s %s" % (r.choice(HMONG_SUR), mid,
                                 r.choice(HMONG_GIVEN_M if m else HMONG_GIVEN_F))
        if grp == "thai":
            return "%s %s %s" % (r.choice(THAI_SUR), "Văn" if m else "Thị",
                                 r.choice(THAI_GIVEN if r.random() < 0.5 else (GIVEN_M if m else GIVEN_F)))
        if grp == "tay":
            return "%s %s %s" % (r.choice(TAY_SUR), "Văn" if m else "Thị", r.choice(GIVEN_M if m else GIVEN_F))
        if grp == "muong":
            return "%s %s %s" % (r.choice(MUONG_SUR), "Văn" if m else "Thị", r.choice(GIVEN_M if m else GIVEN_F))
        if grp == "ede":
            g = r.choice(EDE_GIVEN)
            return ("Y %s %s" % (g, r.choice(EDE_CLAN))) if m else ("H'%s %s" % (g, r.choice(EDE_CLAN)))
        if grp == "jrai":
            g = r.choice(EDE_GIVEN + GIVEN_M if m else EDE_GIVEN + GIVEN_F)
            return ("%s %s" % (r.choice(JRAI_CLAN), g)) if m else ("%s H'%s" % (r.choice(JRAI_CLAN), g))
        if grp == "bana":
            return ("A %s" % r.choice(EDE_GIVEN + GIVEN_M)) if m else ("Y %s" % r.choice(EDE_GIVEN + GIVEN_F))
        if grp == "khmer":
            return ("%s %s" % (r.choice(KHMER_SUR), r.choice(KHMER_GIVEN))) if m else \
                ("%s Thị %s" % (r.choice(KHMER_SUR), r.choice(KHMER_GIVEN)))
        if grp == "cham":
            return "%s %s %s" % (r.choice(CHAM_SUR), r.choice(("Văn", "Năng", "Đại")) if m else "Thị",
                                 r.choice(GIVEN_M if m else GIVEN_F))
        if grp == "hoa":
            return self.vn_name(gender, by, PROV_INDEX["079"], sur=r.choice(HOA_SUR))
        return self.vn_name(gender, by, PROV_INDEX["001"])

    def person(self, prov_idx=None, age=None, gender=None, sur=None, ref_day=None, id_type=None,
               age_lo=14, age_hi=92, bprov=None, allow_minority=True):
        r = self.rng
        p = Person()
        if prov_idx is None:
            prov_idx = self.pick_province()
        p.prov = prov_idx
        p.gender = gender or ("M" if r.random() < 0.505 else "F")
        if age is None:
            age = self.pick_age(age_lo, age_hi)
        ry = self.ref_year if ref_day is None else datetime.date.fromordinal(ref_day + EPOCH_ORD).year
        p.by = ry - age
        p.dob = self.dob_for(p.by)
        p.bprov = bprov or self.birth_prov(prov_idx)
        p.name = self.vn_name(p.gender, p.by, PROV_INDEX[p.bprov] if r.random() < 0.7 else prov_idx,
                              sur=sur, allow_minority=allow_minority)
        p.sur = p.name.split(" ", 1)[0]
        if id_type is None:
            x = r.random()
            cm = 0.008 if ry < 2025 else (0.002 if not self.post_c08 else 0.0)
            id_type = "CCCD" if x < 0.996 - cm else ("CMND" if x < 0.996 else "VNPASS")
        self.assign_id(p, id_type)
        p.face = r.getrandbits(64)
        return p

    def assign_id(self, p, id_type):
        r = self.rng
        if id_type == "CCCD":
            p.id_type, p.id_number = "CCCD", self.cccd(p.bprov, p.gender, p.by)
        elif id_type == "CMND":
            p.id_type = "CMND"
            p.id_number = self.cmnd9(PROVINCES[p.prov][0]) if r.random() < 0.9 else \
                self.cmnd12(PROVINCES[p.prov][0])
        else:
            p.id_type, p.id_number = "PASSPORT", self.vn_passport()

    def foreigner(self, prov_idx=None):
        r = self.rng
        iso = FOREIGN_ISO[bisect.bisect(FOREIGN_CUM, r.random() * FOREIGN_CUM[-1])]
        w, style, surs, gm, gf, pfmt = FOREIGN[iso]
        p = Person()
        p.gender = "M" if r.random() < 0.6 else "F"
        sur = r.choice(surs)
        giv = r.choice(gm if p.gender == "M" else gf)
        name = "%s %s" % (sur, giv) if style == "SG" else "%s %s" % (giv, sur)
        if r.random() < 0.15:
            name = name.title()
        p.name = name
        p.sur = sur
        p.by = self.ref_year - r.randint(19, 70)
        p.dob = self.dob_for(p.by, False)
        if prov_idx is None:
            prov_idx = PROV_INDEX[r.choice(("079", "079", "001", "001", "048", "056", "027", "074",
                                            "022", "077", "031", "075"))]
        p.prov = prov_idx
        p.bprov = None
        p.id_type = "PASSPORT"
        p.id_number = self.foreign_passport(pfmt)
        p.nat = iso
        p.face = r.getrandbits(64)
        p.popdb = "UNCHECKED"
        return p

    def foreign_passport(self, fmt):
        r = self.rng
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if fmt == "M8":
            return "M" + "%08d" % r.randrange(10 ** 8)
        if fmt == "E8":
            return r.choice(("E", "EA", "EB", "EH")) + "%07d" % r.randrange(10 ** 7) if r.random() < 0.5 \
                else "E" + "%08d" % r.randrange(10 ** 8)
        if fmt == "LL7":
            return r.choice(L) + r.choice(L) + "%07d" % r.randrange(10 ** 7)
        if fmt == "D9":
            return "%09d" % r.randrange(10 ** 8, 10 ** 9)
        if fmt == "L7":
            return r.choice(L) + "%07d" % r.randrange(10 ** 7)
        if fmt == "FR":
            return "%02d%s%s%05d" % (r.randrange(100), r.choice(L), r.choice(L), r.randrange(10 ** 5))
        return "C" + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))

    def fabricated_person(self, prov_idx=None, inconsistent=0.15, age_lo=18, age_hi=70):
        """An identity that does not exist in the population database."""
        r = self.rng
        p = self.person(prov_idx, age=self.pick_age(age_lo, age_hi), id_type="CCCD")
        if r.random() < inconsistent:
            kind = r.random()
            num = p.id_number
            if kind < 0.35:      # gender digit contradicts declared gender
                g = int(num[3]) ^ 1
                p.id_number = self.cccd_raw(num[:3], g, int(num[4:6]))
            elif kind < 0.7:     # YY contradicts DOB year
                p.id_number = self.cccd_raw(num[:3], int(num[3]), (int(num[4:6]) + r.randint(1, 9)) % 100)
            else:                # province code outside the 63-code table
                ppp = r.choice(("003", "005", "007", "009", "013", "016", "018", "021", "028", "039",
                                "041", "043", "047", "050", "053", "099"))
                p.id_number = self.cccd_raw(ppp, int(num[3]), int(num[4:6]))
        p.popdb = "NOT_FOUND"
        return p

    def leaked_person(self, prov_idx=None):
        """A real identity from the pool of leaked identities (re-used across campaigns)."""
        r = self.rng
        pool = self.leak_pool
        if pool and (len(pool) >= self.leak_target or r.random() < 0.35):
            p = r.choice(pool)
            if prov_idx is None or r.random() < 0.5:
                return p, False
        p = self.person(prov_idx, age=self.pick_age(18, 80))
        if p.id_type == "PASSPORT":
            self.assign_id(p, "CCCD")
        pool.append(p)
        return p, True

    def org(self, kind, prov_idx=None):
        r = self.rng
        o = Org()
        o.kind = kind
        o.prov = prov_idx if prov_idx is not None else \
            PROV_INDEX[r.choice(("001", "001", "079", "079", "079", "048", "031", "074", "075", "027",
                                 "056", "092", "022"))] if r.random() < 0.75 else self.pick_province()
        k = r.choice(ORG_KIND)
        name = "%s %s %s" % (k, r.choice(ORG_LINE[kind]), r.choice(ORG_BRAND))
        if k.isupper():
            name = name.upper()
        o.name = name
        o.tax = self.tax_code(PROVINCES[o.prov][0])
        if r.random() < 0.2:
            o.tax += "-%03d" % r.randint(1, 12)
        o.rep = self.person(o.prov, age=r.randint(28, 62))
        return o

    def tax_code(self, prov_code):
        r = self.rng
        pre = TAX_PREFIX.get(prov_code) or "%02d" % r.randint(10, 65)
        W = (31, 29, 23, 19, 17, 13, 7, 5, 3)
        while True:
            body = pre + "%07d" % r.randrange(10 ** 7)
            s = sum(int(c) * w for c, w in zip(body, W))
            c = 10 - s % 11
            if 0 <= c <= 9:
                return body + str(c)

    # --------------------------------------------------------------- agents
    def _make_agents(self):
        rng = self.rng
        n_total = max(300, self.rows // 45)
        tot_pop = self.prov_cum[-1]
        self.agents = {}      # (carrier, prov_idx, kind) -> (list, cum)
        self.agent_list = []
        self.agents_by_carrier = {}
        serial = {}
        for c in CARRIER_CODES:
            cfg = CARRIERS[c]
            share = cfg["share"] / 100.0
            big = cfg["big"]
            for pi, P in enumerate(PROVINCES):
                if not big and c != "VIETNAMOBILE" and P[0] not in ("001", "079", "048", "031", "092",
                                                                       "074", "075", "056"):
                    continue
                expected = n_total * share * P[2] / tot_pop * (1.0 if big else 2.5)
                n_ag = int(expected) + (1 if rng.random() < expected - int(expected) else 0)
                n_st = max(1 if big else 0, int(round(n_ag * rng.uniform(0.04, 0.1))))
                if big:
                    n_ag = max(n_ag, 2)
                for kind, n in (("STORE", n_st), ("AGENT", n_ag)):
                    lst = []
                    for _ in range(n):
                        k = serial.get(c, 0) + 1
                        serial[c] = k
                        code = "%s%s%s%05d" % (cfg["short"], P[0], "S" if kind == "STORE" else "D",
                                               (k * 7919 + 13) % 100000)
                        w = min(rng.paretovariate(1.15), 300.0)
                        if kind == "STORE":
                            w *= 3.0
                            devs = [self.imei.one(rng.choice(self.tac_tablet)) for _ in range(rng.randint(1, 4))]
                        else:
                            devs = [self.phone_imei() for _ in range(1 if rng.random() < 0.7 else 2)]
                        a = Agent(code, c, pi, kind, w, devs, rng.random() < 0.12)
                        lst.append(a)
                        self.agent_list.append(a)
                        self.agents_by_carrier.setdefault(c, []).append(a)
                    if lst:
                        self.agents[(c, pi, kind)] = (lst, cum([a.weight for a in lst]))
        ws = sorted(a.weight for a in self.agent_list)
        thr = ws[int(len(ws) * 0.96)] if ws else 1e9
        for a in self.agent_list:
            if a.weight >= thr:
                a.busy = True

    def pick_agent(self, carrier, prov_idx, kind):
        t = self.agents.get((carrier, prov_idx, kind))
        if t is None:
            t = self.agents.get((carrier, prov_idx, "AGENT" if kind == "STORE" else "STORE"))
            if t is None:
                return None
        lst, c = t
        return lst[bisect.bisect(c, self.rng.random() * c[-1])]

    def any_agent(self, carrier, prov_idx=None, kind="AGENT", small=False):
        r = self.rng
        a = None
        if prov_idx is not None:
            t = self.agents.get((carrier, prov_idx, kind))
            if t:
                lst = t[0]
                a = r.choice(lst) if small else self.pick_agent(carrier, prov_idx, kind)
        if a is None:
            lst = self.agents_by_carrier.get(carrier)
            if not lst:
                lst = self.agents_by_carrier["VIETTEL"]
            a = r.choice(lst)
        return a

    def agent_device(self, a):
        d = a.devices
        if len(d) == 1 or self.rng.random() < 0.6:
            return d[0]
        return self.rng.choice(d)

    # ---------------------------------------------------------- numbering
    def carrier_prefix(self, carrier):
        st = self.carrier_cfg[carrier]
        r = self.rng
        if r.random() < 0.025:   # ported-in number (MNP since 2018)
            return r.choice(self.all_prefixes)
        return st["prefixes"][bisect.bisect(st["pcum"], r.random() * st["pcum"][-1])]

    def random_msisdn(self, carrier):
        return self.numpools[self.carrier_prefix(carrier)].random_nat()

    def seq_numbers(self, carrier):
        return SeqNumbers(self.numpools[self.carrier_prefix(carrier)])

    def agent_msisdn(self, a):
        if a.seqnum is None:
            a.seqnum = self.seq_numbers(a.carrier)
        return a.seqnum.take()

    def agent_iccid(self, a):
        if a.iccid_lot is None:
            cc = self.carrier_cfg[a.carrier]
            a.iccid_lot = IccidLot(cc["iccid"], cc["imsi"], self.rng.choice((100, 200, 500)))
        return a.iccid_lot.take()

    def warehouse_iccid(self, carrier):
        return self.rng.choice(self.carrier_cfg[carrier]["warehouse"]).take()

    def new_lot(self, carrier, size=500):
        cc = self.carrier_cfg[carrier]
        return IccidLot(cc["iccid"], cc["imsi"], size)

    # ------------------------------------------------------------- faces
    def capture(self, face, lo=0, hi=4):
        r = self.rng
        k = r.randint(lo, hi)
        for _ in range(k):
            face ^= 1 << r.randrange(64)
        return face

    def flip(self, face, k):
        r = self.rng
        for b in r.sample(range(64), k):
            face ^= 1 << b
        return face

    def fm_genuine(self, by=None):
        r = self.rng
        if by is not None and self.ref_year - by >= 65:
            v = r.gauss(0.78, 0.08)
        else:
            v = r.gauss(0.915, 0.04)
        return min(0.995, max(0.45, v))

    def fm_other(self):
        return min(0.72, max(0.01, self.rng.gauss(0.31, 0.11)))

    def fm_photo(self):
        return min(0.985, max(0.6, self.rng.gauss(0.87, 0.045)))

    def selfie_present(self, channel, ts):
        d = ts // 86400
        if channel == "EKYC_APP" or d >= C08_DAY:
            return True
        r = self.rng.random()
        if d < POPDB_DAY:
            return r < 0.25
        return r < {"STORE": 0.94, "AGENT": 0.82, "ONLINE": 0.9}.get(channel, 0.9)

    # ------------------------------------------------------------- usage
    def usage(self, kind, by=None):
        r = self.rng
        lg = r.lognormvariate
        if kind == "normal" or kind == "staff" or kind == "student":
            old = by is not None and self.ref_year - by >= 60
            act = min(30, max(1, int(r.gauss(26, 5))))
            oc = int(lg(3.3, 0.9)) if not old else int(lg(2.8, 0.8))
            ic = int(lg(3.4, 0.8))
            osms = int(lg(0.6, 1.1))
            isms = int(lg(2.9, 0.6))
            dc = min(oc, int(oc * r.uniform(0.15, 0.6)) + (1 if oc else 0))
            top = 0 if kind == "staff" else self.topup()
            data = int(lg(7.9 if not old else 5.0, 1.1)) if kind != "student" else int(lg(8.6, 0.8))
            return (act, oc, ic, osms, isms, dc, top, data)
        if kind == "light":
            act = r.randint(3, 25)
            oc = int(lg(1.5, 1.0))
            ic = int(lg(2.2, 1.0))
            dc = min(oc, max(0, int(oc * r.uniform(0.3, 0.8))))
            return (act, oc, ic, int(lg(0.2, 0.8)), int(lg(2.2, 0.6)), dc,
                    r.choice((0, 0, 10000, 20000, 50000)), int(lg(4.5, 1.5)))
        if kind == "elderly":
            act = r.randint(18, 30)
            oc = int(lg(2.6, 0.7))
            ic = int(lg(3.3, 0.6))
            dc = min(oc, max(1, int(oc * r.uniform(0.1, 0.35))))
            return (act, oc, ic, r.randint(0, 2), int(lg(2.3, 0.5)), dc,
                    r.choice((20000, 30000, 50000, 50000, 100000)), int(lg(3.0, 1.5)))
        if kind == "data_only":
            return (r.randint(12, 30), 0, 0, 0, r.randint(0, 12), 0,
                    r.choice((50000, 70000, 90000, 120000, 150000, 200000)), int(lg(9.3, 0.9)))
        if kind == "backup":
            act = r.choice((0, 0, 1, 1, 2, 3, 4))
            return (act, r.randint(0, 2) if act else 0, r.randint(0, 3) if act else 0, 0,
                    r.randint(1, 9), 0, r.choice((0, 0, 0, 10000, 20000)), r.randint(0, 40) if act else 0)
        if kind == "never":
            return (0, 0, 0, 0, 0, 0, 0, 0)
        if kind == "kid_watch":
            oc = r.randint(10, 70)
            return (r.randint(24, 30), oc, r.randint(15, 90), 0, r.randint(0, 8), min(oc, r.randint(1, 4)),
                    r.choice((0, 0, 30000, 50000)), r.randint(20, 300))
        if kind == "tourist":
            oc = r.randint(0, 12)
            return (r.randint(3, 20), oc, r.randint(0, 10), r.randint(0, 3), r.randint(3, 15),
                    min(oc, r.randint(0, 6)), r.choice((0, 0, 0, 100000, 200000)), int(lg(8.3, 0.7)))
        if kind == "iot":
            return (r.randint(27, 30), 0, 0, r.randint(0, 12), r.randint(0, 6), 0, 0, int(lg(3.5, 1.2)))
        if kind == "fleet":
            oc = int(lg(4.6, 0.6))
            return (r.randint(20, 30), oc, int(lg(4.7, 0.6)), r.randint(0, 15), int(lg(3.0, 0.6)),
                    min(oc, int(oc * r.uniform(0.25, 0.6))), 0, int(lg(7.6, 0.8)))
        if kind == "callcentre":
            oc = int(lg(7.2, 0.5))
            return (r.randint(20, 26), oc, int(lg(4.6, 0.9)), r.randint(0, 60), r.randint(0, 40),
                    min(oc, int(oc * r.uniform(0.6, 0.92))), 0, r.randint(0, 200))
        if kind == "simbox":
            oc = int(lg(7.0, 0.7)) + 150
            return (r.randint(3, 30), oc, r.randint(0, 8), r.randint(0, 2), r.randint(0, 6),
                    min(oc, int(oc * r.uniform(0.85, 0.99))), r.choice((100000, 200000, 500000, 1000000, 1500000)), 0)
        if kind == "otp":
            oc = r.randint(0, 1)
            return (r.randint(3, 30), oc, r.randint(0, 2), r.randint(0, 2),
                    int(lg(4.5, 0.8)) + 15, oc if r.random() < 0.3 else 0,
                    r.choice((0, 0, 10000, 20000)), 0)
        if kind == "spam_sms":
            oc = r.randint(0, 5)
            return (r.randint(2, 15), oc, r.randint(0, 10), int(lg(8.6, 0.7)) + 1000,
                    r.randint(0, 40), 0, r.choice((200000, 500000, 1000000, 2000000)), r.randint(0, 20))
        if kind == "scam_calls":
            oc = int(lg(5.5, 0.7)) + 40
            return (r.randint(3, 20), oc, r.randint(2, 40), r.randint(0, 20), r.randint(2, 20),
                    min(oc, int(oc * r.uniform(0.7, 0.95))), r.choice((50000, 100000, 200000, 500000)),
                    int(lg(5.0, 1.5)))
        if kind == "scam_soft":
            oc = int(lg(4.4, 0.5))
            return (r.randint(10, 30), oc, int(lg(3.0, 0.6)), r.randint(0, 10), int(lg(2.6, 0.6)),
                    min(oc, int(oc * r.uniform(0.5, 0.85))), self.topup(), int(lg(6.5, 1.2)))
        if kind == "resold":
            x = r.random()
            return self.usage("normal" if x < 0.45 else "light" if x < 0.6 else "scam_calls" if x < 0.75
                              else "otp" if x < 0.88 else "never", by)
        raise ValueError(kind)

    def topup(self):
        r = self.rng
        x = r.random()
        if x < 0.06:
            return 0
        n = 1 if x < 0.55 else (2 if x < 0.85 else r.randint(3, 5))
        return sum(r.choice(TOPUP_DENOM) for _ in range(n))

    # ------------------------------------------------------------- rows
    def fmt_msisdn(self, carrier, nat):
        st = self.carrier_cfg[carrier]
        f = st["mfmt"]
        if st["mfmt_mixed"] and self.rng.random() < 0.3:
            f = self.rng.choice(("84", "0", "+84"))
        return ("0" + nat) if f == "0" else (f + nat)

    def render_name(self, name, carrier, agent=None, style=None):
        r = self.rng
        st = self.carrier_cfg[carrier]
        if style is None:
            if agent is not None and agent.plain_typing and r.random() < 0.7:
                style = "plain"
            elif r.random() < st["plain_rate"]:
                style = "plain"
            else:
                style = "full"
            if r.random() < st["upper_rate"]:
                style += "_upper"
        if style.startswith("plain"):
            name = strip_diacritics(name)
        if style.endswith("_upper"):
            name = name.upper()
        return name

    def make_row(self, carrier, nat, who, ts, channel, agent, device, selfie, fm, popdb, status,
                 first_use, usage, name_style=None, iccid=None, imsi=None, org=False, name=None):
        """who: Person or Org. selfie: int or None. usage: tuple or None (unknown)."""
        st = self.carrier_cfg[carrier]
        r = self.rng
        if iccid is None:
            iccid = self.warehouse_iccid(carrier)
        if iccid.__class__ is tuple:
            iccid, imsi0 = iccid
            if imsi is None:
                imsi = imsi0
        if selfie is None and ts >= C08_TS:
            # Circular 08/2026: no H2H registration without facial authentication any more;
            # whoever stood in front of the camera matched the document photo well enough.
            selfie = self.flip(who.rep.face if org else who.face, r.randint(2, 8))
            fm = self.fm_photo()
        if org:
            o = who
            sub = "ORGANIZATION"
            idt, idn = "ORG", o.tax
            fname = name or o.name
            dob, gender, natn = "", "", ("" if st["nat_empty"] else "VN")
            prov = PROVINCES[o.prov][0]
        else:
            p = who
            sub = "" if st["subtype_empty"] else "INDIVIDUAL"
            idt, idn = p.id_type, p.id_number
            fname = name or self.render_name(p.name, carrier, agent, name_style)
            dob = p.dob
            gender = p.gender if (not st["gender_empty"] or r.random() > st["gender_empty"]) else ""
            natn = "" if (st["nat_empty"] and p.nat == "VN") else p.nat
            prov = PROVINCES[p.prov][0]
        if st["prov_empty"] and r.random() < st["prov_empty"]:
            prov = ""
        if selfie is None:
            sh, fms = "", ""
        else:
            sh = "%016x" % selfie
            if st["selfie_upper"]:
                sh = sh.upper()
            fms = "%.3f" % fm
        if usage is None or not st["usage"]:
            u = EMPTY_USAGE
        else:
            u = tuple(str(x) for x in usage)
        if not st["first_use"]:
            first_use = ""
        return [st["code"], self.fmt_msisdn(carrier, nat), imsi, iccid,
                sub, idt, idn, fname, dob, gender, natn, prov, self.fmt_ts(ts), channel,
                agent.code if agent is not None else "", device or "", sh, fms, popdb, status,
                first_use or "", u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7]]

    def known(self, ts):
        if ts < OLD_USAGE_TS:
            return self.rng.random() < 0.12
        return ts <= self.usage_cut

    def legit_status(self, ts, popdb="MATCH"):
        r = self.rng
        x = r.random()
        if popdb in ("MISMATCH", "NOT_FOUND"):
            return "ACTIVE" if x < 0.55 else ("ONE_WAY_LOCKED" if x < 0.85 else "TWO_WAY_LOCKED")
        if x < 0.965:
            return "ACTIVE"
        if x < 0.985:
            return "TERMINATED"
        return "ONE_WAY_LOCKED"

    def fraud_status(self, ts, detect=0.25, vneid=False):
        """vneid: the named real person can see the number on VNeID and will not confirm it."""
        r = self.rng
        if self.post_c08 and vneid and self.export_day >= VNEID_LOCK_DAY + 3 and ts is not None \
                and ts // 86400 <= self.export_day - 12 and r.random() < 0.7:
            if self.export_day >= VNEID_LOCK_DAY + 60 and r.random() < 0.4:
                return "TWO_WAY_LOCKED" if r.random() < 0.6 else "TERMINATED"
            return "ONE_WAY_LOCKED"
        x = r.random()
        if x < 1 - detect:
            return "ACTIVE"
        x = r.random()
        return "ONE_WAY_LOCKED" if x < 0.45 else ("TWO_WAY_LOCKED" if x < 0.75 else "TERMINATED")

    def post_c08_legit_lock(self, p, status):
        """Legit subscribers who never confirm on VNeID (elderly, no smartphone)."""
        if self.post_c08 and status == "ACTIVE" and self.export_day >= VNEID_LOCK_DAY + 3:
            age = self.ref_year - p.by if p.by else 40
            pr = 0.015 + (0.05 if age >= 65 else 0.0)
            if self.rng.random() < pr:
                return "ONE_WAY_LOCKED", True
        return status, False


# ---------------------------------------------------------------------------
# Helper: a generic subscription
# ---------------------------------------------------------------------------

def label(W, carrier, nat, junk, non_owner, pattern):
    return (carrier, "84" + nat, junk, non_owner, pattern)


def legit_sub(W, p, carrier=None, ts=None, channel=None, agent=None, usage_kind="normal",
              pattern="legit_individual", device=None, msisdn=None, prov_for_agent=None,
              name_style=None, popdb=None, fm=None, selfie=True, first_use=None, status=None,
              d0=None, d1=None):
    """One legitimate subscription of person p. Returns (row, label)."""
    r = W.rng
    if carrier is None:
        carrier = W.pick_carrier()
    st = W.carrier_cfg[carrier]
    if channel is None:
        channel = st["ch"][bisect.bisect(st["chcum"], r.random() * st["chcum"][-1])]
        if p.by and W.ref_year - p.by >= 60 and channel == "EKYC_APP" and r.random() < 0.7:
            channel = "STORE" if r.random() < 0.4 else "AGENT"
    if channel in ("STORE", "AGENT") and agent is None:
        agent = W.pick_agent(carrier, p.prov if prov_for_agent is None else prov_for_agent, channel)
        if agent is None:
            channel = "EKYC_APP"
    if p.phone is None:
        p.phone = W.phone_imei()
    if ts is None:
        ts = W.rand_ts(channel if channel in HOURS else "STORE", d0, d1)
    iccid = None
    if agent is not None:
        if device is None:
            device = W.agent_device(agent)
        if msisdn is None and r.random() < 0.45:
            msisdn = W.agent_msisdn(agent)
        if r.random() < 0.85:
            iccid = W.agent_iccid(agent)
        if agent.busy and pattern == "legit_individual":
            pattern = "legit_busy_shop"
    elif channel == "ONLINE":
        if device is None:
            if r.random() < 0.55:
                device = courier_device(W, p.prov)
            else:
                device = p.phone
    else:
        if device is None:
            device = p.phone
    if msisdn is None:
        msisdn = W.random_msisdn(carrier)
    if popdb is None:
        popdb = p.popdb if ts // 86400 >= POPDB_DAY else "UNCHECKED"
    sh = None
    if selfie and W.selfie_present(channel, ts):
        sh = W.capture(p.face)
        if fm is None:
            fm = W.fm_genuine(p.by)
    if status is None:
        status = W.legit_status(ts, popdb)
        status, locked = W.post_c08_legit_lock(p, status)
        if locked and pattern == "legit_individual":
            pattern = "legit_unconfirmed_locked"
    u = W.usage(usage_kind, p.by) if W.known(ts) else None
    if first_use is None:
        if u is not None and u[0] == 0:
            first_use = ""
        elif u is None and r.random() < 0.25:
            first_use = ""
        else:
            first_use = p.phone if usage_kind not in ("data_only",) else W.imei.one(r.choice(W.tac_router))
    if status == "TERMINATED" and u is not None and r.random() < 0.5:
        u = W.usage("backup")
    row = W.make_row(carrier, msisdn, p, ts, channel, agent, device, sh, fm, popdb, status,
                     first_use, u, name_style=name_style, iccid=iccid)
    return row, label(W, carrier, msisdn, 0, 0, pattern)


def courier_device(W, prov_idx):
    lst = W.couriers.get(prov_idx)
    if lst is None:
        lst = [W.phone_imei() for _ in range(W.rng.randint(2, 8))]
        W.couriers[prov_idx] = lst
    return W.rng.choice(lst)


# ---------------------------------------------------------------------------
# Ordinary population stream
# ---------------------------------------------------------------------------

def ordinary_stream(W, quota, unit_weights):
    r = W.rng
    names = list(unit_weights)
    c = cum([unit_weights[k] for k in names])
    left = quota
    while left > 0:
        kind = names[bisect.bisect(c, r.random() * c[-1])]
        unit = ORDINARY_BUILDERS[kind](W, left)
        if not unit or len(unit) > left:
            unit = [legit_sub(W, W.person())]
        for item in unit:
            yield item
        left -= len(unit)


def u_single(W, left):
    return [legit_sub(W, W.person())]


def u_postpaid(W, left):
    p = W.person(age=W.rng.randint(25, 65))
    row, lab = legit_sub(W, p, channel="STORE" if W.rng.random() < 0.7 else None, usage_kind="staff",
                         pattern="legit_postpaid")
    return [(row, lab)]


def u_multi_sim(W, left):
    """One person, several SIMs within the law (<=3 via app per carrier, rest in person)."""
    r = W.rng
    p = W.person(age=W.pick_age(20, 70))
    n = min(left, r.choice((2, 2, 2, 2, 2, 3, 3, 3, 4, 5, 6, 8)))
    out = []
    app_count = {}
    base_day = W.rand_day()
    for i in range(n):
        carrier = W.pick_carrier() if r.random() < 0.55 else (W.pick_big3())
        ch = "EKYC_APP" if r.random() < 0.45 else ("ONLINE" if r.random() < 0.06 else
                                                 ("STORE" if r.random() < 0.45 else "AGENT"))
        if ch in ("EKYC_APP", "ONLINE"):
            # Decree 163 Art. 16(3): online only for the first 3 numbers per document
            if app_count.get(carrier, 0) >= 3:
                ch = "STORE"
            else:
                app_count[carrier] = app_count.get(carrier, 0) + 1
        d = min(W.d1, max(W.d0, base_day + int(r.expovariate(1 / 20.0)) * (1 if r.random() < 0.5 else -1)))
        kind = r.choice(("normal", "normal", "light", "data_only", "backup"))
        row, lab = legit_sub(W, p, carrier=carrier, channel=ch, usage_kind=kind,
                             pattern="legit_multi_sim_owner", ts=W.ts_on(d, ch or "AGENT"),
                             first_use=(p.phone if kind != "data_only" else W.imei.one(r.choice(W.tac_router))))
        out.append((row, lab))
    return out


def u_family(W, left):
    """A household registering relatives' SIMs on one family phone (app) or together at a shop."""
    r = W.rng
    head = W.person(age=r.randint(30, 58))
    n = min(left, r.choice((2, 2, 3, 3, 4, 5, 6)))
    carrier = W.pick_carrier() if r.random() < 0.4 else W.pick_big3()
    via_app = r.random() < 0.6
    day = W.rand_day()
    ts = W.ts_on(day, "EKYC_APP" if via_app else "AGENT")
    agent = None if via_app else W.pick_agent(carrier, head.prov, "AGENT")
    if agent is None:
        via_app = True
    fam_phone = head.phone = W.phone_imei()
    out = []
    for i in range(n):
        if i == 0:
            p = head
        else:
            rel = r.random()
            if rel < 0.35:      # spouse
                g = "F" if head.gender == "M" else "M"
                p = W.person(head.prov, age=max(18, W.ref_year - head.by + r.randint(-6, 4)), gender=g,
                             bprov=head.bprov if r.random() < 0.6 else None)
            elif rel < 0.8:     # child (>=14 normally, some younger with CCCD)
                hage = W.ref_year - head.by
                cage = max(6 if r.random() < 0.1 else 14, min(hage - 20, r.randint(14, max(14, hage - 20))))
                p = W.person(head.prov, age=cage, sur=head.sur if head.gender == "M" or r.random() < 0.3 else None,
                             bprov=head.prov and PROVINCES[head.prov][0])
            else:               # elderly parent
                p = W.person(head.prov, age=min(95, W.ref_year - head.by + r.randint(22, 35)),
                             sur=head.sur if r.random() < 0.5 else None)
        ts_i = ts + i * r.randint(60, 900) if r.random() < 0.8 else W.ts_on(min(W.d1, day + r.randint(1, 40)),
                                                                               "EKYC_APP")
        if via_app:
            kind = "elderly" if W.ref_year - p.by >= 65 else ("kid_watch" if W.ref_year - p.by < 14 else "normal")
            fu = None
            if kind == "kid_watch":
                fu = W.imei.one(r.choice(W.tac_watch))
            elif p is not head:
                p.phone = W.phone_imei()
            row, lab = legit_sub(W, p, carrier=carrier, channel="EKYC_APP", device=fam_phone, ts=ts_i,
                                 usage_kind=kind, pattern="legit_family_one_phone", first_use=fu,
                                 fm=None if W.ref_year - p.by < 65 else W.fm_genuine(p.by))
        else:
            row, lab = legit_sub(W, p, carrier=carrier, channel="AGENT", agent=agent, ts=ts_i,
                                 usage_kind="normal", pattern="legit_family_at_shop")
        out.append((row, lab))
    return out


def u_elderly_assisted(W, left):
    r = W.rng
    p = W.person(age=r.randint(68, 94))
    child = W.person(p.prov, age=r.randint(30, 55))
    child.phone = W.phone_imei()
    p.phone = W.imei.one(r.choice(W.tac_phone[-60:]))   # a cheap feature phone
    ch = "EKYC_APP" if r.random() < 0.5 else "STORE"
    row, lab = legit_sub(W, p, channel=ch, device=child.phone if ch == "EKYC_APP" else None,
                         usage_kind="elderly", pattern="legit_elderly_assisted",
                         fm=min(0.9, max(0.45, r.gauss(0.72, 0.09))))
    return [(row, lab)]


def u_data_only(W, left):
    r = W.rng
    p = W.person(age=W.pick_age(18, 65))
    fu = W.imei.one(r.choice(W.tac_router if r.random() < 0.6 else W.tac_tablet))
    row, lab = legit_sub(W, p, usage_kind="data_only", pattern="legit_data_only", first_use=fu)
    return [(row, lab)]


def u_backup(W, left):
    p = W.person(age=W.pick_age(20, 75))
    row, lab = legit_sub(W, p, usage_kind="backup", pattern="legit_backup_sim")
    return [(row, lab)]


def tone_typo(W, name):
    r = W.rng
    t = unicodedata.normalize("NFD", name)
    idx = [i for i, ch in enumerate(t) if ch in TONE_MARKS]
    if idx and r.random() < 0.7:
        i = r.choice(idx)
        new_tone = r.choice([m for m in TONE_MARKS if m != t[i]] + [""])
        a = i
        while a > 0 and unicodedata.combining(t[a]):
            a -= 1                       # base letter of this syllable nucleus
        b = i
        while b + 1 < len(t) and unicodedata.combining(t[b + 1]):
            b += 1
        marks = "".join(m for m in t[a + 1:b + 1] if m not in TONE_MARKS)
        t = t[:a + 1] + marks + new_tone + t[b + 1:]
    else:
        # swap two adjacent letters of one word (on precomposed characters)
        words = unicodedata.normalize("NFC", name).split(" ")
        j = r.randrange(len(words))
        w = words[j]
        if len(w) > 2:
            k = r.randrange(1, len(w) - 1)
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        else:
            w = w + w[-1]
        words[j] = w
        t = " ".join(words)
    return unicodedata.normalize("NFC", t)


def u_typo(W, left):
    """Honest clerical typo by the clerk: name tone mark, swapped day/month, one ID digit, DOB year."""
    r = W.rng
    p = W.person()
    x = r.random()
    name = None
    if x < 0.4:
        name = tone_typo(W, p.name)
        popdb = "MISMATCH"
    elif x < 0.65:
        y, m, d = p.dob.split("-")
        if int(d) <= 12 and d != m:
            p.dob = "%s-%s-%s" % (y, d, m)
        else:
            p.dob = "%s-%s-%02d" % (y, m, max(1, min(28, int(d) + r.choice((-1, 1)))))
        popdb = "MISMATCH"
    elif x < 0.85 and p.id_type == "CCCD":
        num = p.id_number
        k = r.randrange(6, 12)
        p.id_number = num[:k] + str((int(num[k]) + r.randint(1, 9)) % 10) + num[k + 1:]
        popdb = r.choice(("NOT_FOUND", "MISMATCH"))
    else:
        y, rest = p.dob.split("-", 1)
        p.dob = "%04d-%s" % (int(y) + r.choice((-1, 1)), rest)
        popdb = "MISMATCH"
    ch = "STORE" if r.random() < 0.4 else "AGENT"
    row, lab = legit_sub(W, p, channel=ch, popdb=popdb, pattern="legit_clerical_typo", name_style="full" if name else None)
    if name:
        row[7] = name
    return [(row, lab)]


def u_foreigner(W, left):
    r = W.rng
    p = W.foreigner()
    p.phone = W.phone_imei()
    carrier = W.pick_big3() if r.random() < 0.85 else W.pick_carrier()
    row, lab = legit_sub(W, p, carrier=carrier, channel="STORE" if r.random() < 0.8 else "AGENT",
                         usage_kind=r.choice(("normal", "tourist", "data_only")), pattern="legit_foreign_resident",
                         popdb="UNCHECKED", name_style="full")
    return [(row, lab)]


def u_vn_passport(W, left):
    p = W.person(id_type="VNPASS", age=W.pick_age(20, 70))
    row, lab = legit_sub(W, p, channel="STORE", pattern="legit_vn_passport", popdb=W.rng.choice(("MATCH", "UNCHECKED")))
    return [(row, lab)]


def u_name_collision(W, left):
    """Two different real people sharing full name and date of birth (common names)."""
    r = W.rng
    if left < 2:
        return None
    g = "M" if r.random() < 0.5 else "F"
    a = W.person(gender=g, allow_minority=False)
    b = W.person(gender=g, age=W.ref_year - a.by, allow_minority=False)
    common = "Nguyễn Văn Hùng" if g == "M" else "Nguyễn Thị Lan"
    if r.random() < 0.5:
        a.name = b.name = common
    else:
        b.name = a.name
    b.dob = a.dob if r.random() < 0.7 else b.dob
    return [legit_sub(W, a, pattern="legit_common_name_collision"),
            legit_sub(W, b, pattern="legit_common_name_collision")]


def u_name_variants(W, left):
    """One person with SIMs at several carriers/shops; names typed differently (upper, no diacritics)."""
    r = W.rng
    p = W.person(age=W.pick_age(22, 70))
    n = min(left, r.randint(2, 4))
    styles = ["full", "plain", "full_upper", "plain_upper"]
    r.shuffle(styles)
    out = []
    used = set()
    for i in range(n):
        carrier = W.pick_big3() if r.random() < 0.8 else W.pick_carrier()
        row, lab = legit_sub(W, p, carrier=carrier, name_style=styles[i % 4], pattern="legit_name_variants",
                             channel=r.choice(("STORE", "AGENT", "EKYC_APP") if i < 2 else ("STORE", "AGENT")))
        out.append((row, lab))
    return out


def u_kids_watch(W, left):
    r = W.rng
    kid = W.person(age=r.randint(6, 13))
    parent = W.person(kid.prov, age=r.randint(30, 48))
    parent.phone = W.phone_imei()
    ch = "EKYC_APP" if r.random() < 0.5 else "STORE"
    row, lab = legit_sub(W, kid, channel=ch, device=parent.phone if ch == "EKYC_APP" else None,
                         usage_kind="kid_watch", pattern="legit_kids_watch",
                         first_use=W.imei.one(r.choice(W.tac_watch)))
    return [(row, lab)]


def legacy_day(W):
    r = W.rng
    return r.randint(dayno(2015, 1, 1), min(W.d0 - 1, dayno(2024, 12, 31)))


def u_legacy(W, left):
    """Long-tenure subscription re-exported; registered years ago (CMND era possible)."""
    r = W.rng
    d = legacy_day(W)
    yr = datetime.date.fromordinal(d + EPOCH_ORD).year
    p = W.person(ref_day=d, age=W.pick_age(14, 80),
                 id_type="CMND" if (yr < 2021 and r.random() < 0.55) else None)
    ch = r.choice(("STORE", "AGENT", "AGENT", "AGENT")) if yr < 2020 else None
    ts = W.ts_on(d, ch or "AGENT")
    x = r.random()
    popdb = "UNCHECKED" if x < 0.12 else ("MISMATCH" if x < 0.16 else "MATCH")
    status = "ACTIVE"
    pattern = "legit_long_tenure" if p.id_type != "CMND" else "legit_legacy_cmnd"
    if popdb == "MISMATCH":
        status = r.choice(("ONE_WAY_LOCKED", "ACTIVE", "TWO_WAY_LOCKED"))
    if W.post_c08 and p.id_type == "CMND" and W.export_day > C08_DAY + 60 and r.random() < 0.5:
        status = r.choice(("ONE_WAY_LOCKED", "TWO_WAY_LOCKED"))
    row, lab = legit_sub(W, p, channel=ch, ts=ts, popdb=popdb, status=status, pattern=pattern)
    return [(row, lab)]


def u_cmnd_collision(W, left):
    """The documented BR-VT / Dong Nai CMND range collision: two people, one number."""
    r = W.rng
    if left < 2:
        return None
    num = "27%07d" % r.randint(1450001, 1500000)
    out = []
    for pc in ("077", "075"):
        d = legacy_day(W)
        p = W.person(PROV_INDEX[pc], ref_day=d, age=W.pick_age(30, 75), id_type="CMND")
        p.id_number = num
        out.append(legit_sub(W, p, channel="STORE", ts=W.ts_on(d, "STORE"), popdb="UNCHECKED" if r.random() < 0.5 else "MATCH",
                             pattern="legit_cmnd_collision"))
    return out


def u_transfer(W, left):
    """Ownership transfer (e.g. parent to grown child): two rows, latest is the new owner."""
    r = W.rng
    if left < 2:
        return None
    d_old = legacy_day(W)
    old = W.person(ref_day=d_old, age=W.pick_age(30, 75))
    new = W.person(old.prov, age=r.randint(18, 40), sur=old.sur if r.random() < 0.6 else None)
    carrier = W.pick_big3()
    nat = W.random_msisdn(carrier)
    row1, _ = legit_sub(W, old, carrier=carrier, msisdn=nat, ts=W.ts_on(d_old, "STORE"), channel="STORE",
                        status="ACTIVE")
    imsi1, iccid1 = row1[2], row1[3]
    same_sim = r.random() < 0.6
    row2, lab = legit_sub(W, new, carrier=carrier, msisdn=nat, channel="STORE", pattern="legit_ownership_transfer")
    if same_sim:
        row2[2], row2[3] = imsi1, iccid1
    return [(row1, None), (row2, lab)]


def u_reissued(W, left):
    """Number revoked years ago and re-issued to a new subscriber."""
    r = W.rng
    if left < 2:
        return None
    d_old = legacy_day(W)
    old = W.person(ref_day=d_old, age=W.pick_age(18, 70))
    carrier = W.pick_big3() if r.random() < 0.9 else W.pick_carrier()
    nat = W.random_msisdn(carrier)
    row1, _ = legit_sub(W, old, carrier=carrier, msisdn=nat, ts=W.ts_on(d_old, "AGENT"), status="TERMINATED")
    new = W.person()
    row2, lab = legit_sub(W, new, carrier=carrier, msisdn=nat, pattern="legit_number_reissued")
    return [(row1, None), (row2, lab)]


def u_standardised(W, left):
    """A pre-activated SIM bought years ago, later re-registered by its real user in their own name."""
    r = W.rng
    if left < 2:
        return None
    d_old = r.randint(dayno(2017, 1, 1), min(W.d0 - 30, dayno(2023, 3, 1)))
    carrier = W.pick_carrier(fraud=True)
    a = W.any_agent(carrier, small=True)
    stranger = W.fabricated_person(inconsistent=0.1) if r.random() < 0.6 else W.leaked_person()[0]
    nat = W.agent_msisdn(a)
    iccid, imsi = W.agent_iccid(a)
    row1 = W.make_row(carrier, nat, stranger, W.ts_on(d_old, "NIGHT"), "AGENT", a, W.agent_device(a),
                      None, None, "UNCHECKED" if d_old < POPDB_DAY else r.choice(("NOT_FOUND", "MISMATCH")),
                      "ONE_WAY_LOCKED", "", None, iccid=iccid, imsi=imsi)
    user = W.person(a.prov, age=W.pick_age(18, 60))
    d_new = r.randint(max(d_old + 30, dayno(2023, 3, 15)), W.d1)
    row2, lab = legit_sub(W, user, carrier=carrier, msisdn=nat, ts=W.ts_on(d_new, "STORE"), channel="STORE",
                          pattern="legit_standardised_subscriber")
    row2[2], row2[3] = imsi, iccid
    if row2[21]:   # early-life usage belongs to the original activation: unknown
        for k in range(21, 29):
            row2[k] = ""
    return [(row1, None), (row2, lab)]


def u_device_change(W, left):
    """Circular 08 Art. 8: SIM moved to a new phone; outgoing service locked until the owner
    re-authenticates with the face. Legit owner, just locked."""
    r = W.rng
    p = W.person(age=W.pick_age(18, 75))
    p.phone = W.phone_imei()
    new_phone = W.phone_imei()
    ch = "EKYC_APP" if r.random() < 0.6 else None
    row, lab = legit_sub(W, p, channel=ch, pattern="legit_device_change_locked", first_use=new_phone,
                         status="ONE_WAY_LOCKED" if (W.post_c08 and r.random() < 0.7) else
                         ("TWO_WAY_LOCKED" if W.post_c08 else "ACTIVE"))
    return [(row, lab)]


ORDINARY_BUILDERS = {
    "device_change": u_device_change,
    "single": u_single, "multi_sim": u_multi_sim, "family": u_family, "elderly_assisted": u_elderly_assisted,
    "data_only": u_data_only, "backup": u_backup, "typo": u_typo, "foreigner": u_foreigner,
    "vn_passport": u_vn_passport, "name_collision": u_name_collision, "legacy": u_legacy,
    "transfer": u_transfer, "reissued": u_reissued, "standardised": u_standardised,
    "postpaid": u_postpaid, "kids_watch": u_kids_watch, "name_variants": u_name_variants,
    "cmnd_collision": u_cmnd_collision,
}


# ---------------------------------------------------------------------------
# Legitimate special streams (bulk, look-alikes of fraud)
# ---------------------------------------------------------------------------

def chunks(W, quota, lo, hi, alpha=1.3):
    """Split quota into heavy-tailed campaign sizes."""
    r = W.rng
    out = []
    left = quota
    while left > 0:
        s = int(lo * r.paretovariate(alpha))
        s = max(lo // 2 + 1, min(hi, s))
        if left - s < lo // 2:
            s = left
        s = min(s, left)
        out.append(s)
        left -= s
    return out


def org_stream(W, quota, kind):
    r = W.rng
    for size in chunks(W, quota, {"iot": 60, "fleet": 25, "callcentre": 20, "staff": 15}[kind],
                       {"iot": 4000, "fleet": 600, "callcentre": 400, "staff": 500}[kind]):
        o = W.org({"iot": "iot", "fleet": "fleet", "callcentre": "callcentre", "staff": "staff"}[kind])
        carrier = W.pick_big3() if r.random() < 0.92 else W.pick_carrier()
        store = W.any_agent(carrier, o.prov, "STORE")
        device = W.agent_device(store)
        lot = W.new_lot(carrier, 1000)
        seq = W.seq_numbers(carrier) if r.random() < 0.6 else None
        nbursts = max(1, min(8, int(r.expovariate(0.5)) + 1))
        days = sorted(W.rand_day(weekend=3.0) for _ in range(nbursts))
        rep_face = W.capture(o.rep.face) if r.random() < 0.4 else None
        popdb = "MATCH" if r.random() < 0.15 else "UNCHECKED"
        if kind == "iot":
            tac = r.choice(W.tac_iot)
            mods = W.imei.block(tac, size)
        fleet_tac = r.choice(W.tac_phone[:40])
        ts = None
        for i in range(size):
            if ts is None or r.random() < nbursts / max(size, 1):
                ts = W.ts_on(r.choice(days), "OFFICE")
            ts += r.randint(15, 120)
            nat = seq.take() if seq else W.random_msisdn(carrier)
            if kind == "iot":
                fu = mods[i]
                uk = "iot"
            elif kind == "fleet":
                fu = W.imei.one(fleet_tac) if r.random() < 0.6 else W.phone_imei()
                uk = "fleet"
            elif kind == "callcentre":
                fu = W.imei.one(r.choice(W.tac_gateway)) if r.random() < 0.3 else W.imei.one(fleet_tac)
                uk = "callcentre"
            else:
                fu = W.phone_imei()
                uk = "staff"
            u = W.usage(uk) if W.known(ts) else None
            if u is not None and u[0] == 0:
                fu = ""
            status = "ACTIVE" if r.random() < 0.985 else "TERMINATED"
            row = W.make_row(carrier, nat, o, ts, "STORE", store, device,
                             W.capture(rep_face) if rep_face is not None else None,
                             W.fm_genuine(o.rep.by) if rep_face is not None else None,
                             popdb, status, fu, u, iccid=lot.take(), org=True)
            yield row, label(W, carrier, nat, 0, 0, "legit_org_" + kind)


def tourist_stream(W, quota):
    """Airport kiosk: foreign passports in bursts around flight arrivals, data-heavy."""
    r = W.rng
    for size in chunks(W, quota, 40, 1500):
        pc = r.choice(("079", "001", "048", "056", "022"))
        carrier = W.pick_big3()
        kiosk = W.any_agent(carrier, PROV_INDEX[pc], "STORE")
        lot = W.new_lot(carrier, 500)
        for i in range(size):
            p = W.foreigner(PROV_INDEX[pc])
            ts = W.ts_on(W.rand_day(), r.choice(("STORE", "EKYC_APP", "NIGHT")))
            nat = W.random_msisdn(carrier)
            p.phone = W.phone_imei()
            sh = W.capture(p.face) if r.random() < 0.9 else None
            u = W.usage("tourist") if W.known(ts) else None
            row = W.make_row(carrier, nat, p, ts, "STORE", kiosk, W.agent_device(kiosk), sh,
                             W.fm_genuine() if sh is not None else None, "UNCHECKED",
                             "ACTIVE" if r.random() < 0.7 else "TERMINATED", p.phone, u,
                             iccid=lot.take(), name_style="full")
            yield row, label(W, carrier, nat, 0, 0, "legit_tourist_kiosk")


def student_stream(W, quota):
    """Campus SIM drive at the start of the academic year: young, mixed birth provinces, one dealer."""
    r = W.rng
    for size in chunks(W, quota, 60, 1500):
        pc = r.choice(("001", "001", "079", "079", "048", "092", "046", "040", "019", "052"))
        pi = PROV_INDEX[pc]
        carrier = W.pick_big3()
        a = W.any_agent(carrier, pi, "AGENT")
        seq = W.seq_numbers(carrier)
        lot = W.new_lot(carrier, 1000)
        d_start = W.rand_day()
        span = r.randint(3, 20)
        for i in range(size):
            p = W.person(pi, age=r.randint(18, 22), bprov=PROVINCES[W.pick_province()][0])
            p.phone = W.phone_imei()
            d = min(W.d1, d_start + r.randint(0, span))
            ts = W.ts_on(d, "OFFICE")
            sh = W.capture(p.face) if r.random() < 0.9 else None
            u = W.usage("student", p.by) if W.known(ts) else None
            nat = seq.take()
            row = W.make_row(carrier, nat, p, ts, "AGENT", a, W.agent_device(a), sh,
                             W.fm_genuine() if sh is not None else None, "MATCH", W.legit_status(ts),
                             p.phone if (u is None or u[0]) else "", u, iccid=lot.take())
            yield row, label(W, carrier, nat, 0, 0, "legit_student_drive")


def mobile_sales_stream(W, quota):
    """Carrier's own mobile sales team in remote/mountain communes: minority names, elderly,
    feature phones, bursts on market days, lower face-match, some population-DB name mismatches."""
    r = W.rng
    remote = ["002", "010", "011", "012", "014", "004", "006", "020", "062", "064", "066", "094", "084", "015"]
    if W.wave:
        remote = remote + W.wave[0] * 3
    for size in chunks(W, quota, 40, 700):
        pi = PROV_INDEX[r.choice(remote)]
        carrier = W.pick_big3()
        store = W.any_agent(carrier, pi, "STORE")
        device = W.imei.one(r.choice(W.tac_tablet))
        seq = W.seq_numbers(carrier)
        lot = W.new_lot(carrier, 1000)
        days = [W.rand_day() for _ in range(r.randint(1, 5))]
        for i in range(size):
            p = W.person(pi, age=W.pick_age(16, 92) if r.random() < 0.6 else r.randint(55, 92), bprov=PROVINCES[pi][0])
            p.phone = W.imei.one(r.choice(W.tac_phone[-80:]))
            ts = W.ts_on(r.choice(days), "OFFICE")
            sh = W.capture(p.face)
            fm = W.fm_genuine(p.by) - (0.06 if r.random() < 0.4 else 0.0)
            popdb = "MATCH" if r.random() < 0.9 else "MISMATCH"
            u = W.usage(r.choice(("elderly", "light", "normal")), p.by) if W.known(ts) else None
            nat = seq.take()
            name = W.render_name(p.name, carrier, None, "plain_upper" if r.random() < 0.25 else "full")
            row = W.make_row(carrier, nat, p, ts, "STORE", store, device, sh, max(0.4, fm), popdb,
                             W.legit_status(ts, popdb), p.phone if (u is None or u[0]) else "", u,
                             iccid=lot.take(), name=name)
            yield row, label(W, carrier, nat, 0, 0, "legit_mobile_sales_remote")


def industrial_stream(W, quota):
    """Dealer next to an industrial zone: migrant workers born in far provinces, Sunday peaks."""
    r = W.rng
    for size in chunks(W, quota, 80, 3000):
        pc = r.choice(("074", "074", "075", "027", "024", "079", "031", "026", "033"))
        pi = PROV_INDEX[pc]
        carrier = W.pick_big3() if r.random() < 0.85 else W.pick_carrier()
        a = W.any_agent(carrier, pi, "AGENT")
        a.busy = True
        lot = W.new_lot(carrier, 1000)
        for i in range(size):
            bp = PROVINCES[bisect.bisect(W.send_cum, r.random() * W.send_cum[-1])][0]
            p = W.person(pi, age=r.randint(18, 45), bprov=bp)
            p.phone = W.phone_imei()
            ts = W.ts_on(W.rand_day(weekend=4.0), "AGENT")
            sh = W.capture(p.face) if W.selfie_present("AGENT", ts) else None
            u = W.usage("normal", p.by) if W.known(ts) else None
            nat = W.agent_msisdn(a) if r.random() < 0.6 else W.random_msisdn(carrier)
            row = W.make_row(carrier, nat, p, ts, "AGENT", a, W.agent_device(a), sh,
                             W.fm_genuine() if sh is not None else None, "MATCH", W.legit_status(ts),
                             p.phone if (u is None or u[0]) else "", u, iccid=lot.take())
            yield row, label(W, carrier, nat, 0, 0, "legit_industrial_zone_migrants")


def courier_stream(W, quota):
    """Online orders delivered by courier; KYC done on the courier's handheld."""
    r = W.rng
    for size in chunks(W, quota, 30, 800):
        carrier = W.pick_carrier()
        pi = W.pick_province()
        dev = W.phone_imei()
        for i in range(size):
            p = W.person(pi if r.random() < 0.85 else None, age=W.pick_age(18, 60))
            row, lab = legit_sub(W, p, carrier=carrier, channel="ONLINE", device=dev,
                                 pattern="legit_courier_delivery", ts=W.rand_ts("ONLINE"))
            yield row, lab


def promo_stream(W, quota):
    """A busy shop's promotion day (new phone launch, Tet): hundreds of walk-ins in one day."""
    r = W.rng
    for size in chunks(W, quota, 80, 1200):
        pi = W.pick_province(wave_ok=True)
        carrier = W.pick_big3()
        a = W.any_agent(carrier, pi, r.choice(("STORE", "AGENT")))
        a.busy = True
        day = W.rand_day()
        span = r.randint(0, 2)
        for i in range(size):
            p = W.person(pi, age=W.pick_age(16, 75))
            ts = W.ts_on(day + r.randint(0, span), "STORE")
            row, lab = legit_sub(W, p, carrier=carrier, channel=a.kind, agent=a, ts=ts,
                                 pattern="legit_promo_day_rush")
            yield row, lab


LEGIT_STREAMS = {
    "org_iot": lambda W, q: org_stream(W, q, "iot"),
    "org_fleet": lambda W, q: org_stream(W, q, "fleet"),
    "org_call_centre": lambda W, q: org_stream(W, q, "callcentre"),
    "org_staff": lambda W, q: org_stream(W, q, "staff"),
    "tourist_kiosk": tourist_stream, "student_drive": student_stream,
    "mobile_sales_remote": mobile_sales_stream, "industrial_zone": industrial_stream,
    "courier_delivery": courier_stream, "promo_day": promo_stream,
}


# ---------------------------------------------------------------------------
# Fraud streams
# ---------------------------------------------------------------------------

def burst_times(W, n, days, kind="NIGHT", gap=(20, 150)):
    r = W.rng
    out = []
    per = max(1, n // max(1, len(days)))
    ts = None
    for i in range(n):
        if ts is None or i % per == 0:
            ts = W.ts_on(days[min(len(days) - 1, i // per)], kind)
        ts += r.randint(*gap)
        out.append(ts)
    return out


def farm_first_use(W, kind, n):
    """Device IMEIs in which farm SIMs are first used: gateway ports / modem pools (sequential)."""
    r = W.rng
    if kind == "simbox":
        ports = r.choice((8, 16, 32))
        tac = r.choice(W.tac_gateway)
    else:
        ports = r.choice((16, 32, 64))
        tac = r.choice(W.tac_modem)
    nport = max(ports, n // r.randint(1, 4))
    ngw = (nport + ports - 1) // ports
    imeis = []
    for _ in range(ngw):
        imeis.extend(W.imei.block(tac, ports))
    return imeis


def fraud_usage(W, mix, by=None):
    r = W.rng
    x = r.random()
    acc = 0.0
    for kind, p in mix:
        acc += p
        if x < acc:
            return kind
    return mix[-1][0]


def dealer_preact_stream(W, quota, leaked):
    """Dealer pre-activates a stock of SIMs at night on fabricated or leaked IDs; sequential
    MSISDN/ICCID, stock photos or flower pictures, sold over the counter."""
    r = W.rng
    pat = "dealer_preact_leaked" if leaked else "dealer_preact_fabricated"
    stealth = W.S.get("stealth", 0.2)
    for size in chunks(W, quota, 30, 1500):
        carrier = W.pick_carrier(fraud=True)
        pi = W.pick_province(wave_ok=True)
        a = W.any_agent(carrier, pi, "AGENT", small=True)
        dev = W.agent_device(a) if r.random() < 0.7 else W.phone_imei()
        ndays = r.randint(1, 8)
        days = sorted(W.rand_day() for _ in range(ndays))
        hours = "NIGHT" if r.random() < 0.6 else "AGENT"
        times = burst_times(W, size, days, hours, gap=(15, 150))
        seq = W.seq_numbers(carrier) if r.random() < 0.8 else None
        lot = W.new_lot(carrier, 500)
        face_mode = r.random()
        faces = r.sample(W.stock_faces, r.randint(1, 5))
        selfie_rate = r.uniform(0.3, 1.0)
        popmix = r.random()
        detect = r.uniform(0.05, 0.5)
        plain = r.random() < 0.4
        uses = [("never", r.uniform(0.25, 0.65)), ("resold", 0.25), ("otp", 0.1), ("scam_calls", 0.1)]
        ident = None
        reuse_left = 0
        buyers_tac = r.choice(W.tac_phone)
        for i in range(size):
            if reuse_left <= 0:
                if leaked:
                    ident, _ = W.leaked_person(pi if r.random() < 0.5 else None)
                else:
                    ident = W.fabricated_person(pi if r.random() < 0.6 else None)
                reuse_left = r.choice((1, 1, 1, 2, 2, 3, 5)) if r.random() > 0.05 else r.randint(8, 25)
            reuse_left -= 1
            ts = times[i]
            nat = seq.take() if seq else W.random_msisdn(carrier)
            if r.random() < selfie_rate:
                if face_mode < 0.2:
                    sh, fm = W.capture(r.choice(W.flower_faces), 0, 3), min(0.3, max(0.01, r.gauss(0.08, 0.05)))
                elif face_mode < 0.8 or not leaked:
                    sh, fm = W.capture(r.choice(faces)), W.fm_other()
                else:   # photo of the ID card photo
                    sh, fm = W.flip(ident.face, r.randint(3, 8)), W.fm_photo()
            else:
                sh = fm = None
            if leaked:
                popdb = "MATCH"
            else:
                popdb = "NOT_FOUND" if popmix < 0.5 else ("UNCHECKED" if popmix < 0.85 else r.choice(("NOT_FOUND", "MISMATCH", "UNCHECKED")))
            uk = fraud_usage(W, uses)
            u = W.usage(uk) if W.known(ts) else None
            fu = "" if (u is not None and u[0] == 0) or uk == "never" else (
                W.imei.one(buyers_tac) if uk in ("otp",) else W.phone_imei())
            status = W.fraud_status(ts, detect + (0.2 if popdb == "NOT_FOUND" else 0), vneid=leaked)
            row = W.make_row(carrier, nat, ident, ts, "AGENT", a, dev, sh, fm, popdb, status, fu, u,
                             name_style=("plain" if plain else None), iccid=lot.take())
            yield row, label(W, carrier, nat, 1, 1 if leaked else 0, pat)


def victim_own_sim(W, p, pattern="legit_fraud_victim_own_sim"):
    return legit_sub(W, p, pattern=pattern)


def walkin_stream(W, quota):
    """Dealer adds extra SIMs to a walk-in customer's documents (right away, or later at night
    re-using the stored ID images and selfie)."""
    r = W.rng
    stealth = W.S.get("stealth", 0.2)
    left = quota
    while left > 0:
        carrier = W.pick_carrier(fraud=True) if r.random() < 0.5 else W.pick_big3()
        pi = W.pick_province(wave_ok=True)
        a = W.any_agent(carrier, pi, "AGENT", small=r.random() < 0.6)
        dev = W.agent_device(a)
        nvict = min(max(1, left // 2), r.randint(3, 60))
        stealthy = r.random() < stealth
        extra_seq = None if stealthy else (W.seq_numbers(carrier) if r.random() < 0.5 else None)
        for _ in range(nvict):
            if left < 2:
                break
            p = W.person(a.prov, age=W.pick_age(16, 80))
            p.phone = W.phone_imei()
            ts = W.rand_ts("AGENT")
            nat = W.agent_msisdn(a) if r.random() < 0.5 else W.random_msisdn(carrier)
            sh0 = W.capture(p.face)
            fm0 = W.fm_genuine(p.by)
            u = W.usage("normal", p.by) if W.known(ts) else None
            row = W.make_row(carrier, nat, p, ts, "AGENT", a, dev, sh0, fm0, "MATCH", W.legit_status(ts),
                             p.phone if (u is None or u[0]) else "", u, iccid=W.agent_iccid(a))
            yield row, label(W, carrier, nat, 0, 0, "legit_walkin_genuine")
            left -= 1
            nx = min(left, r.choice((1, 1, 1, 2, 2, 3, 4)) if not stealthy else r.choice((1, 1, 2)))
            later = r.random() < (0.3 if stealthy else 0.5)
            for k in range(nx):
                if later:
                    ts2 = W.ts_on(min(W.d1, ts // 86400 + r.randint(0, 20)), "NIGHT")
                else:
                    ts2 = ts + r.randint(40, 2400)
                nat2 = (extra_seq.take() if extra_seq else
                        (W.agent_msisdn(a) if r.random() < 0.6 else W.random_msisdn(carrier)))
                if stealthy and not later:
                    sh, fm = W.capture(p.face), W.fm_genuine(p.by)
                elif r.random() < 0.6:
                    sh, fm = sh0, fm0                   # exact re-use of the stored capture
                else:
                    sh, fm = W.capture(sh0, 0, 2), max(0.5, fm0 - r.uniform(0, 0.03))
                uk = "resold" if r.random() < 0.8 else "never"
                u = W.usage(uk) if W.known(ts2) else None
                fu = "" if (u is not None and u[0] == 0) else W.phone_imei()
                row = W.make_row(carrier, nat2, p, ts2, "AGENT", a, dev, sh, fm, "MATCH",
                                 W.fraud_status(ts2, 0.1, True), fu, u, iccid=W.agent_iccid(a))
                yield row, label(W, carrier, nat2, 1, 1, "walkin_extra_sims")
                left -= 1
        if left == 1:
            yield legit_sub(W, W.person())
            left -= 1


def theft_ring_stream(W, quota):
    """Stolen ID documents used fast across many provinces/points of sale by a few ring members."""
    r = W.rng
    left = quota
    while left > 0:
        members = [r.getrandbits(64) for _ in range(r.randint(2, 6))]
        nids = r.randint(5, 120)
        d_start = W.rand_day()
        provs = [W.pick_province(wave_ok=True) for _ in range(r.randint(2, 8))]
        for _ in range(nids):
            if left <= 0:
                break
            p, fresh = W.leaked_person()
            if fresh and r.random() < 0.3 and left >= 2:
                yield victim_own_sim(W, p)
                left -= 1
            k = min(left, r.randint(2, 8))
            app_used = 0
            for j in range(k):
                carrier = W.pick_carrier(fraud=True)
                pi = r.choice(provs)
                day = min(W.d1, d_start + r.randint(0, 10))
                if r.random() < 0.25:
                    ch = "EKYC_APP"
                    app_used += 1
                    a = None
                    dev = W.phone_imei() if r.random() < 0.5 else W.imei.one(W.tac_phone[j % 20])
                else:
                    ch = "AGENT"
                    a = W.any_agent(carrier, pi, "AGENT", small=True)
                    dev = W.agent_device(a)
                ts = W.ts_on(day, ch)
                nat = W.random_msisdn(carrier) if a is None or r.random() < 0.5 else W.agent_msisdn(a)
                face = r.choice(members)
                sh = W.capture(face)
                fm = W.fm_other() if r.random() < 0.75 else W.fm_photo()
                u = W.usage(r.choice(("scam_calls", "scam_calls", "otp", "resold"))) if W.known(ts) else None
                fu = "" if (u is not None and u[0] == 0) else W.phone_imei()
                row = W.make_row(carrier, nat, p, ts, ch, a, dev, sh, fm, "MATCH",
                                 W.fraud_status(ts, 0.35, True), fu, u,
                                 iccid=W.agent_iccid(a) if a else None)
                yield row, label(W, carrier, nat, 1, 1, "identity_theft_ring")
                left -= 1


def agent_own_id_stream(W, quota):
    """Agent activates hundreds/thousands of SIMs on his own ID for resale."""
    r = W.rng
    for size in chunks(W, quota, 40, 2500):
        carrier = W.pick_carrier(fraud=True)
        pi = W.pick_province(wave_ok=True)
        a = W.any_agent(carrier, pi, "AGENT", small=True)
        dealer = W.person(a.prov, age=r.randint(22, 50))
        dealer.phone = a.devices[0]
        days = sorted(W.rand_day() for _ in range(r.randint(2, 25)))
        times = burst_times(W, size, days, "NIGHT" if r.random() < 0.5 else "AGENT", gap=(10, 90))
        seq = W.seq_numbers(carrier)
        lot = W.new_lot(carrier, 1000)
        selfie = r.random() < 0.7
        detect = r.uniform(0.1, 0.6)
        for i in range(size):
            if i == 0 and size > 2:
                row, lab = legit_sub(W, dealer, carrier=carrier, channel="STORE", pattern="legit_dealer_personal")
                yield row, lab
                continue
            ts = times[i]
            nat = seq.take()
            sh = W.capture(dealer.face) if selfie else None
            uk = "never" if r.random() < 0.55 else "resold"
            u = W.usage(uk) if W.known(ts) else None
            fu = "" if (u is not None and u[0] == 0) or uk == "never" else W.phone_imei()
            row = W.make_row(carrier, nat, dealer, ts, "AGENT", a, W.agent_device(a), sh,
                             W.fm_genuine() if sh is not None else None, "MATCH",
                             W.fraud_status(ts, detect), fu, u, iccid=lot.take())
            yield row, label(W, carrier, nat, 1, 1, "agent_own_id_mass")


def farm_stream(W, quota, kind):
    """SIM box (voice bypass / scam calls), OTP modem pool, or SMS spam farm.
    Identities: fabricated (JUNK) or bought/rented real ones (JUNK+NON_OWNER)."""
    r = W.rng
    lo, hi = {"simbox": (40, 1500), "otp": (60, 2000), "spam": (15, 300)}[kind]
    for size in chunks(W, quota, lo, hi):
        real = r.random() < 0.5
        if kind == "simbox":
            pat = "simbox_farm_rented_ids" if real else "simbox_farm_fabricated"
        elif kind == "otp":
            pat = "otp_farm_rented_ids" if real else "otp_farm_fabricated"
        else:
            pat = "sms_spam_leaked_ids" if real else "sms_spam_fabricated"
        carrier = W.pick_carrier(fraud=True)
        ndealers = r.randint(1, 6)
        dealers = [W.any_agent(carrier, W.pick_province(wave_ok=True), "AGENT", small=True) for _ in range(ndealers)]
        via_app = r.random() < 0.25
        app_devs = [W.phone_imei() for _ in range(r.randint(3, 25))]
        if kind == "spam":
            fus = [W.phone_imei() for _ in range(max(1, size // r.randint(2, 8)))]
        else:
            fus = farm_first_use(W, kind, size)
        days = sorted(W.rand_day() for _ in range(r.randint(1, 10)))
        times = burst_times(W, size, days, r.choice(("NIGHT", "AGENT", "EKYC_APP")), gap=(10, 200))
        seqs = [W.seq_numbers(carrier) for _ in dealers]
        lot = W.new_lot(carrier, 1000)
        faces = r.sample(W.stock_faces, r.randint(1, 4))
        detect = r.uniform(0.15, 0.7) if kind != "otp" else r.uniform(0.05, 0.3)
        ident = None
        reuse = 0
        uk = {"simbox": "simbox", "otp": "otp", "spam": "spam_sms"}[kind]
        for i in range(size):
            if reuse <= 0:
                ident = W.leaked_person()[0] if real else W.fabricated_person()
                reuse = r.randint(1, 9) if real else r.choice((1, 1, 2, 3))
            reuse -= 1
            di = r.randrange(ndealers)
            a = dealers[di]
            if via_app and r.random() < 0.7:
                ch, agent, dev = "EKYC_APP", None, r.choice(app_devs)
            else:
                ch, agent, dev = "AGENT", a, W.agent_device(a)
            ts = times[i]
            nat = seqs[di].take() if agent is not None and r.random() < 0.8 else W.random_msisdn(carrier)
            if ch == "EKYC_APP" or r.random() < 0.6:
                if real and r.random() < 0.5:
                    sh, fm = W.capture(ident.face), W.fm_genuine()     # the renter showed up
                else:
                    sh, fm = W.capture(r.choice(faces)), (W.fm_other() if r.random() < 0.7 else W.fm_photo())
            else:
                sh = fm = None
            popdb = "MATCH" if real else r.choice(("NOT_FOUND", "UNCHECKED", "NOT_FOUND"))
            u = W.usage(uk) if W.known(ts) else None
            fu = r.choice(fus)
            row = W.make_row(carrier, nat, ident, ts, ch, agent, dev, sh, fm, popdb,
                             W.fraud_status(ts, detect, real), fu, u, iccid=lot.take())
            yield row, label(W, carrier, nat, 1, 1 if real else 0, pat)


def shell_org_stream(W, quota):
    """Shell company registers hundreds of SIMs as an organisation; they end up in SIM boxes
    or OTP modem pools. Not a person -> JUNK only."""
    r = W.rng
    for size in chunks(W, quota, 50, 1500):
        o = W.org("shell")
        carrier = W.pick_carrier(fraud=True)
        ch = "STORE" if r.random() < 0.5 else "AGENT"
        a = W.any_agent(carrier, o.prov, ch)
        kind = r.choice(("simbox", "otp"))
        fus = farm_first_use(W, kind, size)
        days = sorted(W.rand_day() for _ in range(r.randint(1, 4)))
        times = burst_times(W, size, days, "OFFICE", gap=(10, 60))
        seq = W.seq_numbers(carrier) if r.random() < 0.7 else None
        lot = W.new_lot(carrier, 1000)
        rep_face = W.capture(o.rep.face) if r.random() < 0.5 else None
        detect = r.uniform(0.1, 0.5)
        for i in range(size):
            ts = times[i]
            nat = seq.take() if seq else W.random_msisdn(carrier)
            u = W.usage(kind) if W.known(ts) else None
            row = W.make_row(carrier, nat, o, ts, ch, a, W.agent_device(a),
                             W.capture(rep_face) if rep_face is not None else None,
                             W.fm_genuine() if rep_face is not None else None,
                             "UNCHECKED", W.fraud_status(ts, detect), r.choice(fus), u,
                             iccid=lot.take(), org=True)
            yield row, label(W, carrier, nat, 1, 0, "shell_org_farm")


def rental_stream(W, quota):
    """People sell/rent their ID: they show up in person (good biometrics) with a broker and
    register 3-9 SIMs at several points and carriers; the SIMs go to scam/OTP groups."""
    r = W.rng
    left = quota
    stealth = W.S.get("stealth", 0.2)
    while left > 0:
        stealthy = r.random() < stealth
        broker_phone = W.phone_imei()
        pi = W.pick_province(wave_ok=True)
        nrent = r.randint(3, 40)
        agents = {}
        for _ in range(nrent):
            if left <= 0:
                break
            p = W.person(pi if r.random() < 0.7 else None, age=r.randint(18, 30) if r.random() < 0.7 else r.randint(50, 75))
            p.phone = W.phone_imei()
            if left >= 2 and r.random() < 0.5:
                yield legit_sub(W, p, pattern="legit_renter_own_sim")
                left -= 1
            k = min(left, r.randint(2, 9) if not stealthy else r.randint(2, 4))
            day = W.rand_day()
            spread = 4 if not stealthy else 45
            app_used = {}
            for j in range(k):
                carrier = W.pick_carrier(fraud=True) if r.random() < 0.5 else W.pick_big3()
                if app_used.get(carrier, 0) < 3 and r.random() < 0.35:
                    app_used[carrier] = app_used.get(carrier, 0) + 1
                    ch, a, dev = "EKYC_APP", None, (broker_phone if not stealthy else p.phone)
                else:
                    ch = "AGENT"
                    a = agents.get(carrier)
                    if a is None or r.random() < 0.3:
                        a = W.any_agent(carrier, p.prov, "AGENT")
                        agents[carrier] = a
                    dev = W.agent_device(a)
                ts = W.ts_on(min(W.d1, day + r.randint(0, spread)), "AGENT")
                nat = W.random_msisdn(carrier)
                uk = r.choice(("scam_calls", "otp", "scam_soft", "resold") if not stealthy else
                              ("scam_soft", "scam_soft", "resold", "light"))
                u = W.usage(uk) if W.known(ts) else None
                fu = "" if (u is not None and u[0] == 0) else W.phone_imei()
                row = W.make_row(carrier, nat, p, ts, ch, a, dev, W.capture(p.face), W.fm_genuine(p.by),
                                 "MATCH", W.fraud_status(ts, 0.15), fu, u,
                                 iccid=W.agent_iccid(a) if a else None)
                yield row, label(W, carrier, nat, 1, 1, "identity_rental")
                left -= 1


def ekyc_ring_stream(W, quota):
    """Stealth: leaked identities registered through carrier apps with presentation attacks /
    deepfakes (high face match), <=3 per ID per carrier, many phones, spread over weeks,
    plausible usage. Deepfake hashes keep ~14-20 bits of the operator's template face."""
    r = W.rng
    for size in chunks(W, quota, 30, 900):
        carriers = [W.pick_big3() for _ in range(r.randint(1, 3))] + [W.pick_carrier(fraud=True)]
        ndev = max(3, size // r.randint(3, 12))
        devs = [W.phone_imei() for _ in range(ndev)]
        op_faces = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        mode = r.random()  # <0.5 deepfake from template, else photo of ID card
        d0 = W.rand_day()
        d1 = min(W.d1, d0 + r.randint(20, 120))
        callers = [W.phone_imei() for _ in range(r.randint(3, 30))]
        i = 0
        while i < size:
            p, fresh = W.leaked_person()
            if fresh and r.random() < 0.25 and size - i >= 2:
                yield victim_own_sim(W, p)
                i += 1
            carrier = r.choice(carriers)
            k = min(size - i, r.choice((1, 1, 1, 2, 2, 3)))
            for j in range(k):
                ts = W.ts_on(r.randint(d0, d1) if d1 > d0 else d0, "EKYC_APP")
                dev = r.choice(devs)
                if mode < 0.5:
                    sh = W.flip(r.choice(op_faces), r.randint(14, 22))
                    fm = min(0.97, max(0.7, r.gauss(0.88, 0.04)))
                else:
                    sh = W.flip(p.face, r.randint(3, 8))
                    fm = W.fm_photo()
                nat = W.random_msisdn(carrier)
                uk = r.choice(("scam_soft", "scam_soft", "resold", "otp", "normal"))
                u = W.usage(uk) if W.known(ts) else None
                fu = "" if (u is not None and u[0] == 0) else (r.choice(callers) if r.random() < 0.6 else W.phone_imei())
                row = W.make_row(carrier, nat, p, ts, "EKYC_APP", None, dev, sh, fm, "MATCH",
                                 W.fraud_status(ts, 0.08, True), fu, u)
                yield row, label(W, carrier, nat, 1, 1, "ekyc_deepfake_ring")
                i += 1


def stealth_dealer_stream(W, quota):
    """Stealth: many dealers, each adding a few SIMs per week on leaked or harvested local
    identities, in business hours, on the shop's normal device and stock; faces captured
    from the ID photo; SIMs resold to real users (ordinary usage)."""
    r = W.rng
    left = quota
    while left > 0:
        carrier = W.pick_big3() if r.random() < 0.8 else W.pick_carrier(fraud=True)
        nag = r.randint(10, 120)
        provs = [W.pick_province(wave_ok=True) for _ in range(r.randint(3, 15))]
        agents = [W.any_agent(carrier, r.choice(provs), "AGENT") for _ in range(nag)]
        per = max(1, min(40, int(r.lognormvariate(1.6, 0.7))))
        for a in agents:
            if left <= 0:
                break
            k = min(left, max(1, int(per * r.uniform(0.5, 1.5))))
            for j in range(k):
                p, fresh = W.leaked_person(a.prov if r.random() < 0.7 else None)
                ts = W.rand_ts("AGENT")
                nat = W.agent_msisdn(a) if r.random() < 0.45 else W.random_msisdn(carrier)
                if r.random() < 0.85:
                    sh, fm = W.flip(p.face, r.randint(3, 7)), W.fm_photo()
                else:
                    sh = fm = None
                uk = r.choice(("normal", "normal", "light", "scam_soft", "backup", "resold"))
                u = W.usage(uk) if W.known(ts) else None
                fu = "" if (u is not None and u[0] == 0) else W.phone_imei()
                row = W.make_row(carrier, nat, p, ts, "AGENT", a, W.agent_device(a), sh, fm, "MATCH",
                                 W.fraud_status(ts, 0.05, True), fu, u, iccid=W.agent_iccid(a))
                yield row, label(W, carrier, nat, 1, 1, "stealth_dealer_spread")
                left -= 1
                if left <= 0:
                    break


def elderly_harvest_stream(W, quota):
    """A dealer collects elderly villagers' ID cards at a 'gift programme' and registers SIMs
    on them; looks like a legit mobile sales team in a remote commune."""
    r = W.rng
    for size in chunks(W, quota, 20, 600):
        pi = W.pick_province(wave_ok=True)
        if not W.wave and r.random() < 0.6:
            pi = PROV_INDEX[r.choice(("002", "010", "014", "038", "040", "064", "066", "089", "094", "084"))]
        carrier = W.pick_carrier(fraud=True) if r.random() < 0.4 else W.pick_big3()
        a = W.any_agent(carrier, pi, "AGENT", small=True)
        dev = W.phone_imei()
        days = sorted(W.rand_day() for _ in range(r.randint(1, 3)))
        seq = W.seq_numbers(carrier)
        lot = W.new_lot(carrier, 500)
        i = 0
        while i < size:
            p = W.person(pi, age=r.randint(60, 92), bprov=PROVINCES[pi][0])
            k = min(size - i, r.choice((1, 1, 2, 2, 3)))
            for j in range(k):
                ts = W.ts_on(r.choice(days), "OFFICE")
                nat = seq.take()
                sh = W.capture(p.face)
                fm = W.fm_genuine(p.by)
                uk = r.choice(("never", "never", "scam_calls", "otp", "resold"))
                u = W.usage(uk) if W.known(ts) else None
                fu = "" if (u is not None and u[0] == 0) or uk == "never" else W.phone_imei()
                row = W.make_row(carrier, nat, p, ts, "AGENT", a, dev, sh, fm, "MATCH",
                                 W.fraud_status(ts, 0.1, True), fu, u, iccid=lot.take())
                yield row, label(W, carrier, nat, 1, 1, "elderly_id_harvest")
                i += 1


def rereg_stream(W, quota):
    """After a clean-up, junk SIMs pre-activated on fabricated IDs are 're-standardised' in bulk
    onto leaked real identities (history row + current row)."""
    r = W.rng
    left = quota
    while left > 0:
        if left < 2:
            yield legit_sub(W, W.person())
            left -= 1
            continue
        carrier = W.pick_carrier(fraud=True)
        a = W.any_agent(carrier, W.pick_province(wave_ok=True), "AGENT", small=True)
        n = min(left // 2, r.randint(10, 400))
        day_new = W.rand_day()
        faces = r.sample(W.stock_faces, r.randint(1, 3))
        seq = W.seq_numbers(carrier)
        lot = W.new_lot(carrier, 500)
        for i in range(n):
            d_old = r.randint(dayno(2019, 1, 1), min(W.d0 - 30, dayno(2023, 6, 1)))
            fake = W.fabricated_person(inconsistent=0.2)
            nat = seq.take()
            iccid, imsi = lot.take()
            row1 = W.make_row(carrier, nat, fake, W.ts_on(d_old, "NIGHT"), "AGENT", a, W.agent_device(a),
                              None, None, "UNCHECKED" if d_old < POPDB_DAY else "NOT_FOUND",
                              r.choice(("ONE_WAY_LOCKED", "ACTIVE")), "", None, iccid=iccid, imsi=imsi)
            yield row1, None
            p, _ = W.leaked_person()
            ts = W.ts_on(min(W.d1, day_new + r.randint(0, 3)), "NIGHT" if r.random() < 0.5 else "AGENT")
            sh, fm = (W.capture(r.choice(faces)), W.fm_other()) if r.random() < 0.7 else (None, None)
            row2 = W.make_row(carrier, nat, p, ts, "AGENT", a, W.agent_device(a), sh, fm, "MATCH",
                              W.fraud_status(ts, 0.2, True), "", None, iccid=iccid, imsi=imsi)
            yield row2, label(W, carrier, nat, 1, 1, "rereg_leaked_id")
            left -= 2


def borrowed_family_stream(W, quota):
    """A young person registers a SIM for himself on a parent's/grandparent's ID (the face is
    his own, so face match is low); usage is that of a genuine user."""
    r = W.rng
    for _ in range(quota):
        owner = W.person(age=r.randint(45, 85))
        user_face = r.getrandbits(64)
        carrier = W.pick_carrier()
        ch = "AGENT" if r.random() < 0.75 else "STORE"
        a = W.pick_agent(carrier, owner.prov, ch) or W.any_agent(carrier, owner.prov)
        ts = W.rand_ts("AGENT")
        nat = W.agent_msisdn(a) if r.random() < 0.4 else W.random_msisdn(carrier)
        sh, fm = (W.capture(user_face), W.fm_other()) if W.selfie_present(ch, ts) else (None, None)
        u = W.usage(r.choice(("normal", "normal", "student"))) if W.known(ts) else None
        row = W.make_row(carrier, nat, owner, ts, a.kind, a, W.agent_device(a), sh, fm, "MATCH",
                         W.fraud_status(ts, 0.05, True), W.phone_imei(), u, iccid=W.agent_iccid(a))
        yield row, label(W, carrier, nat, 1, 1, "borrowed_family_id")


def fake_passport_stream(W, quota):
    """Dealer registers SIMs on fabricated foreign passports (not checkable in the population DB)."""
    r = W.rng
    for size in chunks(W, quota, 20, 500):
        carrier = W.pick_carrier(fraud=True)
        pi = W.pick_province(wave_ok=True)
        a = W.any_agent(carrier, pi, "AGENT", small=True)
        days = sorted(W.rand_day() for _ in range(r.randint(1, 5)))
        times = burst_times(W, size, days, "NIGHT", gap=(20, 120))
        seq = W.seq_numbers(carrier)
        lot = W.new_lot(carrier, 500)
        faces = r.sample(W.stock_faces, r.randint(1, 3))
        for i in range(size):
            p = W.foreigner(pi)
            ts = times[i]
            nat = seq.take()
            sh, fm = (W.capture(r.choice(faces)), W.fm_other()) if r.random() < 0.5 else (None, None)
            uk = r.choice(("never", "scam_calls", "otp", "resold"))
            u = W.usage(uk) if W.known(ts) else None
            fu = "" if (u is not None and u[0] == 0) or uk == "never" else W.phone_imei()
            row = W.make_row(carrier, nat, p, ts, "AGENT", a, W.agent_device(a), sh, fm, "UNCHECKED",
                             W.fraud_status(ts, 0.3), fu, u, iccid=lot.take(), name_style="full")
            yield row, label(W, carrier, nat, 1, 0, "fake_foreign_passport")


def handed_over_stream(W, quota):
    """Genuine self-registration, then the SIM (with the owner's identity) is sold/rented to
    someone else within days: genuine at activation (not JUNK), not the holder (NON_OWNER)."""
    r = W.rng
    for _ in range(quota):
        p = W.person(age=r.randint(18, 35))
        p.phone = W.phone_imei()
        carrier = W.pick_carrier()
        ts = W.rand_ts("EKYC_APP")
        nat = W.random_msisdn(carrier)
        u = W.usage(r.choice(("scam_soft", "scam_calls", "otp"))) if W.known(ts) else None
        fu = p.phone if r.random() < 0.4 else W.phone_imei()
        row = W.make_row(carrier, nat, p, ts, "EKYC_APP", None, p.phone, W.capture(p.face),
                         W.fm_genuine(p.by), "MATCH", W.fraud_status(ts, 0.1), fu, u)
        yield row, label(W, carrier, nat, 0, 1, "handed_over_after_activation")


FRAUD_STREAMS = {
    "dealer_preact_fabricated": lambda W, q: dealer_preact_stream(W, q, False),
    "dealer_preact_leaked": lambda W, q: dealer_preact_stream(W, q, True),
    "walkin_extra_sims": walkin_stream,
    "identity_theft_ring": theft_ring_stream,
    "agent_own_id_mass": agent_own_id_stream,
    "simbox_farm": lambda W, q: farm_stream(W, q, "simbox"),
    "otp_farm": lambda W, q: farm_stream(W, q, "otp"),
    "sms_spam_sims": lambda W, q: farm_stream(W, q, "spam"),
    "identity_rental": rental_stream,
    "ekyc_deepfake_ring": ekyc_ring_stream,
    "stealth_dealer_spread": stealth_dealer_stream,
    "elderly_id_harvest": elderly_harvest_stream,
    "shell_org_farm": shell_org_stream,
    "rereg_leaked_id": rereg_stream,
    "borrowed_family_id": borrowed_family_stream,
    "fake_foreign_passport": fake_passport_stream,
    "handed_over_after_activation": handed_over_stream,
}


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

def plan(W):
    """Return list of (generator_factory, quota)."""
    r = W.rng
    S = W.S
    N = W.rows
    streams = []
    fr = r.uniform(*S["fraud"])
    fraud_rows = int(round(N * fr))
    mix = {k: v * r.uniform(0.5, 1.5) for k, v in S["fraud_mix"].items()}
    tot = sum(mix.values())
    used = 0
    for k in sorted(mix):
        q = int(fraud_rows * mix[k] / tot)
        if q > 0:
            streams.append((k, FRAUD_STREAMS[k], q))
            used += q
    for k in sorted(S["legit"]):
        lo, hi = S["legit"][k]
        q = int(N * r.uniform(lo, hi))
        if q > 0 and used + q < N * 0.8:
            streams.append((k, LEGIT_STREAMS[k], q))
            used += q
    rest = N - used
    units = dict(ORDINARY_UNITS)
    for k, v in S.get("units", {}).items():
        units[k] = v
    units = {k: v * r.uniform(0.7, 1.3) for k, v in units.items()}
    nord = max(1, min(16, rest // 2000 + 1))
    base = rest // nord
    for i in range(nord):
        q = base if i < nord - 1 else rest - base * (nord - 1)
        if q > 0:
            streams.append(("ordinary", (lambda W, q, u=units: ordinary_stream(W, q, u)), q))
    return streams


def safe_iter(W, gen, quota):
    """Guarantee exactly `quota` items; pad with ordinary legit singles if a stream ends early."""
    n = 0
    for item in gen:
        if n >= quota:
            break
        yield item
        n += 1
    while n < quota:
        yield legit_sub(W, W.person())
        n += 1


def generate(rows, seed, scenario, outdir):
    W = World(rows, seed, scenario)
    r = W.rng
    streams = plan(W)
    gens = []
    ids = array.array("i")
    for idx, (name, fac, q) in enumerate(streams):
        gens.append(safe_iter(W, fac(W, q), q))
        ids.extend(array.array("i", [idx]) * q)
    r.shuffle(ids)
    os.makedirs(outdir, exist_ok=True)
    bpath = os.path.join(outdir, "batch.csv")
    lpath = os.path.join(outdir, "labels.csv")
    with open(bpath, "w", encoding="utf-8-sig" if W.S.get("bom") else "utf-8", newline="") as bf, \
            open(lpath, "w", encoding="utf-8", newline="") as lf:
        bw = csv.writer(bf, lineterminator="\r\n")
        lw = csv.writer(lf, lineterminator="\n")
        bw.writerow(COLUMNS)
        lw.writerow(LABEL_COLUMNS)
        buf = []
        BUF = 4096
        randrange = r.randrange
        for idx in ids:
            row, lab = next(gens[idx])
            if lab is not None:
                lw.writerow(lab)
            buf.append(row)
            if len(buf) >= BUF:
                j = randrange(BUF)
                buf[j], buf[-1] = buf[-1], buf[j]
                bw.writerow(buf.pop())
        r.shuffle(buf)
        bw.writerows(buf)
    return W


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
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
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    if a.rows < 1:
        ap.error("--rows must be positive")
    generate(a.rows, a.seed, a.scenario, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
