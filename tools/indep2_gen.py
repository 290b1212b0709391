#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""indep2_gen.py - blind, held-out test-data generator for the simaudit
SIM-registration anomaly auditor (Vietnam).

Written only from docs/spec batch-format.md (CSV contract) and domain-vietnam.md
(CCCD/CMND structure, province codes, MSISDN prefixes, IMSI MNCs, ICCID/IMEI Luhn,
regulations, fraud patterns of section 5).  Python 3 standard library only.

    python3 tools/indep2_gen.py --rows N --seed S --scenario NAME --out DIR

writes DIR/batch.csv (registration batch, input format of batch-format.md s.1) and
DIR/labels.csv (carrier,msisdn,junk,non_owner,pattern; one row per subscription,
msisdn normalised to 84+9 digits; the latest registered_at row is the current state).

Scenarios: mixed (default), lowfraud, lowdata, fraudheavy.
Output is fully deterministic for (rows, seed, scenario).
"""
import argparse
import bisect
import datetime as dt
import math
import os
import random
import sys
import time
import unicodedata

D = dt.date
DT = dt.datetime
TD = dt.timedelta

START = D(2016, 6, 1)
END = D(2026, 7, 31)
EXPORT = DT(2026, 8, 1, 0, 0, 0)
EKYC_START = D(2020, 6, 1)
CCCD_START = D(2016, 1, 1)
POPDB = DT(2022, 8, 1)
CMND_END = DT(2025, 1, 1)
C08 = DT(2026, 4, 15)
VNEID_LOCK = DT(2026, 6, 15)
CLEANUP = DT(2023, 3, 31)

# ----------------------------------------------------------------------------
# Reference tables (domain-vietnam.md)
# ----------------------------------------------------------------------------
PROVS = [
    ("001", 8.05), ("002", 0.85), ("004", 0.53), ("006", 0.31), ("008", 0.78),
    ("010", 0.73), ("011", 0.60), ("012", 0.46), ("014", 1.25), ("015", 0.82),
    ("017", 0.85), ("019", 1.29), ("020", 0.78), ("022", 1.32), ("024", 1.80),
    ("025", 1.46), ("026", 1.15), ("027", 1.37), ("030", 1.89), ("031", 2.03),
    ("033", 1.25), ("034", 1.86), ("035", 0.85), ("036", 1.78), ("037", 0.98),
    ("038", 3.64), ("040", 3.33), ("042", 1.29), ("044", 0.90), ("045", 0.63),
    ("046", 1.13), ("048", 1.13), ("049", 1.50), ("051", 1.23), ("052", 1.49),
    ("054", 0.87), ("056", 1.23), ("058", 0.59), ("060", 1.23), ("062", 0.54),
    ("064", 1.51), ("066", 1.87), ("067", 0.62), ("068", 1.30), ("070", 0.99),
    ("072", 1.17), ("074", 2.43), ("075", 3.10), ("077", 1.15), ("079", 8.99),
    ("080", 1.69), ("082", 1.76), ("083", 1.29), ("084", 1.01), ("086", 1.02),
    ("087", 1.60), ("089", 1.91), ("091", 1.72), ("092", 1.24), ("093", 0.73),
    ("094", 1.20), ("095", 0.91), ("096", 1.19),
]
PROV_CODES = [c for c, _ in PROVS]
MOUNTAIN = {"002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "020"}
KHMER = {"084", "089", "091", "094"}
DEST = {"079": 0.36, "074": 0.16, "001": 0.20, "075": 0.10, "048": 0.04,
        "027": 0.05, "031": 0.03, "056": 0.02, "092": 0.02, "022": 0.02}
SOURCE_BOOST = {"038": 1.3, "040": 1.3, "042": 1.2, "036": 1.15, "034": 1.15,
                "044": 1.1, "045": 1.1, "051": 1.1, "052": 1.1, "087": 1.1,
                "089": 1.1, "094": 1.1, "095": 1.1, "096": 1.1, "083": 1.1, "084": 1.1}
IND_NORTH = ["027", "024", "001", "031", "026", "019", "030", "033", "035"]
IND_SOUTH = ["074", "075", "080", "079", "072", "077"]
AIRPORTS = ["079", "001", "048", "056", "091"]

# 9-digit CMND issuing prefixes (issuing provincial police)
CMND_PREFIX = {
    "001": "01", "079": "02", "031": "03", "011": "04", "012": "04", "014": "05",
    "010": "06", "015": "06", "002": "07", "008": "07", "020": "08", "004": "08",
    "019": "09", "006": "09", "022": "10", "017": "11", "024": "12", "027": "12",
    "025": "13", "026": "13", "030": "14", "033": "14", "034": "15", "036": "16",
    "037": "16", "035": "16", "038": "17", "040": "18", "042": "18", "044": "19",
    "045": "19", "046": "19", "048": "20", "049": "20", "051": "21", "052": "21",
    "054": "22", "056": "22", "062": "23", "064": "23", "066": "24", "067": "24",
    "068": "25", "058": "26", "060": "26", "075": "27", "077": "27", "074": "280",
    "070": "285", "072": "29", "080": "30", "082": "31", "083": "32", "084": "33",
    "086": "33", "087": "34", "089": "35", "092": "36", "093": "36", "094": "36",
    "091": "37", "095": "38", "096": "38",
}

TET = [D(2016, 2, 8), D(2017, 1, 28), D(2018, 2, 16), D(2019, 2, 5), D(2020, 1, 25),
       D(2021, 2, 12), D(2022, 2, 1), D(2023, 1, 22), D(2024, 2, 10), D(2025, 1, 29),
       D(2026, 2, 17)]
YEARW = {2016: 0.35, 2017: 0.5, 2018: 0.65, 2019: 0.8, 2020: 0.9, 2021: 1.0,
         2022: 1.15, 2023: 1.3, 2024: 1.45, 2025: 1.6, 2026: 1.75}

VIET_PRE = ["086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039"]
VINA_PRE = ["088", "091", "094", "083", "084", "085", "081", "082"]
MOBI_PRE = ["089", "090", "093", "070", "079", "077", "076", "078"]
# carrier: share, fraud share, MNC, ICCID issuer, ICCID length, first lot,
#          prefixes, msisdn style (0, 84, +84), name style (upper, no-diacritics),
#          coverage (iccid, imsi, first_use, device, usage_known)
CARRIERS = {
    "VIETTEL": dict(share=.545, fraud=.36, mnc="04", iss="04", ilen=20, lot0=10, pre=VIET_PRE,
                    ms=(.25, .70, .05), nm=(.30, .10), cov=(.95, .92, .85, .92, .88)),
    "VINAPHONE": dict(share=.230, fraud=.20, mnc="02", iss="02", ilen=20, lot0=10, pre=VINA_PRE,
                      ms=(.80, .15, .05), nm=(.15, .08), cov=(.88, .80, .75, .85, .82)),
    "MOBIFONE": dict(share=.190, fraud=.18, mnc="01", iss="01", ilen=19, lot0=10, pre=MOBI_PRE,
                     ms=(.40, .20, .40), nm=(.55, .12), cov=(.90, .70, .80, .88, .85)),
    "VIETNAMOBILE": dict(share=.018, fraud=.10, mnc="05", iss="05", ilen=19, lot0=10,
                         pre=["092", "056", "058", "052"], ms=(.90, .10, .0), nm=(.50, .45),
                         cov=(.70, .60, .55, .70, .65)),
    "GMOBILE": dict(share=.004, fraud=.04, mnc="07", iss="07", ilen=19, lot0=10,
                    pre=["0993", "0994", "0995", "0996", "0997", "059"], ms=(.6, .3, .1),
                    nm=(.60, .50), cov=(.55, .50, .40, .60, .50)),
    "ITEL": dict(share=.007, fraud=.05, mnc="08", iss="08", ilen=19, lot0=40, pre=["087"],
                 ms=(.6, .3, .1), nm=(.40, .30), cov=(.75, .65, .50, .70, .60)),
    "REDDI": dict(share=.002, fraud=.015, mnc="09", iss="09", ilen=19, lot0=10, pre=["055"],
                  ms=(.6, .3, .1), nm=(.50, .40), cov=(.50, .45, .35, .50, .45)),
    "WINTEL": dict(share=.002, fraud=.015, mnc="09", iss="09", ilen=19, lot0=50, pre=["055"],
                   ms=(.5, .4, .1), nm=(.50, .40), cov=(.70, .60, .50, .70, .60)),
    "ASIM": dict(share=.001, fraud=.01, mnc="01", iss="01", ilen=19, lot0=60, pre=MOBI_PRE,
                 ms=(.7, .2, .1), nm=(.50, .40), cov=(.60, .50, .40, .60, .55)),
    "LOCAL": dict(share=.001, fraud=.005, mnc="01", iss="01", ilen=19, lot0=80, pre=MOBI_PRE,
                  ms=(.7, .2, .1), nm=(.50, .40), cov=(.60, .50, .40, .60, .55)),
    "DIGILIFE": dict(share=.001, fraud=.005, mnc="02", iss="02", ilen=20, lot0=60, pre=VINA_PRE,
                     ms=(.7, .2, .1), nm=(.50, .40), cov=(.60, .50, .40, .60, .55)),
}
CARRIER_NAMES = list(CARRIERS)

HEADER = ["carrier", "msisdn", "registered_at", "subscriber_type", "id_type", "id_number",
          "full_name", "date_of_birth", "gender", "nationality", "province", "channel",
          "agent_id", "device_imei", "selfie_hash", "face_match", "popdb_check", "status",
          "iccid", "imsi", "first_use_imei", "active_days_30d", "out_calls_30d",
          "in_calls_30d", "out_sms_30d", "in_sms_30d", "distinct_callees_30d",
          "topup_vnd_30d", "data_mb_30d"]

# ----------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------
SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 3.2),
            ("Huỳnh", 2.0), ("Phan", 4.5), ("Vũ", 2.1), ("Võ", 1.9), ("Đặng", 2.1),
            ("Bùi", 2.0), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1.0),
            ("Lý", 0.5), ("Đinh", 0.7), ("Đào", 0.6), ("Trịnh", 0.6), ("Mai", 0.5),
            ("Trương", 0.6), ("Lương", 0.4), ("Lâm", 0.4), ("Tạ", 0.3), ("Hà", 0.4),
            ("Cao", 0.4), ("Tô", 0.2), ("Châu", 0.2), ("Kiều", 0.1), ("Quách", 0.1),
            ("Thái", 0.2), ("Tăng", 0.1), ("La", 0.1), ("Lưu", 0.2), ("Chu", 0.2),
            ("Triệu", 0.2), ("Tống", 0.1), ("Nông", 0.2), ("Khổng", 0.05), ("Doãn", 0.05),
            ("Âu", 0.05), ("Lại", 0.1), ("Vương", 0.2), ("Hứa", 0.1), ("Phùng", 0.2),
            ("Đoàn", 0.5), ("Thân", 0.1), ("Diệp", 0.05), ("Tôn", 0.05), ("Mạc", 0.05)]
MID_M = [("Văn", 30), ("Đức", 8), ("Minh", 9), ("Quang", 6), ("Hữu", 5), ("Công", 4),
         ("Thanh", 4), ("Ngọc", 3), ("Xuân", 3), ("Tuấn", 2), ("Hoàng", 3), ("Trọng", 3),
         ("Quốc", 4), ("Gia", 3), ("Thành", 2), ("Đình", 3), ("Anh", 2), ("Bảo", 2),
         ("Trung", 2), ("Tiến", 1), ("Mạnh", 2), ("Việt", 2), ("Duy", 2), ("Chí", 2),
         ("Hải", 1), ("Nhật", 1), ("Thế", 1.5), ("Kim", 0.5), ("Phú", 0.8)]
MID_F = [("Thị", 35), ("Ngọc", 8), ("Thu", 5), ("Thanh", 5), ("Kim", 4), ("Hồng", 3),
         ("Mỹ", 3), ("Phương", 3), ("Bảo", 3), ("Thùy", 3), ("Minh", 3), ("Khánh", 2),
         ("Diệu", 1), ("Hoài", 2), ("Quỳnh", 1), ("Hải", 1), ("Lan", 1), ("Cẩm", 1),
         ("Tuyết", 1), ("Gia", 2), ("Thảo", 1), ("Hà", 1), ("Yến", 1), ("Ánh", 1), ("Như", 1)]
MID_F2 = ["Thu", "Thanh", "Ngọc", "Kim", "Hồng", "Mỹ", "Phương", "Bích", "Minh", "Diệu",
          "Thúy", "Hoài", "Lệ", "Xuân"]
GIVEN_M = ["Anh", "Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Long", "Minh", "Quân", "Phong",
           "Sơn", "Thắng", "Trung", "Hiếu", "Huy", "Khánh", "Bình", "Cường", "Đạt", "Duy",
           "Hoàng", "Kiên", "Lâm", "Lộc", "Nghĩa", "Phúc", "Quang", "Tài", "Thành", "Tiến",
           "Toàn", "Tùng", "Vinh", "Việt", "Khoa", "Bảo", "Đức", "Thịnh", "Hưng", "Tâm",
           "Tú", "Khải", "Khang", "Kiệt", "Phát", "Tín", "Thuận", "Nhân", "Trí", "Hậu",
           "Lợi", "Quý", "Sang", "Tân", "Thái", "Thiện", "Vũ", "Hào", "Luân", "Dương",
           "Hiển", "Chiến", "Hòa", "Thủy", "Định", "Hoan", "Thọ", "Lực", "Tuyên", "Khoa"]
GIVEN_F = ["Anh", "Linh", "Hương", "Lan", "Mai", "Hoa", "Trang", "Thảo", "Ngọc", "Nhung",
           "Hà", "Hằng", "Hạnh", "Huyền", "Yến", "Vân", "Oanh", "Thủy", "Nga", "Phương",
           "Quỳnh", "Trâm", "Vy", "Uyên", "Nhi", "Chi", "Giang", "Loan", "Dung", "Liên",
           "Thúy", "Hiền", "My", "Ly", "Tuyết", "Hồng", "Nhàn", "Thơ", "Tâm", "Trinh",
           "Duyên", "Diễm", "Xuân", "Hòa", "Vi", "Châu", "Ngân", "Hân", "Thư", "Hoài",
           "Kiều", "Lụa", "Đào", "Gấm", "Thắm", "Bích", "Lệ", "Nguyệt", "Hậu", "Sương"]
MIN_SUR = ["Giàng", "Sùng", "Vàng", "Lò", "Lù", "Mùa", "Hờ", "Thào", "Sình", "Nông",
           "Lường", "Quàng", "Cầm", "Tòng", "Hoàng", "Ma", "Lục"]
MIN_GIVEN_M = ["Páo", "Chứ", "Sử", "Dế", "Pó", "Sáng", "Lử", "Dình", "Chá", "Tủa", "Sềnh", "Phềnh"]
MIN_GIVEN_F = ["Mỷ", "Dở", "Mai", "Sua", "Pà", "Chi", "Dua", "Mỉ", "Súa", "Xuân"]
KH_SUR = ["Thạch", "Danh", "Sơn", "Kim", "Lâm", "Chau", "Lý"]
KH_GIVEN = ["Sóc", "Sa Rây", "Phol", "Sa Rinh", "Chanh", "Kha", "Ra", "Thol", "Sa Phia", "Rươl"]
TONE_PAIRS = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
              ("òe", "oè"), ("óe", "oé"), ("ủy", "uỷ"), ("úy", "uý"), ("ùy", "uỳ"),
              ("ũy", "uỹ"), ("ụy", "uỵ")]

FOREIGN = {   # weight, surnames, male given, female given, style
    "KR": (30, ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
           ["MIN JUN", "JI HOON", "HYUN WOO", "DONG HYUN", "SUNG MIN", "JAE HO", "SEUNG HO"],
           ["SEO YEON", "JI WOO", "SU BIN", "YE JIN", "HAE WON", "EUN JI", "MIN JI"], "kr"),
    "CN": (25, ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
           ["WEI", "LEI", "JUN", "QIANG", "HAO", "YONG", "JIANHUA"],
           ["FANG", "NA", "XIUYING", "JING", "YUTING", "LI NA", "MIN"], "cn"),
    "US": (7, ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "WILSON"],
           ["JOHN", "MICHAEL", "DAVID", "JAMES", "DANIEL", "ROBERT"],
           ["SARAH", "EMILY", "JESSICA", "JENNIFER", "ASHLEY", "LAURA"], "us"),
    "JP": (6, ["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO"],
           ["HIROSHI", "TAKESHI", "KENJI", "HARUTO", "NAOKI", "DAISUKE"],
           ["YUKI", "AYAKA", "SAKURA", "MISAKI", "HARUKA", "YUI"], "jp"),
    "TW": (5, ["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG"],
           ["CHIA HAO", "CHIH WEI", "CHENG EN", "YU HSIANG"], ["YU CHEN", "SHU FEN", "MEI LING", "YA TING"], "tw"),
    "AU": (4, ["TAYLOR", "ANDERSON", "THOMPSON", "WHITE", "MARTIN", "KELLY"],
           ["JACK", "LIAM", "NOAH", "OLIVER"], ["OLIVIA", "CHLOE", "MIA", "CHARLOTTE"], "au"),
    "IN": (4, ["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA", "REDDY"],
           ["RAHUL", "AMIT", "VIKRAM", "ARJUN"], ["PRIYA", "ANJALI", "NEHA", "POOJA"], "in"),
    "RU": (4, ["IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "VOLKOV", "PETROV"],
           ["ALEXANDER", "DMITRY", "SERGEY", "ANDREI"], ["ELENA", "OLGA", "NATALIA", "ANNA"], "ru"),
    "TH": (3, ["SRISUK", "CHAIYAPORN", "WONGSAWAT", "BOONMA"],
           ["SOMCHAI", "ANAN", "KITTI"], ["SUDARAT", "KANYA", "SIRIPORN"], "th"),
    "MY": (3, ["BIN ISMAIL", "BIN ABDULLAH", "TAN", "LIM"],
           ["AHMAD", "MUHAMMAD", "HAFIZ"], ["NUR AISYAH", "SITI", "NURUL"], "my"),
    "SG": (2, ["TAN", "LIM", "NG", "ONG"], ["WEI MING", "JUN JIE", "KAI XIANG"], ["HUI LING", "XIN YI", "JIA HUI"], "sg"),
    "GB": (2, ["SMITH", "JONES", "EVANS", "WALKER"], ["OLIVER", "HARRY", "GEORGE"], ["AMELIA", "ISLA", "EMILY"], "gb"),
    "FR": (2, ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "PETIT"],
           ["PIERRE", "JEAN", "LUC", "NICOLAS"], ["MARIE", "CAMILLE", "SOPHIE", "CLAIRE"], "fr"),
    "DE": (2, ["MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER"],
           ["LUKAS", "JONAS", "FELIX", "MAXIMILIAN"], ["ANNA", "LEA", "LAURA", "JULIA"], "de"),
    "PH": (1, ["SANTOS", "REYES", "CRUZ", "BAUTISTA"], ["JOSE", "MARK", "JOHN PAUL"], ["MARIA", "ANGELICA", "KRISTINE"], "ph"),
}
FOREIGN_CODES = list(FOREIGN)

ORG_FORMS = [("CÔNG TY TNHH", 40), ("CÔNG TY CỔ PHẦN", 30), ("CÔNG TY TNHH MỘT THÀNH VIÊN", 10),
             ("HỢP TÁC XÃ", 4), ("CHI NHÁNH CÔNG TY CỔ PHẦN", 8), ("TẬP ĐOÀN", 2),
             ("DOANH NGHIỆP TƯ NHÂN", 3), ("NGÂN HÀNG TMCP", 1)]
ORG_TRADE = {"iot": ["CÔNG NGHỆ", "GIẢI PHÁP IOT", "ĐIỆN TỬ", "THIẾT BỊ THÔNG MINH", "NĂNG LƯỢNG",
                     "CẤP NƯỚC", "ĐIỆN LỰC", "AN NINH"],
             "fleet": ["VẬN TẢI", "LOGISTICS", "TAXI", "GIAO NHẬN", "VẬN TẢI HÀNH KHÁCH",
                       "CHUYỂN PHÁT NHANH"],
             "cc": ["DỊCH VỤ KHÁCH HÀNG", "TELESALES", "CHĂM SÓC KHÁCH HÀNG", "TÀI CHÍNH",
                    "BẢO HIỂM", "THƯƠNG MẠI ĐIỆN TỬ"],
             "staff": ["XÂY DỰNG", "SẢN XUẤT", "MAY MẶC", "THỰC PHẨM", "DƯỢC PHẨM", "BẤT ĐỘNG SẢN",
                       "THƯƠNG MẠI", "ĐẦU TƯ", "DỊCH VỤ"]}
ORG_BRAND = ["HƯNG THỊNH", "PHÚ CƯỜNG", "AN PHÁT", "MINH LONG", "SAO VIỆT", "HOÀNG GIA",
             "ĐẠI DƯƠNG", "THIÊN LONG", "BẢO AN", "TÂN PHÚ", "VIỆT ÚC", "NAM Á", "ĐÔNG Á",
             "PHƯƠNG NAM", "TRƯỜNG AN", "KIM NGÂN", "THÀNH ĐẠT", "SONG HÀNH", "HANSOL VINA",
             "SUNGWOO VINA", "POYUN VIỆT NAM", "TOÀN CẦU", "HỢP NHẤT", "LẠC HỒNG", "VẠN XUÂN",
             "ÁNH DƯƠNG", "NHẬT MINH", "QUANG TRUNG", "BÌNH MINH", "HẢI ĐĂNG", "SÔNG HỒNG",
             "MÊ KÔNG", "TRÀNG AN", "THĂNG LONG", "GIA ĐỊNH", "SÀI GÒN XANH", "ĐẤT VIỆT"]

HOURS = {
    "store": [0, 0, 0, 0, 0, 0, 0, .1, .6, 1.0, 1.3, 1.2, .7, .6, .9, 1.0, 1.1, 1.3, 1.3, 1.1, .8, .3, 0, 0],
    "agent": [.01, 0, 0, 0, 0, .02, .1, .4, .8, 1.0, 1.1, 1.0, .8, .7, .9, 1.0, 1.0, 1.1, 1.2, 1.2, 1.0, .6, .25, .05],
    "ekyc": [.15, .08, .05, .04, .05, .1, .3, .6, .8, .9, 1.0, 1.0, 1.0, .9, .9, .9, .9, 1.0, 1.0, 1.1, 1.2, 1.2, .9, .5],
    "courier": [0, 0, 0, 0, 0, 0, 0, .3, .8, 1.0, 1.0, .9, .6, .7, 1.0, 1.0, 1.0, .9, .7, .4, .2, .05, 0, 0],
    "night": [.8, .7, .5, .3, .2, .1, .1, .2, .4, .5, .6, .6, .5, .5, .5, .5, .6, .6, .7, .8, .9, 1.0, 1.0, .9],
    "work": [0, 0, 0, 0, 0, 0, 0, .4, 1.0, 1.0, 1.0, .8, .3, .6, 1.0, 1.0, .9, .6, .2, 0, 0, 0, 0, 0],
}

# ----------------------------------------------------------------------------
# Scenarios
# ----------------------------------------------------------------------------
LEGIT_FRAC = {
    "multi_sim_legal": .11, "backup_sim": .025, "data_only_sim": .02,
    "family_shared_device": .05, "parent_held_child_sim": .015, "minor_with_guardian": .006,
    "org_iot": .018, "org_fleet": .006, "org_call_centre": .004, "org_staff": .012,
    "worksite_mobile_sales": .01, "promo_event_walkin": .015, "foreign_tourist": .008,
    "foreign_resident": .004, "overseas_vietnamese": .0015, "cmnd_shared_number": .00006,
    "clerical_typo": .008, "name_variant": .01, "doc_upgrade": .02, "ownership_transfer": .008,
    "number_recycled": .008, "locked_line": .015,
}
FRAUD_FRAC = {
    "preactivated_fabricated": .009, "preactivated_leaked_docs": .008,
    "identity_theft_ring": .004, "dealer_extra_sims": .006, "sim_farm_bought_ids": .005,
    "simbox_bypass": .0025, "otp_farm_leaked": .0035, "otp_farm_fabricated": .0015,
    "scam_call_centre_rented": .003, "rented_identity": .0035, "dealer_own_id": .0035,
    "compromised_ekyc": .0025, "vanity_number_resale": .0015,
}
# label of every pattern (junk, non_owner)
FRAUD_LABEL = {
    "preactivated_fabricated": (1, 0), "preactivated_leaked_docs": (1, 1),
    "identity_theft_ring": (1, 1), "dealer_extra_sims": (1, 1), "sim_farm_bought_ids": (1, 1),
    "simbox_bypass": (1, 0), "otp_farm_leaked": (1, 1), "otp_farm_fabricated": (1, 0),
    "scam_call_centre_rented": (1, 1), "rented_identity": (1, 1), "dealer_own_id": (1, 1),
    "compromised_ekyc": (1, 1), "vanity_number_resale": (0, 1),
}
SCEN = {
    "mixed": dict(fraud=1.0, care=0.35, cov=1.0),
    "lowfraud": dict(fraud=0.3, care=0.35, cov=1.0),
    "lowdata": dict(fraud=1.0, care=0.35, cov=0.35),
    "fraudheavy": dict(fraud=2.4, care=0.75, cov=1.0),
}


# ----------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------
def luhn(s):
    """Luhn check digit for the digit string s (check digit not included)."""
    tot = 0
    dbl = True
    for ch in reversed(s):
        d = ord(ch) - 48
        if dbl:
            d += d
            if d > 9:
                d -= 9
        tot += d
        dbl = not dbl
    return str((10 - tot % 10) % 10)


def cum(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


_STRIP = {}


def strip_diac(s):
    r = _STRIP.get(s)
    if r is None:
        t = s.replace("đ", "d").replace("Đ", "D")
        r = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
        if len(_STRIP) < 200000:
            _STRIP[s] = r
    return r


def qcsv(s):
    if '"' in s or "," in s or "\n" in s or "\r" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def ts_local(t):
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)


MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def mdays(y, m):
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return 29
    return MDAYS[m - 1]


class Person(object):
    __slots__ = ("name", "gender", "dob", "bprov", "rprov", "cccd", "cmnd", "face", "phase",
                 "life", "phones", "dclass", "nat", "passport", "nsims")


class Outlet(object):
    __slots__ = ("oid", "carrier", "kind", "prov", "code", "weight", "corrupt", "nslots",
                 "life", "phase", "airport", "act")


# ----------------------------------------------------------------------------
# Generator
# ----------------------------------------------------------------------------
class Gen(object):
    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.scn = scenario
        self.sc = SCEN[scenario]
        self.rng = random.Random("indep2|%s|%s|%d" % (seed, scenario, rows))
        self.out = []          # (sortkey, seq, line)
        self.labels = {}       # (carrier, key msisdn) -> [sortkey, seq, j, n, pattern]
        self.rowcount = {}
        self.seq = 0
        self.used_nsn = set()
        self.used_id = set()
        self.used_tax = set()
        self.pool = []         # reservoir of legit persons (potential leak victims)
        self.pool_seen = 0
        self.leak_market = []  # real documents circulating after being leaked
        self.boxes = {}
        self.lots = {}
        self.lotctr = {c: CARRIERS[c]["lot0"] for c in CARRIERS}
        self.devices = {}
        self.couriers = {}
        self.campaign = 0
        self.cur_care = False
        self._tables()
        self._tacs()
        self._outlets()

    # ------------------------------------------------------------------ tables
    def _tables(self):
        rng = self.rng
        self.res_codes = PROV_CODES
        self.res_cum = cum([p for _, p in PROVS])
        bw = []
        for c, p in PROVS:
            w = p * SOURCE_BOOST.get(c, 1.0) * (0.6 if c in DEST else 1.0)
            bw.append(w)
        self.birth_cum = cum(bw)
        self.dest_codes = list(DEST)
        self.dest_cum = cum(list(DEST.values()))
        # origin tables for industrial zones
        self.orig_n = [c for c in PROV_CODES if c < "050" and c not in ("001", "027", "031")]
        self.orig_n_cum = cum([dict(PROVS)[c] * SOURCE_BOOST.get(c, 1) for c in self.orig_n])
        self.orig_s = [c for c in PROV_CODES if c >= "038" and c not in ("079", "074", "075")]
        self.orig_s_cum = cum([dict(PROVS)[c] * SOURCE_BOOST.get(c, 1) for c in self.orig_s])
        # days
        self.days = []
        w = []
        d = START
        while d <= END:
            x = YEARW[d.year]
            wd = d.weekday()
            if wd == 5:
                x *= 1.2
            elif wd == 6:
                x *= 1.12
            for tt in TET:
                k = (d - tt).days
                if -12 <= k <= -2:
                    x *= 1.5
                elif -1 <= k <= 3:
                    x *= 0.35
                elif 4 <= k <= 14:
                    x *= 1.4
            if (d.month, d.day) in ((4, 30), (5, 1), (9, 2)):
                x *= 0.8
            if D(2021, 7, 15) <= d <= D(2021, 9, 30):
                x *= 0.55
            self.days.append(d)
            w.append(x)
            d += TD(days=1)
        self.day_cum = cum(w)
        self.hour_cum = {k: cum(v) for k, v in HOURS.items()}
        # names
        self.sur_cum = cum([w for _, w in SURNAMES])
        self.sur = [s for s, _ in SURNAMES]
        self.mid = {}
        for g, tab in (("M", MID_M), ("F", MID_F)):
            for era, f in (("old", 1.6), ("mid", 1.0), ("young", 0.4)):
                ws = [(w * f if n in ("Văn", "Thị") else w) for n, w in tab]
                self.mid[(g, era)] = ([n for n, _ in tab], cum(ws))
        self.gm_cum = cum([1.0 / (i + 3) ** 0.9 for i in range(len(GIVEN_M))])
        self.gf_cum = cum([1.0 / (i + 3) ** 0.9 for i in range(len(GIVEN_F))])
        self.fn_cum = cum([FOREIGN[c][0] for c in FOREIGN_CODES])
        self.orgf_cum = cum([w for _, w in ORG_FORMS])
        self.car_cum = cum([CARRIERS[c]["share"] for c in CARRIER_NAMES])
        self.fcar_cum = cum([CARRIERS[c]["fraud"] for c in CARRIER_NAMES])

    def _tacs(self):
        rng = self.rng
        seen = set()

        def mk(n, rbi):
            out = []
            while len(out) < n:
                r = rng.random()
                acc = 0
                pre = rbi[-1][0]
                for p, w in rbi:
                    acc += w
                    if r < acc:
                        pre = p
                        break
                t = pre + "%06d" % rng.randrange(1000000)
                if t not in seen:
                    seen.add(t)
                    out.append(t)
            return out
        self.tac_phone = mk(500, [("35", .58), ("86", .37), ("01", .05)])
        self.tac_phone_cum = cum([1.0 / (i + 5) ** 1.05 for i in range(500)])
        self.tac_feature = mk(40, [("35", .4), ("86", .6)])
        self.tac_tablet = mk(25, [("35", .8), ("86", .2)])
        self.tac_gateway = mk(8, [("86", 1.0)])
        self.tac_module = mk(14, [("86", .8), ("35", .2)])
        self.tac_router = mk(10, [("86", .9), ("35", .1)])

    def _outlets(self):
        rng = self.rng
        total = max(160, self.N // 45)
        norm = sum(CARRIERS[c]["share"] ** 0.85 for c in CARRIERS)
        self.outlets = []
        self.idx_ck = {}
        self.idx_ckp = {}
        self.corrupt = {c: [] for c in CARRIERS}
        used_codes = set()
        oid = 0
        for c in CARRIER_NAMES:
            n = max(5, int(round(total * CARRIERS[c]["share"] ** 0.85 / norm)))
            for i in range(n):
                o = Outlet()
                o.oid = oid
                oid += 1
                o.carrier = c
                o.kind = "STORE" if rng.random() < 0.12 else "AGENT"
                o.prov = self.pick_res()
                w = min(400.0, rng.paretovariate(1.15))
                o.weight = w * (5.0 if o.kind == "STORE" else 1.0)
                o.airport = False
                o.nslots = rng.randint(2, 8) if o.kind == "STORE" else rng.randint(1, 2)
                o.life = rng.randint(30, 48) if o.kind == "STORE" else rng.randint(18, 36)
                o.phase = rng.randrange(48)
                o.code = self._code(c, o.kind, o.prov, used_codes)
                o.act = None
                o.corrupt = False
                if o.kind == "AGENT" and w < 30 and rng.random() < 0.06:
                    o.corrupt = True
                elif o.kind == "STORE" and rng.random() < 0.008:
                    o.corrupt = True
                self.outlets.append(o)
                if o.corrupt:
                    self.corrupt[c].append(o)
            # guarantee at least two corrupt dealers per carrier
            ags = [o for o in self.outlets if o.carrier == c and o.kind == "AGENT" and not o.corrupt]
            while len(self.corrupt[c]) < 2 and ags:
                o = ags.pop(rng.randrange(len(ags)))
                o.corrupt = True
                self.corrupt[c].append(o)
        for o in self.outlets:
            self.idx_ck.setdefault((o.carrier, o.kind), []).append(o)
            self.idx_ckp.setdefault((o.carrier, o.kind, o.prov), []).append(o)
        self.idx_ck = {k: (v, cum([o.weight for o in v])) for k, v in self.idx_ck.items()}
        self.idx_ckp = {k: (v, cum([o.weight for o in v])) for k, v in self.idx_ckp.items()}
        # airport kiosks / shops for tourists
        self.airport = []
        for c in ("VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE"):
            for p in AIRPORTS:
                if c == "VIETNAMOBILE" and p not in ("079", "001"):
                    continue
                o = Outlet()
                o.oid = oid
                oid += 1
                o.carrier = c
                o.kind = "STORE" if rng.random() < 0.5 else "AGENT"
                o.prov = p
                o.weight = {"079": 10, "001": 8, "048": 4, "056": 3, "091": 2}[p] * CARRIERS[c]["share"]
                o.airport = True
                o.nslots = rng.randint(2, 5)
                o.life = rng.randint(24, 40)
                o.phase = rng.randrange(40)
                o.code = self._code(c, o.kind, p, used_codes)
                o.corrupt = False
                o.act = None
                self.airport.append(o)
        self.airport_cum = cum([o.weight for o in self.airport])

    def _code(self, c, kind, prov, used):
        rng = self.rng
        while True:
            n = rng.randrange(1, 99999)
            if c == "VIETTEL":
                s = "VT%s%s%05d" % (prov, "CH" if kind == "STORE" else "DL", n)
            elif c == "VINAPHONE":
                s = "VNPT%s-%s%04d" % (prov, "CHGD" if kind == "STORE" else "DBH", n % 10000)
            elif c == "MOBIFONE":
                s = ("MBF%sCH%03d" % (prov, n % 1000)) if kind == "STORE" else ("MBF%s%06d" % (prov, n))
            elif c == "VIETNAMOBILE":
                s = "VNM-%s-%05d" % (prov, n)
            else:
                s = "%s%s%04d" % (c[:3], prov[1:], n % 10000)
            if s not in used:
                used.add(s)
                return s

    # ------------------------------------------------------------------ picks
    def pick(self, items, cumw):
        return items[bisect.bisect_right(cumw, self.rng.random() * cumw[-1])]

    def pick_res(self):
        return self.pick(PROV_CODES, self.res_cum)

    def pick_birth(self):
        return self.pick(PROV_CODES, self.birth_cum)

    def pick_carrier(self):
        return self.pick(CARRIER_NAMES, self.car_cum)

    def pick_fcarrier(self):
        return self.pick(CARRIER_NAMES, self.fcar_cum)

    def fix_carrier(self, c, t):
        # Reddi rebranded Wintel: pre-2022 rows are REDDI, later WINTEL (mostly)
        if c == "WINTEL" and t.year < 2022:
            return "REDDI"
        if c == "REDDI" and t.year >= 2023 and self.rng.random() < 0.8:
            return "WINTEL"
        return c

    def rand_day(self, lo=START, hi=END):
        if lo < START:
            lo = START
        if hi > END:
            hi = END
        if hi < lo:
            hi = lo
        i0 = (lo - START).days
        i1 = (hi - START).days
        c = self.day_cum
        a = c[i0 - 1] if i0 > 0 else 0.0
        b = c[i1]
        i = bisect.bisect_right(c, a + self.rng.random() * (b - a))
        if i > i1:
            i = i1
        if i < i0:
            i = i0
        return self.days[i]

    def at(self, day, prof):
        rng = self.rng
        hc = self.hour_cum[prof]
        h = bisect.bisect_right(hc, rng.random() * hc[-1])
        if h > 23:
            h = 23
        return DT(day.year, day.month, day.day, h, rng.randrange(60), rng.randrange(60))

    def rand_time(self, lo=START, hi=END, prof="agent"):
        return self.at(self.rand_day(lo, hi), prof)

    def clampt(self, t):
        lim = DT(END.year, END.month, END.day, 21, 0, 0)
        if t > lim:
            return lim - TD(minutes=self.rng.randrange(1, 600))
        return t

    def pick_channel(self, day, inperson=False):
        r = self.rng.random()
        if inperson:
            return "STORE" if r < 0.45 else "AGENT"
        if day < EKYC_START:
            tab = ((.30, "STORE"), (.98, "AGENT"), (1.0, "ONLINE"))
        elif day.year <= 2022:
            tab = ((.30, "STORE"), (.82, "AGENT"), (.95, "EKYC_APP"), (1.0, "ONLINE"))
        elif day.year <= 2024:
            tab = ((.32, "STORE"), (.72, "AGENT"), (.94, "EKYC_APP"), (1.0, "ONLINE"))
        else:
            tab = ((.33, "STORE"), (.66, "AGENT"), (.93, "EKYC_APP"), (1.0, "ONLINE"))
        for p, ch in tab:
            if r < p:
                return ch
        return "AGENT"

    def pick_outlet(self, carrier, kind, prov):
        rng = self.rng
        if kind not in ("STORE", "AGENT"):
            kind = "AGENT"
        if rng.random() < 0.85:
            e = self.idx_ckp.get((carrier, kind, prov))
            if e is None:
                e = self.idx_ckp.get((carrier, "AGENT" if kind == "STORE" else "STORE", prov))
            if e is not None:
                return self.pick(e[0], e[1])
        e = self.idx_ck.get((carrier, kind)) or self.idx_ck.get((carrier, "AGENT")) or self.idx_ck.get((carrier, "STORE"))
        return self.pick(e[0], e[1])

    def pick_corrupt(self, carrier, prov=None):
        lst = self.corrupt[carrier]
        if prov is not None:
            near = [o for o in lst if o.prov == prov]
            if near and self.rng.random() < 0.7:
                return self.rng.choice(near)
        return self.rng.choice(lst)

    # ------------------------------------------------------------------ devices
    def imei(self, tac, serial):
        s = tac + "%06d" % (serial % 1000000)
        return s + luhn(s)

    def rand_imei(self, cls="phone"):
        rng = self.rng
        if cls == "phone":
            tac = self.pick(self.tac_phone, self.tac_phone_cum)
        elif cls == "feature":
            tac = rng.choice(self.tac_feature)
        elif cls == "tablet":
            tac = rng.choice(self.tac_tablet)
        elif cls == "module":
            tac = rng.choice(self.tac_module)
        elif cls == "router":
            tac = rng.choice(self.tac_router)
        else:
            tac = rng.choice(self.tac_gateway)
        return self.imei(tac, rng.randrange(1000000))

    def phone_at(self, p, t, slot=0):
        ep = (t.year * 12 + t.month + p.phase) // p.life
        base = p.phones.get(ep)
        if base is None:
            rng = self.rng
            if p.dclass == "feature" and rng.random() < 0.8:
                tac = rng.choice(self.tac_feature)
            else:
                tac = self.pick(self.tac_phone, self.tac_phone_cum)
            base = (tac, rng.randrange(999999))
            p.phones[ep] = base
        return self.imei(base[0], base[1] + slot)

    def outlet_dev(self, o, t, slot=None):
        rng = self.rng
        if slot is None:
            slot = 0 if (o.nslots == 1 or rng.random() < 0.4) else rng.randrange(o.nslots)
        gen = (t.year * 12 + t.month + o.phase) // o.life
        key = (o.oid, slot, gen)
        d = self.devices.get(key)
        if d is None:
            if o.kind == "STORE" or o.airport:
                d = self.rand_imei("tablet")
            else:
                d = self.rand_imei("tablet" if rng.random() < 0.3 else "phone")
            self.devices[key] = d
        return d

    def activation_phones(self, o):
        if o.act is None:
            o.act = [self.rand_imei("phone" if self.rng.random() < 0.7 else "feature")
                     for _ in range(self.rng.randint(1, 3))]
        return o.act

    def courier_dev(self, carrier, prov):
        key = (carrier, prov)
        lst = self.couriers.get(key)
        if lst is None:
            lst = [self.rand_imei("phone") for _ in range(self.rng.randint(2, 6))]
            self.couriers[key] = lst
        return self.rng.choice(lst)

    def gateway(self, ports=None, cls="gateway"):
        rng = self.rng
        tac = rng.choice(self.tac_gateway if cls == "gateway" else self.tac_module)
        if ports is None:
            ports = rng.choice([8, 16, 16, 32, 32, 64])
        base = rng.randrange(1000000 - ports)
        return [self.imei(tac, base + i) for i in range(ports)]

    # ------------------------------------------------------------------ SIM stock
    def new_box(self, carrier, t, size):
        rng = self.rng
        cfg = CARRIERS[carrier]
        y = t.year if rng.random() < 0.7 else max(2015, t.year - 1)
        st = self.lots.get((carrier, y))
        if st is None or st[1] + size * 50 > 99000000:
            lot = self.lotctr[carrier]
            self.lotctr[carrier] = lot + 1
            st = [lot, rng.randrange(100000, 3000000)]
            self.lots[(carrier, y)] = st
        gap = rng.randrange(0, 40) * 100
        start = st[1] + gap
        st[1] = start + size
        prefix = "8984" + cfg["iss"] + "%02d" % (y % 100) + "%02d" % (st[0] % 100)
        imsi_pre = "452" + cfg["mnc"] + "%02d" % (st[0] % 100)
        if carrier == "ITEL" and rng.random() < 0.15:
            imsi_pre = "452" + "02" + "%02d" % (st[0] % 100)   # MVNO on host MNC
        base = self.rand_nsn_raw(carrier)
        base = base[:-2] + "00"
        # [prefix, imsi_pre, next serial, end, ilen, nsn base int, step, idx]
        return [prefix, imsi_pre, start, start + size, cfg["ilen"], int(base), rng.choice([1, 1, 1, 3, 7, 11]), 0]

    def take(self, box, skip=0.0):
        rng = self.rng
        if skip and rng.random() < skip:
            box[2] += rng.randint(1, 3)
        s = box[2]
        box[2] = s + 1
        box[7] += 1
        if box[4] == 20:
            body = box[0] + "%09d" % s
        else:
            body = box[0] + "%08d" % s
        return body + luhn(body), box[1] + "%08d" % s

    def sim(self, carrier, outlet, t, size=100):
        """ICCID/IMSI for a legit sale: the outlet's (or warehouse's) box of the week."""
        key = (outlet.oid if outlet is not None else carrier, (t.date() - START).days // 7 if isinstance(t, DT) else 0)
        box = self.boxes.get(key)
        if box is None or box[2] >= box[3]:
            box = self.new_box(carrier, t, size if outlet is not None else 500)
            self.boxes[key] = box
        iccid, imsi = self.take(box, 0.03)
        return iccid, imsi, box

    def rand_nsn_raw(self, carrier, ported=False):
        rng = self.rng
        if ported:
            carrier = rng.choice(["VIETTEL", "VINAPHONE", "MOBIFONE"])
        pre = rng.choice(CARRIERS[carrier]["pre"])[1:]
        return pre + "".join("%d" % rng.randrange(10) for _ in range(9 - len(pre)))

    def new_nsn(self, carrier, box=None, pair_p=0.0, vanity=False):
        rng = self.rng
        if box is not None and rng.random() < pair_p:
            v = box[5] + box[6] * box[7]
            s = "%09d" % v
            if s not in self.used_nsn and len(s) == 9 and s[:3] == ("%09d" % box[5])[:3]:
                self.used_nsn.add(s)
                return s
        for _ in range(50):
            s = self.rand_nsn_raw(carrier, ported=(rng.random() < 0.025))
            if vanity:
                s = s[:5] + rng.choice(["8888", "6868", "6789", "3979", "1368", "9999", "8686",
                                        "5555", "2345", "7979", "3939", "8668", "1102", "0000"])
            if s not in self.used_nsn:
                self.used_nsn.add(s)
                return s
        raise RuntimeError("msisdn space exhausted")

    # ------------------------------------------------------------------ identities
    def sample_age(self, prof):
        rng = self.rng
        if prof == "adult":
            bins = ((16, 17, 2), (18, 24, 18), (25, 34, 27), (35, 44, 22), (45, 54, 14),
                    (55, 64, 10), (65, 79, 6), (80, 92, 1))
        elif prof == "young":
            bins = ((18, 22, 4), (23, 30, 6))
        elif prof == "worker":
            bins = ((18, 24, 6), (25, 35, 5), (36, 45, 1))
        elif prof == "elderly":
            bins = ((60, 70, 5), (71, 80, 3), (81, 92, 1))
        elif prof == "teen":
            bins = ((14, 17, 1),)
        elif prof == "child":
            bins = ((10, 13, 1),)
        elif prof == "parent":
            bins = ((28, 40, 3), (41, 55, 2))
        elif prof == "rentee":
            bins = ((18, 25, 6), (26, 35, 2), (55, 80, 2))
        else:
            bins = ((20, 65, 1),)
        tot = sum(b[2] for b in bins)
        r = rng.random() * tot
        for lo, hi, w in bins:
            if r < w:
                return rng.randint(lo, hi)
            r -= w
        return 30

    def viet_name(self, g, by, bprov):
        rng = self.rng
        r = rng.random()
        if bprov in MOUNTAIN and r < 0.35:
            s = rng.choice(MIN_SUR)
            if g == "M":
                return "%s %s %s" % (s, rng.choice(["A", "Văn", "Văn", "Seo", "A"]), rng.choice(MIN_GIVEN_M))
            return "%s Thị %s" % (s, rng.choice(MIN_GIVEN_F))
        if bprov in KHMER and r < 0.18:
            s = rng.choice(KH_SUR)
            if g == "F":
                return "%s Thị %s" % (s, rng.choice(KH_GIVEN))
            return "%s %s" % (s, rng.choice(KH_GIVEN))
        s = self.pick(self.sur, self.sur_cum)
        if bprov >= "046":
            if s == "Hoàng" and rng.random() < 0.7:
                s = "Huỳnh"
            elif s == "Vũ" and rng.random() < 0.7:
                s = "Võ"
        era = "old" if by < 1970 else ("mid" if by < 1995 else "young")
        names, mc = self.mid[(g, era)]
        m = self.pick(names, mc)
        if g == "M":
            gv = self.pick(GIVEN_M, self.gm_cum)
            if rng.random() < 0.03:
                return "%s %s" % (s, gv)
        else:
            gv = self.pick(GIVEN_F, self.gf_cum)
            if m == "Thị" and rng.random() < 0.2:
                m = "Thị " + rng.choice(MID_F2)
            elif by >= 1990 and rng.random() < 0.06:
                m = m + " " + rng.choice(MID_F2)
        if gv == m:
            gv = self.pick(GIVEN_M if g == "M" else GIVEN_F, self.gm_cum if g == "M" else self.gf_cum)
        return "%s %s %s" % (s, m, gv)

    def rand_dob(self, by):
        m = self.rng.randint(1, 12)
        return D(by, m, self.rng.randint(1, mdays(by, m)))

    def cccd_num(self, ppp, by, g, rand6=None):
        cent = by // 100 - 19
        gd = cent * 2 + (1 if g == "F" else 0)
        for _ in range(100):
            r6 = rand6 if rand6 is not None else self.rng.randrange(1000000)
            s = "%s%d%02d%06d" % (ppp, gd, by % 100, r6)
            if s not in self.used_id:
                self.used_id.add(s)
                return s
            rand6 = None
        raise RuntimeError("id space")

    def new_person(self, t, prof="adult", gender=None, bprov=None, rprov=None, surname=None,
                   age=None, pool=True):
        rng = self.rng
        p = Person()
        p.gender = gender or ("M" if rng.random() < 0.52 else "F")
        if age is None:
            age = self.sample_age(prof)
        by = t.year - age
        p.dob = self.rand_dob(by)
        p.bprov = bprov or self.pick_birth()
        if rprov:
            p.rprov = rprov
        else:
            p.rprov = p.bprov if rng.random() < 0.75 else self.pick(self.dest_codes, self.dest_cum)
        p.name = self.viet_name(p.gender, by, p.bprov)
        if surname:
            parts = p.name.split(" ")
            if len(parts) >= 3 and parts[1] not in ("A", "Seo"):
                p.name = surname + " " + " ".join(parts[1:])
        p.cccd = self.cccd_num(p.bprov, by, p.gender)
        p.cmnd = None
        p.face = rng.getrandbits(64)
        p.phase = rng.randrange(40)
        p.life = rng.randint(18, 42)
        p.phones = {}
        p.dclass = "feature" if (age >= 62 and rng.random() < 0.6) or rng.random() < 0.04 else "phone"
        p.nat = "VN"
        p.passport = None
        p.nsims = {}
        if pool:
            self.add_pool(p)
        return p

    def add_pool(self, p):
        self.pool_seen += 1
        if len(self.pool) < 30000:
            self.pool.append(p)
        else:
            j = self.rng.randrange(self.pool_seen)
            if j < 30000:
                self.pool[j] = p

    def cmnd_of(self, p):
        if p.cmnd is None:
            rng = self.rng
            r = rng.random()
            if r < 0.85:
                pre = CMND_PREFIX.get(p.bprov if rng.random() < 0.7 else p.rprov, "01")
                if pre == "01" and rng.random() < 0.2:
                    pre = "11"
                while True:
                    s = pre + "".join("%d" % rng.randrange(10) for _ in range(9 - len(pre)))
                    if s not in self.used_id:
                        break
            elif r < 0.925:
                s = p.cccd   # 12-digit CMND kept as the CCCD number later
            else:
                while True:
                    s = "0" + "".join("%d" % rng.randrange(10) for _ in range(11))
                    if s not in self.used_id:
                        break
            self.used_id.add(s)
            p.cmnd = s
        return p.cmnd

    def doc_for(self, p, t, allow_cmnd=True):
        """(id_type, id_number, dockind) as the carrier holds it for a registration at t."""
        if p.nat != "VN" or p.passport:
            return "PASSPORT", p.passport, "passport"
        rng = self.rng
        if not allow_cmnd:
            return "CCCD", p.cccd, "real"
        y = t.year
        if y < 2016:
            pc = 0.0
        elif y <= 2020:
            pc = 0.12 + 0.05 * (y - 2016)
        elif y == 2021:
            pc = 0.55
        elif y == 2022:
            pc = 0.80
        elif y == 2023:
            pc = 0.93
        elif y == 2024:
            pc = 0.97
        else:
            pc = 1.0
        if y <= 2021:
            pc = pc + (1 - pc) * 0.45   # updated in place during later standardisation
        if rng.random() < pc:
            return "CCCD", p.cccd, "real"
        return "CMND", self.cmnd_of(p), "real_cmnd"

    def foreigner(self, t, prof="adult", nat=None):
        rng = self.rng
        p = Person()
        p.nat = nat or self.pick(FOREIGN_CODES, self.fn_cum)
        _, sur, gm, gf, style = FOREIGN[p.nat]
        p.gender = "M" if rng.random() < 0.55 else "F"
        age = rng.randint(20, 68)
        p.dob = self.rand_dob(t.year - age)
        s, g = rng.choice(sur), rng.choice(gm if p.gender == "M" else gf)
        if p.nat == "RU" and p.gender == "F":
            s = s + "A"
        if p.nat == "MY" and p.gender == "F":
            s = s.replace("BIN ", "BINTI ")
        if style in ("kr", "cn", "tw", "jp", "sg"):
            p.name = "%s %s" % (s, g)
        elif style == "my":
            p.name = "%s %s" % (g, s)
        else:
            p.name = ("%s %s" % (g, s)) if rng.random() < 0.6 else ("%s %s" % (s, g))
        p.passport = self.foreign_passport(p.nat)
        p.cccd = None
        p.cmnd = None
        p.bprov = ""
        p.rprov = ""
        p.face = rng.getrandbits(64)
        p.phase = rng.randrange(40)
        p.life = rng.randint(18, 40)
        p.phones = {}
        p.dclass = "phone"
        p.nsims = {}
        return p

    def foreign_passport(self, nat):
        rng = self.rng

        def dg(n):
            return "".join("%d" % rng.randrange(10) for _ in range(n))

        def lt():
            return chr(65 + rng.randrange(26))
        f = {"KR": lambda: "M" + dg(8), "CN": lambda: "E" + dg(8), "JP": lambda: lt() + lt() + dg(7),
             "US": lambda: dg(9), "GB": lambda: dg(9), "AU": lambda: "P" + lt() + dg(7),
             "FR": lambda: dg(2) + lt() + lt() + dg(5), "DE": lambda: "C" + lt() + dg(7),
             "RU": lambda: "7" + dg(8), "IN": lambda: lt() + dg(7), "TH": lambda: "AA" + dg(7),
             "MY": lambda: "A" + dg(8), "SG": lambda: "E" + dg(7) + lt(), "PH": lambda: "P" + dg(7) + lt(),
             "TW": lambda: "3" + dg(8), "CA": lambda: lt() + lt() + dg(6)}.get(nat, lambda: lt() + dg(8))
        while True:
            s = f()
            if s not in self.used_id:
                self.used_id.add(s)
                return s

    def vn_passport(self):
        rng = self.rng
        while True:
            s = rng.choice("CCCCCCBBBNPP") + "%07d" % rng.randrange(10000000)
            if s not in self.used_id:
                self.used_id.add(s)
                return s

    # ------------------------------------------------------------------ biometrics / checks
    def capture(self, face, maxbits=2):
        """One capture of a face: <=2 bits from the face's base hash, so any two
        captures of the same face are <=4 bits apart; different faces ~32 apart."""
        rng = self.rng
        r = rng.random()
        k = 0 if r < .20 else 1 if r < .65 else 2
        if k > maxbits:
            k = maxbits
        bits = rng.sample(range(64), k) if k else ()
        for b in bits:
            face ^= (1 << b)
        return face

    def p_selfie(self, ch, t):
        if t >= C08:
            p = 0.97
        elif ch == "EKYC_APP":
            p = 0.93
        elif ch == "ONLINE":
            p = 0.5
        elif ch == "STORE":
            p = 0.03 if t.year < 2020 else (0.25 if t < POPDB else 0.6)
        else:
            p = 0.02 if t.year < 2020 else (0.12 if t < POPDB else 0.45)
        if self.sc["cov"] < 1.0:
            p *= (self.sc["cov"] if t < C08 else 0.55)
        return p

    def fm_genuine(self):
        rng = self.rng
        if rng.random() < 0.06:
            v = rng.gauss(0.72, 0.08)
        else:
            v = rng.gauss(0.90, 0.045)
        return min(0.995, max(0.45, v))

    def fm_wrong(self):
        return min(0.68, max(0.02, self.rng.gauss(0.36, 0.12)))

    def fm_photo(self):
        return min(0.97, max(0.6, self.rng.gauss(0.85, 0.05)))

    def popdb(self, kind, t):
        rng = self.rng
        r = rng.random()
        post = t >= POPDB
        if kind == "real":
            v = (("MATCH", .90), ("UNCHECKED", .93), ("", .98), ("MISMATCH", 1.0)) if post else \
                (("MATCH", .45), ("UNCHECKED", .70), ("", 1.0))
        elif kind == "real_cmnd":
            v = (("MATCH", .6), ("NOT_FOUND", .7), ("UNCHECKED", .8), ("", 1.0)) if post else \
                (("MATCH", .2), ("UNCHECKED", .55), ("", .95), ("NOT_FOUND", 1.0))
        elif kind == "typo":
            v = (("MISMATCH", .55), ("MATCH", .65), ("UNCHECKED", .8), ("", 1.0)) if post else \
                (("MISMATCH", .2), ("UNCHECKED", .6), ("", 1.0))
        elif kind == "fab":
            v = (("NOT_FOUND", .35), ("MISMATCH", .55), ("UNCHECKED", .85), ("", 1.0)) if post else \
                (("UNCHECKED", .40), ("", .85), ("NOT_FOUND", .95), ("MISMATCH", 1.0))
        else:   # passport / org
            v = (("UNCHECKED", .5), ("", 1.0))
        out = ""
        for val, p in v:
            if r < p:
                out = val
                break
        if self.sc["cov"] < 1.0 and rng.random() < 0.4:
            out = ""
        return out

    # ------------------------------------------------------------------ usage
    def usage(self, prof, damp=1.0):
        rng = self.rng
        ln = rng.lognormvariate
        L = math.log
        if prof == "never":
            return [0, 0, 0, 0, 0, 0, 0, 0]
        if prof in ("ordinary", "consumer_short", "staff", "foreign"):
            if prof == "consumer_short":
                ad = rng.randint(2, 25)
            else:
                ad = min(30, max(1, int(rng.gauss(24, 6))))
            f = ad / 24.0
            oc = int(ln(L(35), 0.9) * f)
            ic = int(ln(L(40), 0.9) * f)
            os_ = int(ln(L(4), 1.1))
            is_ = int(ln(L(25), 0.7) * f)
            dc = min(oc, int(ln(L(12), 0.6)))
            if prof == "staff" and rng.random() < 0.8 or rng.random() < 0.12:
                top = 0
            else:
                top = sum(rng.choice((10, 20, 30, 50, 50, 100, 100, 200, 500)) for _ in range(rng.randint(1, 4))) * 1000
            data = int(ln(L(3000), 1.1) * f)
            return [ad, oc, ic, os_, is_, dc, top, data]
        if prof == "light":
            ad = rng.randint(2, 20)
            oc = int(ln(L(8), 0.8))
            dc = min(oc, int(ln(L(4), 0.5)))
            return [ad, oc, int(ln(L(12), 0.8)), rng.randint(0, 3), int(ln(L(8), 0.7)), dc,
                    rng.choice((0, 10000, 20000, 50000)), int(ln(L(50), 1.5)) if rng.random() < 0.6 else 0]
        if prof == "teen":
            oc = int(ln(L(10), 0.8))
            return [rng.randint(18, 30), oc, int(ln(L(15), 0.8)), int(ln(L(3), 1.0)), int(ln(L(10), 0.7)),
                    min(oc, int(ln(L(6), 0.6))), rng.choice((0, 20000, 50000, 100000)), int(ln(L(6000), 0.8))]
        if prof == "backup":
            oc = rng.randint(0, 3)
            return [rng.randint(0, 4), oc, rng.randint(0, 5), rng.randint(0, 2), rng.randint(0, 8),
                    min(oc, rng.randint(0, 2)), 0 if rng.random() < 0.7 else rng.choice((10000, 20000)),
                    rng.randint(0, 30)]
        if prof == "data_only":
            return [rng.randint(15, 30), 0, rng.randint(0, 2), 0, rng.randint(0, 6), 0,
                    0 if rng.random() < 0.2 else rng.choice((50000, 70000, 90000, 120000, 200000, 300000)),
                    int(ln(L(15000), 0.8))]
        if prof == "iot":
            return [rng.randint(27, 30), 0, 0, rng.randint(0, 60), rng.randint(0, 60), rng.randint(0, 2), 0,
                    int(ln(L(40), 1.2))]
        if prof == "fleet":
            oc = int(ln(L(20), 1.0))
            return [rng.randint(24, 30), oc, int(ln(L(25), 1.0)), int(ln(L(2), 1.0)), int(ln(L(10), 0.6)),
                    min(oc, int(ln(L(8), 0.6))), 0, int(ln(L(300), 1.0))]
        if prof == "callcentre":
            oc = int(ln(L(1500), 0.4))
            return [rng.randint(20, 26), oc, int(ln(L(300), 0.6)), int(ln(L(20), 1.0)), int(ln(L(20), 0.7)),
                    int(oc * rng.uniform(0.5, 0.85)), 0, int(ln(L(100), 1.0))]
        if prof == "tourist":
            oc = int(ln(L(3), 1.0))
            return [rng.randint(3, 14), oc, int(ln(L(3), 1.0)), int(ln(L(2), 1.0)), int(ln(L(8), 0.6)),
                    min(oc, int(ln(L(2), 0.5))), 0 if rng.random() < 0.7 else rng.choice((50000, 100000)),
                    int(ln(L(5000), 0.7))]
        if prof == "spam_sms":
            oc = int(ln(L(20), 1.2) * damp)
            os_ = int(ln(L(1200), 0.7) * damp)
            return [rng.randint(5, 25), oc, int(ln(L(3), 1.0)), os_, int(ln(L(10), 1.0)),
                    min(os_ + oc, int(ln(L(900), 0.7) * damp)), int(ln(L(250), 0.5)) * 1000, int(ln(L(2), 1.5))]
        if prof == "simbox_calls":
            oc = int(ln(L(2000), 0.6) * damp)
            return [rng.randint(3, 20), oc, int(ln(L(5), 1.0)), int(ln(L(2), 1.2)), int(ln(L(5), 0.8)),
                    int(oc * rng.uniform(0.6, 0.95)), int(ln(L(400), 0.6)) * 1000, rng.randint(0, 5)]
        if prof == "otp":
            return [rng.randint(8, 30), rng.randint(0, 2), rng.randint(0, 3), rng.randint(0, 5),
                    int(ln(L(150), 0.8) * max(damp, 0.3)), rng.randint(0, 2),
                    rng.choice((0, 0, 10000, 20000)), rng.randint(0, 30)]
        if prof == "scam_calls":
            oc = int(ln(L(450), 0.7) * damp)
            return [rng.randint(3, 18), oc, int(ln(L(20), 0.8)), int(ln(L(5), 1.2)), int(ln(L(15), 0.7)),
                    int(oc * rng.uniform(0.6, 0.95)), int(ln(L(500), 0.5)) * 1000, int(ln(L(200), 1.2))]
        return self.usage("ordinary")

    def fraud_usage(self, mix, care):
        """mix: list of (profile, weight)."""
        rng = self.rng
        r = rng.random() * sum(w for _, w in mix)
        prof = mix[-1][0]
        for p, w in mix:
            if r < w:
                prof = p
                break
            r -= w
        damp = rng.uniform(0.3, 0.7) if care else 1.0
        return prof, self.usage(prof, damp)

    # ------------------------------------------------------------------ rendering / emit
    def render_name(self, name, carrier, foreign=False):
        rng = self.rng
        if foreign:
            return name
        up, nd = CARRIERS[carrier]["nm"]
        s = name
        if rng.random() < nd:
            s = strip_diac(s)
        if rng.random() < up:
            s = s.upper()
        r = rng.random()
        if r < 0.004:
            s = unicodedata.normalize("NFD", s)
        elif r < 0.008:
            s = s + " "
        elif r < 0.011:
            s = s.replace(" ", "  ", 1)
        return s

    def emit(self, carrier, nsn, t, id_type, id_number, name, dob, gender, nat, prov, channel,
             agent, dev, selfie, fm, pop, status, iccid, imsi, fu, usage, subtype, j, n, pattern,
             raw_msisdn=None, raw_ts=None, raw_dob=None, name_rendered=False, foreign=False):
        rng = self.rng
        cfg = CARRIERS[carrier]
        cov = self.sc["cov"]
        ci, cm, cf, cd, cu = cfg["cov"]
        # msisdn
        if raw_msisdn is not None:
            ms = raw_msisdn
        else:
            a, b, _ = cfg["ms"]
            r = rng.random()
            ms = ("0" + nsn) if r < a else (("84" + nsn) if r < a + b else ("+84" + nsn))
        # timestamp
        if raw_ts is not None:
            tss = raw_ts
        elif carrier == "VINAPHONE" and rng.random() < 0.10:
            u = t - TD(hours=7)
            tss = ts_local(u) + "Z"
        elif carrier == "ITEL" and rng.random() < 0.5:
            tss = ts_local(t)[:16] + "+07:00"
        else:
            tss = ts_local(t) + "+07:00"
        sk = ts_local(t)
        cr = carrier
        if rng.random() < 0.01:
            cr = carrier.lower() if rng.random() < 0.5 else carrier.title()
        # person fields
        nm = name if name_rendered else self.render_name(name, carrier, foreign)
        if raw_dob is not None:
            dobs = raw_dob
        else:
            dobs = "" if dob is None else "%04d-%02d-%02d" % (dob.year, dob.month, dob.day)
        gs = gender if (gender and rng.random() < (0.88 if cov >= 1 else 0.6)) else ""
        if nat == "VN":
            ns = "VN" if rng.random() < 0.55 else ""
        else:
            ns = nat if rng.random() < 0.97 else ""
        ps = prov if (prov and rng.random() < (0.75 if cov >= 1 else 0.45)) else ""
        if subtype == "ORGANIZATION":
            st = "ORGANIZATION" if rng.random() < 0.97 else ""
        else:
            st = "INDIVIDUAL" if rng.random() < 0.6 else ""
        dv = dev if (dev and rng.random() < cd * (1.0 if cov >= 1 else 0.6)) else ""
        sh = ""
        if selfie is not None:
            sh = ("%016X" if carrier == "MOBIFONE" else "%016x") % selfie
        fms = ""
        if fm is not None:
            fms = ("%.2f" if carrier == "VINAPHONE" else "%.3f") % fm
        sts = status
        if status == "ACTIVE" and rng.random() < 0.3:
            sts = ""
        ic = iccid if (iccid and rng.random() < ci * (1.0 if cov >= 1 else 0.7)) else ""
        im = imsi if (imsi and rng.random() < cm * (1.0 if cov >= 1 else 0.7)) else ""
        us = ["", "", "", "", "", "", "", ""]
        fus = ""
        if usage is not None:
            known = rng.random() < cu * (1.0 if cov >= 1 else 0.3)
            age_days = (EXPORT - t).days
            if age_days < 30:
                known = known and rng.random() < 0.25
            if known:
                u = usage
                if age_days < 30:
                    fr = max(0.0, age_days / 30.0)
                    u = [int(x * fr) for x in u]
                    u[0] = min(u[0], max(0, age_days))
                us = ["%d" % x for x in u]
                if rng.random() < 0.04:
                    us[6] = ""
                if rng.random() < 0.04:
                    us[7] = ""
                if rng.random() < 0.03:
                    us[5] = ""
            if fu and usage[0] == 0 and usage[1] == 0 and usage[4] == 0 and fu == "@never":
                fu = None
        if fu and fu != "@never" and rng.random() < cf * (1.0 if cov >= 1 else 0.3):
            fus = fu
        fields = [cr, ms, tss, st, id_type, id_number, nm, dobs, gs, ns, ps, channel, agent or "",
                  dv, sh, fms, pop, sts, ic, im, fus] + us
        line = ",".join([qcsv(x) for x in fields])
        self.seq += 1
        self.out.append((sk, self.seq, line))
        self.rowcount[pattern] = self.rowcount.get(pattern, 0) + 1
        key = (carrier, ("84" + nsn) if raw_msisdn is None else raw_msisdn)
        cur = self.labels.get(key)
        if cur is None or (sk, self.seq) > (cur[0], cur[1]):
            self.labels[key] = [sk, self.seq, j, n, pattern]
        return nm

    # ------------------------------------------------------------------ legit registration
    def legit(self, p, t, pattern, carrier=None, channel=None, outlet=None, prof="ordinary",
              fu="auto", dev="auto", status="ACTIVE", doc=None, nsn=None, simt=None, slot=0,
              selfie="auto", usage="auto", label=(0, 0), pair_p=0.35, name=None, prov=None,
              inperson=False, pop=None, vanity=False):
        rng = self.rng
        if carrier is None:
            carrier = self.pick_carrier()
        carrier = self.fix_carrier(carrier, t)
        if channel is None:
            channel = self.pick_channel(t.date(), inperson)
            if channel == "EKYC_APP" and p.nsims.get(carrier, 0) >= 3:
                channel = "STORE"
            if channel in ("STORE", "AGENT") and t.hour < 7:
                t = t.replace(hour=rng.randint(8, 20))
        if channel in ("STORE", "AGENT") and outlet is None:
            outlet = self.pick_outlet(carrier, channel, p.rprov if rng.random() < 0.85 else self.pick_res())
            if outlet.carrier != carrier:
                carrier = outlet.carrier
        if outlet is not None:
            if outlet.kind == "STORE" and channel == "AGENT":
                channel = "STORE"
            elif outlet.kind == "AGENT" and channel == "STORE":
                channel = "AGENT"
        agent = ""
        if outlet is not None:
            agent = outlet.code if rng.random() < 0.97 else ""
        elif channel == "EKYC_APP" and rng.random() < 0.03:
            agent = self.pick_outlet(carrier, "AGENT", p.rprov or "079").code
        elif channel == "ONLINE" and rng.random() < 0.3:
            agent = "ONL-%s-%02d" % (carrier[:3], rng.randrange(1, 12))
        if dev == "auto":
            if outlet is not None:
                dev = self.outlet_dev(outlet, t) if rng.random() < 0.85 else None
            elif channel == "EKYC_APP":
                dev = self.phone_at(p, t) if rng.random() < 0.92 else None
            else:
                dev = self.courier_dev(carrier, p.rprov or "079") if rng.random() < 0.4 else None
        if doc is None:
            doc = self.doc_for(p, t)
        id_type, id_number, dk = doc
        sh = fm = None
        if selfie == "auto":
            if rng.random() < self.p_selfie(channel, t):
                sh = self.capture(p.face)
                if rng.random() < 0.92:
                    fm = self.fm_genuine()
            elif rng.random() < 0.03:
                fm = self.fm_genuine()
        elif selfie is not None:
            sh, fm = selfie
        if pop is None:
            pop = self.popdb(dk, t)
        if simt is None:
            iccid, imsi, box = self.sim(carrier, outlet, t)
        else:
            iccid, imsi, box = simt
        if nsn is None:
            nsn = self.new_nsn(carrier, box, pair_p, vanity)
        if fu == "auto":
            fu = self.phone_at(p, t, slot)
            if channel == "EKYC_APP" and dev and rng.random() < 0.8:
                fu = dev
            elif outlet is not None and rng.random() < 0.02:
                fu = rng.choice(self.activation_phones(outlet))   # shop tests / activates the SIM for the customer
        if usage == "auto":
            usage = self.usage(prof)
        if usage is not None and usage[0] == 0 and fu and rng.random() < 0.7:
            fu = None
        if pattern == "ordinary" and id_type == "CMND":
            pattern = "legacy_cmnd"
        p.nsims[carrier] = p.nsims.get(carrier, 0) + 1
        foreign = p.nat != "VN" or bool(p.passport and not p.cccd)
        nm = self.emit(carrier, nsn, t, id_type, id_number, name or p.name, p.dob, p.gender, p.nat,
                       prov if prov is not None else p.rprov, channel, agent, dev, sh, fm, pop, status,
                       iccid, imsi, fu, usage, "INDIVIDUAL", label[0], label[1], pattern,
                       foreign=foreign)
        return dict(carrier=carrier, nsn=nsn, t=t, outlet=outlet, dev=dev, sh=sh, fm=fm, doc=doc,
                    nm=nm, iccid=iccid, imsi=imsi, box=box, pop=pop, channel=channel, agent=agent,
                    usage=usage, fu=fu)

    def legit_status(self, t):
        r = self.rng.random()
        if r < 0.985:
            return "ACTIVE"
        if r < 0.993 and t < VNEID_LOCK:
            return "ONE_WAY_LOCKED"
        return "TERMINATED" if t.year < 2025 else "ACTIVE"

    # ================================================================== LEGIT GROUPS
    def g_ordinary(self, cap):
        rng = self.rng
        t = self.rand_time(prof="store")
        p = self.new_person(t)
        prof = "light" if (t.year - p.dob.year) >= 62 else ("teen" if (t.year - p.dob.year) < 20 and rng.random() < 0.5 else "ordinary")
        ch = self.pick_channel(t.date(), inperson=(t.year - p.dob.year) >= 70)
        t = self.at(t.date(), "store" if ch == "STORE" else "agent" if ch == "AGENT" else "ekyc" if ch == "EKYC_APP" else "courier")
        self.legit(p, t, "ordinary", channel=ch, prof=prof, status=self.legit_status(t))
        return 1

    def g_multi_sim(self, cap):
        rng = self.rng
        r = rng.random()
        k = 2 if r < .55 else 3 if r < .80 else 4 if r < .90 else rng.randint(5, 6) if r < .97 else rng.randint(7, 9)
        k = min(k, cap)
        t = self.rand_time(END - TD(days=3650), END - TD(days=30), "store")
        p = self.new_person(t, prof="adult" if rng.random() < 0.7 else "parent")
        same = rng.random() < 0.45
        home = self.pick_carrier()
        times = sorted([t] + [self.clampt(t + TD(days=int(rng.expovariate(1 / 500.0)), minutes=rng.randrange(600)))
                              for _ in range(k - 1)])
        n = 0
        for i, ti in enumerate(times):
            c = home if (same or i == 0) else self.pick_carrier()
            slot = 1 if (i > 0 and rng.random() < 0.5) else 0
            prof = "ordinary" if i == 0 else rng.choice(("ordinary", "light", "light", "backup", "data_only"))
            ch = None
            if k >= 4 and p.nsims.get(c, 0) >= 3:
                ch = "STORE"
            self.legit(p, ti, "multi_sim_legal", carrier=c, channel=ch, prof=prof, slot=slot,
                       status=self.legit_status(ti))
            n += 1
        return n

    def g_backup(self, cap):
        rng = self.rng
        t = self.rand_time(prof="store")
        p = self.new_person(t)
        self.legit(p, t, "ordinary", status=self.legit_status(t))
        t2 = self.clampt(t + TD(days=rng.randint(0, 1500), minutes=rng.randrange(300)))
        st = "ACTIVE"
        if rng.random() < 0.12 and t2 < VNEID_LOCK:
            st = "ONE_WAY_LOCKED"
        self.legit(p, t2, "backup_sim", prof="backup", slot=1, status=st,
                   carrier=None if rng.random() < 0.6 else self.pick_carrier())
        return 1

    def g_data_only(self, cap):
        rng = self.rng
        t = self.rand_time(prof="store")
        p = self.new_person(t, prof="adult")
        if rng.random() < 0.6:
            self.legit(p, t, "ordinary", status=self.legit_status(t))
            t = self.clampt(t + TD(days=rng.randint(0, 900), minutes=rng.randrange(600)))
        ch = "ONLINE" if rng.random() < 0.3 else None
        router = self.rand_imei("router" if rng.random() < 0.6 else "tablet")
        self.legit(p, t, "data_only_sim", channel=ch, prof="data_only", fu=router)
        return 1

    def g_family(self, cap):
        rng = self.rng
        t = self.rand_time(prof="ekyc")
        r = self.new_person(t, prof="parent")
        sur = r.name.split(" ")[0]
        members = []
        sp = self.new_person(t, gender="F" if r.gender == "M" else "M", rprov=r.rprov,
                             age=max(20, (t.year - r.dob.year) + rng.randint(-6, 4)))
        if rng.random() < 0.75:
            members.append(sp)
        kid_sur = sur if r.gender == "M" else sp.name.split(" ")[0]
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            a = rng.randint(14, max(14, min(26, (t.year - r.dob.year) - 18)))
            members.append(self.new_person(t, age=a, bprov=r.rprov if rng.random() < 0.7 else r.bprov,
                                           rprov=r.rprov, surname=kid_sur))
        if rng.random() < 0.45:
            a = (t.year - r.dob.year) + rng.randint(22, 32)
            members.append(self.new_person(t, age=min(95, a), gender="M", bprov=r.bprov, rprov=r.bprov if rng.random() < 0.6 else r.rprov, surname=sur))
        if rng.random() < 0.45:
            a = (t.year - r.dob.year) + rng.randint(20, 30)
            members.append(self.new_person(t, age=min(95, a), gender="F", bprov=r.bprov, rprov=r.rprov))
        if not members:
            members.append(sp)
        members = members[:max(1, cap - 1)]
        carrier = self.pick_carrier()
        app = t.date() >= EKYC_START and rng.random() < 0.6
        if app:
            ch = "EKYC_APP"
            dev = self.phone_at(r, t)
            self.legit(r, t, "family_shared_device", carrier=carrier, channel=ch, dev=dev, status=self.legit_status(t))
            tt = t
            for m in members:
                tt = self.clampt(tt + TD(minutes=rng.randint(2, 25) if rng.random() < 0.7 else rng.randint(60, 4000)))
                prof = "light" if (tt.year - m.dob.year) >= 60 else ("teen" if (tt.year - m.dob.year) < 20 else "ordinary")
                self.legit(m, tt, "family_shared_device", carrier=carrier if rng.random() < 0.85 else self.pick_carrier(),
                           channel=ch, dev=dev, prof=prof, status=self.legit_status(tt))
        else:
            t = self.at(t.date(), "store")
            ch = "STORE" if rng.random() < 0.5 else "AGENT"
            o = self.pick_outlet(carrier, ch, r.rprov)
            self.legit(r, t, "family_shared_device", carrier=o.carrier, channel=ch, outlet=o, status=self.legit_status(t))
            tt = t
            for m in members:
                tt = tt + TD(minutes=rng.randint(3, 15))
                prof = "light" if (tt.year - m.dob.year) >= 60 else ("teen" if (tt.year - m.dob.year) < 20 else "ordinary")
                self.legit(m, tt, "family_shared_device", carrier=o.carrier, channel=ch, outlet=o, prof=prof,
                           status=self.legit_status(tt))
        return 1 + len(members)

    def g_parent_child(self, cap):
        rng = self.rng
        t = self.rand_time(prof="store")
        p = self.new_person(t, prof="parent")
        carrier = self.pick_carrier()
        ch = self.pick_channel(t.date())
        if ch == "ONLINE":
            ch = "STORE"
        if ch in ("STORE", "AGENT"):
            t = self.at(t.date(), "store")
        o = self.pick_outlet(carrier, ch, p.rprov) if ch in ("STORE", "AGENT") else None
        if o:
            carrier = o.carrier
        if rng.random() < 0.5:
            self.legit(p, t, "ordinary", carrier=carrier, channel=ch, outlet=o)
        kids = rng.choice((1, 1, 2)) if cap > 1 else 1
        doc = self.doc_for(p, t)
        for i in range(kids):
            tt = t + TD(minutes=rng.randint(1, 10) * (i + 1))
            kid_phone = self.rand_imei("phone" if rng.random() < 0.85 else "feature")
            self.legit(p, tt, "parent_held_child_sim", carrier=carrier, channel=ch, outlet=o, doc=doc,
                       fu=kid_phone, prof="teen")
        return kids

    def g_minor(self, cap):
        rng = self.rng
        t = self.rand_time(D(2017, 1, 1), END, "store")
        child = self.new_person(t, prof="teen" if rng.random() < 0.7 else "child")
        g = self.new_person(t, prof="parent", rprov=child.rprov, surname=child.name.split(" ")[0],
                            age=(t.year - child.dob.year) + rng.randint(22, 38))
        carrier = self.pick_carrier()
        ch = "STORE" if rng.random() < 0.6 else "AGENT"
        o = self.pick_outlet(carrier, ch, child.rprov)
        if rng.random() < 0.5:
            self.legit(g, t, "ordinary", carrier=o.carrier, channel=ch, outlet=o)
        tt = t + TD(minutes=rng.randint(2, 12))
        sh = fm = None
        if rng.random() < self.p_selfie(ch, tt):
            sh = self.capture(child.face)
            fm = min(0.95, max(0.5, rng.gauss(0.78, 0.08)))
        self.legit(child, tt, "minor_with_guardian", carrier=o.carrier, channel=ch, outlet=o,
                   doc=("CCCD", child.cccd, "real"), prof="teen", selfie=(sh, fm))
        return 1

    # ----------------------------------------------------------- organisations
    def new_org(self, kind):
        rng = self.rng
        form = self.pick([f for f, _ in ORG_FORMS], self.orgf_cum)
        name = "%s %s %s" % (form, rng.choice(ORG_TRADE[kind]), rng.choice(ORG_BRAND))
        if rng.random() < 0.15:
            name += rng.choice([" VIỆT NAM", " - CHI NHÁNH HÀ NỘI", ", CHI NHÁNH TP.HCM", " MIỀN BẮC"])
        while True:
            tax = "%02d%08d" % (rng.choice([1, 1, 1, 3, 3, 3, 2, 4, 37, 36, 23, 5, 10, 26, 46, 11]), rng.randrange(10 ** 8))
            if rng.random() < 0.12:
                tax += "-%03d" % rng.randint(1, 20)
            if tax not in self.used_tax:
                self.used_tax.add(tax)
                break
        prov = rng.choice(["001", "001", "079", "079", "079", "048", "031", "074", "075", "027", "056"]) \
            if rng.random() < 0.8 else self.pick_res()
        return name, tax, prov

    def g_org(self, cap, kind, pattern):
        rng = self.rng
        name, tax, prov = self.new_org(kind)
        if kind == "iot":
            size = int(min(900, rng.lognormvariate(math.log(150), 0.9)))
        elif kind == "fleet":
            size = int(min(300, rng.lognormvariate(math.log(50), 0.8)))
        elif kind == "cc":
            size = int(min(400, rng.lognormvariate(math.log(80), 0.7)))
        else:
            size = int(min(400, rng.lognormvariate(math.log(40), 1.0)))
        size = max(5, min(size, cap))
        carrier = self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE"], [0.55, 0.80, 0.98, 1.0])
        store = self.pick_outlet(carrier, "STORE", prov)
        carrier = store.carrier
        rep = self.new_person(DT(2024, 1, 1), prof="parent", rprov=prov)
        t0 = self.rand_time(D(2017, 1, 1), END - TD(days=20), "work")
        n = 0
        orders = rng.randint(1, 4)
        mod_tac_lot = self.gateway(ports=max(size, 1) + 5, cls="module") if kind in ("iot", "fleet") else None
        gw = self.gateway() if kind == "cc" else None
        rep_face = rep.face
        while n < size:
            osz = min(size - n, max(5, int(size / orders * rng.uniform(0.6, 1.4))))
            day = t0.date() if n == 0 else self.rand_day(t0.date(), min(END, t0.date() + TD(days=900)))
            t = self.at(day, "work")
            box = self.new_box(carrier, t, osz + 10)
            backoffice = rng.random() < 0.5
            ch = "STORE" if rng.random() < 0.9 else "AGENT"
            o = store if ch == "STORE" else self.pick_outlet(carrier, "AGENT", prov)
            for i in range(osz):
                t = t + TD(seconds=rng.randint(20, 400) if backoffice else rng.randint(60, 900))
                t = self.clampt(t)
                iccid, imsi = self.take(box, 0.01)
                nsn = self.new_nsn(carrier, box, 0.6)
                dev = None if backoffice else self.outlet_dev(o, t)
                sh = fm = None
                if (t >= C08 and rng.random() < 0.7) or (t >= POPDB and rng.random() < 0.1 * self.sc["cov"]):
                    sh = self.capture(rep_face)
                    fm = self.fm_genuine()
                if kind == "iot":
                    fu = mod_tac_lot[n % len(mod_tac_lot)]
                    u = self.usage("iot")
                elif kind == "fleet":
                    fu = mod_tac_lot[n % len(mod_tac_lot)] if rng.random() < 0.6 else self.rand_imei("phone")
                    u = self.usage("fleet")
                elif kind == "cc":
                    r = rng.random()
                    fu = rng.choice(gw) if r < 0.3 else (self.rand_imei("feature") if r < 0.8 else self.rand_imei("phone"))
                    u = self.usage("callcentre")
                else:
                    fu = self.rand_imei("phone")
                    u = self.usage("staff")
                st = "ACTIVE" if rng.random() < 0.95 else rng.choice(("TERMINATED", "TWO_WAY_LOCKED"))
                ccar = self.fix_carrier(carrier, t)
                self.emit(ccar, nsn, t, "ORG", tax, name, None, None, "VN", prov, ch,
                          o.code if rng.random() < 0.95 else "", dev, sh, fm, self.popdb("org", t), st,
                          iccid, imsi, fu, u, "ORGANIZATION", 0, 0, pattern, name_rendered=False,
                          foreign=True)
                n += 1
        return n

    # ----------------------------------------------------------- bursts
    def g_worksite(self, cap):
        rng = self.rng
        south = rng.random() < 0.55
        prov = rng.choice(IND_SOUTH if south else IND_NORTH)
        carrier = self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "ITEL"], [0.5, 0.72, 0.9, 0.96, 1.0])
        o = self.pick_outlet(carrier, "AGENT" if rng.random() < 0.6 else "STORE", prov)
        carrier = o.carrier
        size = max(5, min(cap, int(rng.lognormvariate(math.log(90), 0.6))))
        day = self.rand_day(D(2018, 1, 1), END)
        days = rng.randint(1, 3)
        box = None
        n = 0
        per = size // days + 1
        for dd in range(days):
            dday = min(END, day + TD(days=dd))
            t = DT(dday.year, dday.month, dday.day, rng.choice((7, 8, 11, 16)), rng.randrange(60), 0)
            for i in range(per):
                if n >= size:
                    break
                t = t + TD(seconds=rng.randint(60, 420))
                if box is None or box[2] >= box[3] or rng.random() < 0.01:
                    box = self.new_box(carrier, t, 100)
                tt = self.clampt(t)
                w = self.new_person(tt, prof="worker", rprov=prov,
                                    bprov=self.pick(self.orig_s, self.orig_s_cum) if south else self.pick(self.orig_n, self.orig_n_cum))
                dev = self.outlet_dev(o, tt, slot=rng.randrange(min(2, o.nslots)))
                ic, im = self.take(box, 0.02)
                sh = fm = None
                if rng.random() < max(self.p_selfie("STORE", tt), 0.6 * self.sc["cov"] if tt.year >= 2021 else 0):
                    sh = self.capture(w.face)
                    fm = self.fm_genuine()
                self.legit(w, tt, "worksite_mobile_sales", carrier=carrier, channel=o.kind, outlet=o, dev=dev,
                           simt=(ic, im, box), selfie=(sh, fm), pair_p=0.4,
                           doc=self.doc_for(w, tt))
                n += 1
        return n

    def g_promo(self, cap):
        rng = self.rng
        carrier = self.pick_carrier()
        lst = self.idx_ck.get((carrier, "STORE")) or self.idx_ck.get((carrier, "AGENT"))
        # busy store: bias to heavy weights
        cands = sorted(lst[0], key=lambda o: -o.weight)[:max(3, len(lst[0]) // 5)]
        o = rng.choice(cands)
        carrier = o.carrier
        r = rng.random()
        if r < 0.5:
            tet = rng.choice(TET[1:])
            day = tet - TD(days=rng.randint(2, 10))
        elif r < 0.75:
            y = rng.randint(2017, 2025)
            day = D(y, 11, 20) + TD(days=rng.randint(0, 10))
        else:
            day = self.rand_day(D(2017, 1, 1), END)
        day = max(START, min(END, day))
        size = max(5, min(cap, int(rng.lognormvariate(math.log(150), 0.5))))
        n = 0
        for dd in range(rng.randint(1, 2)):
            dday = min(END, day + TD(days=dd))
            for i in range(size // 2 + 1 if dd == 0 else size - n):
                if n >= size:
                    break
                t = self.at(dday, "store")
                p = self.new_person(t, rprov=o.prov)
                self.legit(p, t, "promo_event_walkin", carrier=carrier, channel=o.kind, outlet=o,
                           status=self.legit_status(t))
                n += 1
        return n

    # ----------------------------------------------------------- foreigners
    def g_tourist(self, cap):
        rng = self.rng
        while True:
            day = self.rand_day(START, END)
            if not (D(2020, 3, 20) <= day <= D(2022, 3, 15)) or rng.random() < 0.05:
                break
        r = rng.random()
        p = self.foreigner(DT(day.year, day.month, day.day))
        if r < 0.7:
            o = self.pick(self.airport, self.airport_cum)
            t = self.at(day, "agent")
            ch = o.kind
        elif r < 0.85:
            o = None
            ch = "STORE"
            t = self.at(day, "store")
        else:
            o = None
            ch = "ONLINE"
            t = self.at(day, "courier")
        carrier = o.carrier if o else self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE"], [0.5, 0.75, 1.0])
        p.rprov = o.prov if o else rng.choice(AIRPORTS)
        st = "ACTIVE"
        if (EXPORT - t).days > 90 and rng.random() < 0.55:
            st = "TERMINATED"
        sh = fm = None
        if rng.random() < (0.97 if t >= C08 else 0.25 * self.sc["cov"]):
            sh = self.capture(p.face)
            fm = self.fm_genuine() if rng.random() < 0.7 else None
        self.legit(p, t, "foreign_tourist", carrier=carrier, channel=ch, outlet=o, prof="tourist", status=st,
                   selfie=(sh, fm), prov=p.rprov if rng.random() < 0.5 else "")
        return 1

    def g_resident(self, cap):
        rng = self.rng
        t = self.rand_time(START, END - TD(days=60), "store")
        p = self.foreigner(t)
        p.rprov = rng.choice(["001", "079", "074", "075", "027", "031", "048", "024", "022"])
        k = min(cap, rng.choice((1, 1, 2, 3)))
        for i in range(k):
            ti = self.clampt(t + TD(days=rng.randint(0, 800) * (i > 0)))
            ch = "STORE" if rng.random() < 0.7 else "AGENT"
            self.legit(p, ti, "foreign_resident", channel=ch, prof="foreign", slot=i % 2)
        return k

    def g_overseas(self, cap):
        rng = self.rng
        t = self.rand_time(START, END, "store")
        p = self.new_person(t, prof="adult")
        if rng.random() < 0.7:
            p.passport = self.vn_passport()
        else:
            p.nat = rng.choice(["US", "AU", "FR", "CA", "DE", "US", "US"])
            p.passport = self.foreign_passport(p.nat)
            p.name = strip_diac(p.name).upper()
        ch = "STORE" if rng.random() < 0.75 else "AGENT"
        self.legit(p, t, "overseas_vietnamese", channel=ch, doc=("PASSPORT", p.passport, "passport"),
                   prof="ordinary" if rng.random() < 0.6 else "tourist")
        return 1

    # ----------------------------------------------------------- messy data
    def g_cmnd_shared(self, cap):
        rng = self.rng
        num = "2714%05d" % rng.randint(50001, 99999)
        if num in self.used_id:
            return 0
        self.used_id.add(num)
        n = 0
        for prov in ("077", "075")[:max(1, min(2, cap))]:
            t = self.rand_time(START, D(2021, 6, 30), "store")
            p = self.new_person(t, prof="adult", rprov=prov)
            p.cmnd = num
            self.legit(p, t, "cmnd_shared_number", doc=("CMND", num, "real_cmnd"))
            n += 1
        return n

    def typo_name(self, name):
        rng = self.rng
        parts = name.split(" ")
        i = rng.randrange(len(parts))
        w = parts[i]
        r = rng.random()
        if r < 0.5:
            nfd = unicodedata.normalize("NFD", w)
            marks = [k for k, c in enumerate(nfd) if unicodedata.category(c) == "Mn"]
            if marks:
                k = rng.choice(marks)
                w = unicodedata.normalize("NFC", nfd[:k] + nfd[k + 1:])
            elif len(w) > 2:
                w = w[:-1]
        elif r < 0.75 and len(w) > 3:
            k = rng.randrange(1, len(w) - 1)
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif len(parts) >= 4:
            parts.pop(rng.randrange(1, len(parts) - 1))
            return " ".join(parts)
        else:
            w = w + w[-1]
        parts[i] = w
        return " ".join(parts)

    def variant_name(self, name):
        rng = self.rng
        opts = []
        low = name
        for a, b in TONE_PAIRS:
            if a in low:
                opts.append(("tone", a, b))
        parts = name.split(" ")
        if len(parts) >= 4:
            opts.append(("drop",))
        if parts[0] in ("Hoàng", "Huỳnh", "Vũ", "Võ"):
            opts.append(("sur",))
        opts.append(("case",))
        o = rng.choice(opts)
        if o[0] == "tone":
            return name.replace(o[1], o[2])
        if o[0] == "drop":
            parts.pop(rng.randrange(1, len(parts) - 1))
            return " ".join(parts)
        if o[0] == "sur":
            parts[0] = {"Hoàng": "Huỳnh", "Huỳnh": "Hoàng", "Vũ": "Võ", "Võ": "Vũ"}[parts[0]]
            return " ".join(parts)
        return strip_diac(name).upper() if rng.random() < 0.5 else name.title()

    def g_typo(self, cap):
        rng = self.rng
        t = self.rand_time(START, END, "store")
        if rng.random() < 0.7:
            t = self.rand_time(START, D(2022, 7, 31), "store")
        p = self.new_person(t)
        n = 0
        if rng.random() < 0.6 and cap > 1:
            t0 = self.rand_time(START, END, "store")
            self.legit(p, t0, "ordinary")
            n += 1
        idt, idn, dk = self.doc_for(p, t)
        name, dob, gender, prov = p.name, p.dob, p.gender, p.rprov
        r = rng.random()
        if r < 0.35:     # one digit wrong in the random part
            k = rng.randrange(len(idn) - 4, len(idn))
            idn = idn[:k] + str((int(idn[k]) + rng.randint(1, 9)) % 10) + idn[k + 1:]
            dk = "typo"
        elif r < 0.40 and idt == "CCCD":   # year digits of the CCCD mistyped
            k = rng.choice((4, 5))
            idn = idn[:k] + str((int(idn[k]) + rng.randint(1, 9)) % 10) + idn[k + 1:]
            dk = "typo"
        elif r < 0.55:   # DOB day/month swapped or off by one
            if dob.day <= 12 and dob.day != dob.month:
                dob = D(dob.year, dob.day, min(dob.month, mdays(dob.year, dob.day)))
            else:
                dob = dob + TD(days=rng.choice((-1, 1)))
                if dob.year != p.dob.year:
                    dob = p.dob.replace(day=max(1, p.dob.day - 1) if p.dob.day > 1 else 2)
            dk = "typo"
        elif r < 0.62:   # DOB year digits swapped / mistyped
            y = dob.year
            yy = "%d" % y
            y2 = int(yy[:2] + yy[3] + yy[2]) if yy[2] != yy[3] else y + rng.choice((-1, 1))
            if y2 > t.year - 10 or y2 < 1920:
                y2 = y + 1
            dob = D(y2, dob.month, min(dob.day, mdays(y2, dob.month)))
            dk = "typo"
        elif r < 0.87:
            name = self.typo_name(name)
            dk = "typo"
        elif r < 0.93:
            gender = "F" if gender == "M" else "M"
        else:
            prov = rng.choice(PROV_CODES)
        if idn != p.cccd and idn != p.cmnd:
            if idn in self.used_id:
                idn = p.cccd if idt == "CCCD" else idn
            self.used_id.add(idn)
        # emit with explicit modified values
        carrier = self.fix_carrier(self.pick_carrier(), t)
        ch = self.pick_channel(t.date(), inperson=True)
        o = self.pick_outlet(carrier, ch, p.rprov)
        carrier = o.carrier
        t = self.at(t.date(), "store")
        iccid, imsi, box = self.sim(carrier, o, t)
        nsn = self.new_nsn(carrier, box, 0.35)
        sh = fm = None
        if rng.random() < self.p_selfie(ch, t):
            sh = self.capture(p.face)
            fm = self.fm_genuine()
        self.emit(carrier, nsn, t, idt, idn, name, dob, gender, "VN", prov, o.kind, o.code,
                  self.outlet_dev(o, t), sh, fm, self.popdb(dk, t), self.legit_status(t), iccid, imsi,
                  self.phone_at(p, t), self.usage("ordinary"), "INDIVIDUAL", 0, 0, "clerical_typo")
        return n + 1

    def g_name_variant(self, cap):
        rng = self.rng
        t = self.rand_time(START, END - TD(days=200), "store")
        p = self.new_person(t)
        k = min(cap, rng.choice((2, 2, 3)))
        n = 0
        for i in range(k):
            ti = self.clampt(t + TD(days=rng.randint(0, 1200) * (i > 0)))
            nm = p.name if i == 0 else self.variant_name(p.name)
            self.legit(p, ti, "name_variant", name=nm, prof="ordinary" if i == 0 else "light", slot=i % 2)
            n += 1
        return n

    def g_doc_upgrade(self, cap):
        rng = self.rng
        t1 = self.rand_time(START, D(2020, 12, 31), "store")
        p = self.new_person(t1)
        cm = self.cmnd_of(p)
        r1 = self.legit(p, t1, "doc_upgrade", doc=("CMND", cm, "real_cmnd"))
        if cap < 2:
            return 1
        r = rng.random()
        if r < 0.45:
            t2 = self.rand_time(D(2023, 2, 1), D(2024, 6, 30), "store")
        elif r < 0.8:
            t2 = self.rand_time(D(2021, 3, 1), END, "store")
        else:
            t2 = self.rand_time(D(2026, 4, 15), END, "store")
        ch = rng.choice(("STORE", "STORE", "AGENT", "EKYC_APP")) if t2.date() >= EKYC_START else "STORE"
        if ch == "EKYC_APP":
            t2 = self.at(t2.date(), "ekyc")
        simt = (r1["iccid"], r1["imsi"], None) if rng.random() < 0.7 else None
        usage = r1["usage"] if rng.random() < 0.4 else None
        self.legit(p, t2, "doc_upgrade", carrier=r1["carrier"], nsn=r1["nsn"], channel=ch, simt=simt,
                   doc=("CCCD", p.cccd, "real"), usage=usage, fu=r1["fu"] if rng.random() < 0.7 else "auto")
        return 2

    def g_transfer(self, cap):
        rng = self.rng
        t1 = self.rand_time(START, END - TD(days=400), "store")
        a = self.new_person(t1)
        vanity = rng.random() < 0.25
        r1 = self.legit(a, t1, "ownership_transfer", vanity=vanity)
        if cap < 2:
            return 1
        t2 = self.clampt(t1 + TD(days=rng.randint(90, 2500), minutes=rng.randrange(500)))
        if rng.random() < 0.5:
            b = self.new_person(t2, rprov=a.rprov, surname=a.name.split(" ")[0])
        else:
            b = self.new_person(t2)
        simt = None if rng.random() < 0.6 else (r1["iccid"], r1["imsi"], None)
        ch = "STORE" if rng.random() < 0.8 else "AGENT"
        self.legit(b, self.at(t2.date(), "store"), "ownership_transfer", carrier=r1["carrier"], nsn=r1["nsn"],
                   channel=ch, simt=simt, usage=None if rng.random() < 0.5 else "auto")
        return 2

    def g_recycled(self, cap):
        rng = self.rng
        t1 = self.rand_time(START, D(2023, 6, 30), "store")
        a = self.new_person(t1)
        r1 = self.legit(a, t1, "number_recycled", status="TERMINATED")
        if cap < 2:
            return 1
        t2 = self.clampt(t1 + TD(days=rng.randint(365, 1800) + rng.randint(90, 365), minutes=rng.randrange(300)))
        b = self.new_person(t2)
        self.legit(b, t2, "number_recycled", carrier=r1["carrier"], nsn=r1["nsn"])
        return 2

    def g_locked(self, cap):
        rng = self.rng
        r = rng.random()
        if r < 0.45:      # never confirmed on VNeID -> one-way lock from 15 Jun 2026
            t = self.rand_time(START, D(2026, 5, 31), "store")
            p = self.new_person(t, prof="adult" if rng.random() < 0.5 else "elderly")
            self.legit(p, t, "locked_line", status="ONE_WAY_LOCKED", prof=rng.choice(("light", "backup", "ordinary")))
        elif r < 0.65:    # device change without face re-authentication
            t = self.rand_time(START, D(2026, 3, 31), "store")
            p = self.new_person(t)
            self.legit(p, t, "locked_line", status=rng.choice(("ONE_WAY_LOCKED", "TWO_WAY_LOCKED")))
        elif r < 0.9:     # churned / voluntarily terminated
            t = self.rand_time(START, D(2025, 6, 30), "store")
            p = self.new_person(t)
            self.legit(p, t, "locked_line", status="TERMINATED", prof=rng.choice(("ordinary", "light")))
        else:             # 2023 clean-up: real person, data did not match
            t = self.rand_time(START, D(2021, 12, 31), "store")
            p = self.new_person(t, prof="elderly" if rng.random() < 0.5 else "adult")
            self.legit(p, t, "locked_line", status=rng.choice(("TWO_WAY_LOCKED", "TERMINATED")),
                       doc=("CMND", self.cmnd_of(p), "real_cmnd"), pop=rng.choice(("MISMATCH", "NOT_FOUND", "")),
                       prof="light")
        return 1

    def g_invalid(self, cap):
        rng = self.rng
        t = self.rand_time(prof="store")
        p = self.new_person(t, pool=False)
        carrier = self.fix_carrier(self.pick_carrier(), t)
        nsn = self.new_nsn(carrier)
        kind = rng.choice(("msisdn", "msisdn", "ts", "dob"))
        raw_ms = raw_ts = raw_dob = None
        if kind == "msisdn":
            raw_ms = rng.choice(["0" + nsn[:7], "02" + "4" + nsn[2:] + "1", "0" + nsn[:3] + "l" + nsn[4:],
                                 "84" + nsn + "9", "+1" + nsn])
        elif kind == "ts":
            raw_ts = rng.choice(["%04d-02-30T10:%02d:00+07:00" % (t.year, rng.randrange(60)),
                                 "%02d/%02d/%04d %02d:%02d" % (t.day, t.month, t.year, t.hour, t.minute),
                                 "%04d-13-%02dT09:00:00+07:00" % (t.year, t.day)])
        else:
            raw_dob = rng.choice(["%04d-13-%02d" % (p.dob.year, p.dob.day),
                                  "%02d/%02d/%04d" % (p.dob.day, p.dob.month, p.dob.year),
                                  "%04d-02-31" % p.dob.year])
        idt, idn, dk = self.doc_for(p, t)
        o = self.pick_outlet(carrier, "AGENT", p.rprov)
        self.emit(o.carrier, nsn, t, idt, idn, p.name, p.dob, p.gender, "VN", p.rprov, "AGENT", o.code,
                  self.outlet_dev(o, t), None, None, self.popdb(dk, t), "ACTIVE", None, None, None,
                  self.usage("ordinary"), "INDIVIDUAL", 0, 0, "invalid_row",
                  raw_msisdn=raw_ms, raw_ts=raw_ts, raw_dob=raw_dob)
        return 1

    # ================================================================== FRAUD
    def care(self):
        self.cur_care = self.rng.random() < self.sc["care"]
        return self.cur_care

    def fraud_status(self, t, realdoc, pop, quick=False):
        rng = self.rng
        r = rng.random()
        if quick and r < 0.55:
            return rng.choice(("ONE_WAY_LOCKED", "TWO_WAY_LOCKED", "TWO_WAY_LOCKED", "TERMINATED"))
        if t < CLEANUP and pop in ("NOT_FOUND", "MISMATCH", "UNCHECKED", ""):
            if r < 0.30:
                return "TERMINATED"
            if r < 0.45:
                return "TWO_WAY_LOCKED"
            if r < 0.52:
                return "ONE_WAY_LOCKED"
            return "ACTIVE"
        if realdoc and t < VNEID_LOCK and r < 0.3:
            return "ONE_WAY_LOCKED"
        if r < 0.08:
            return rng.choice(("TWO_WAY_LOCKED", "TERMINATED"))
        return "ACTIVE"

    def fab_identity(self, t, prov, care, template=None):
        """Fabricated identity (not a real person)."""
        rng = self.rng
        g = "M" if rng.random() < 0.55 else "F"
        if care:
            by = t.year - self.sample_age("adult")
        else:
            by = rng.randint(1955, min(2003, t.year - 16))
        dob = self.rand_dob(by)
        bprov = prov if rng.random() < 0.4 else self.pick_birth()
        name = self.viet_name(g, by, bprov)
        if not care and rng.random() < 0.05:
            parts = name.split(" ")
            name = parts[0] + " " + parts[-1]
        y = t.year
        pcm = 0.65 if y < 2021 else (0.3 if y <= 2022 else 0.05)
        if rng.random() < pcm:
            if template and template[0] == "CMND":
                stem = template[1]
                num = stem + "".join("%d" % rng.randrange(10) for _ in range(9 - len(stem)))
            else:
                pre = CMND_PREFIX.get(prov if rng.random() < 0.6 else bprov, "02")
                num = pre + "".join("%d" % rng.randrange(10) for _ in range(9 - len(pre)))
            idt = "CMND"
        else:
            idt = "CCCD"
            consistent = rng.random() < (0.97 if care else 0.85)
            if template and template[0] == "CCCD":
                stem = template[1]
                num = stem + "".join("%d" % rng.randrange(10) for _ in range(12 - len(stem)))
                # a template fixes PPP/G/YY; DOB typed separately
                if consistent or rng.random() < 0.5:
                    gd = int(stem[3])
                    g2 = "M" if gd % 2 == 0 else "F"
                    by = 1900 + 100 * (gd // 2) + int(stem[4:6])
                    dob = self.rand_dob(by)
                    if g2 != g:
                        g = g2
                        name = self.viet_name(g, by, bprov)
            else:
                ppp = bprov if rng.random() < 0.8 else rng.choice(PROV_CODES)
                cent = by // 100 - 19
                gd = cent * 2 + (1 if g == "F" else 0)
                yy = by % 100
                if not consistent:
                    r = rng.random()
                    if r < 0.4:
                        gd ^= 1
                    elif r < 0.8:
                        yy = (yy + rng.randint(1, 9)) % 100
                    else:
                        gd = (gd + 2) % 4
                num = "%s%d%02d%06d" % (ppp, gd, yy, rng.randrange(1000000))
        if num in self.used_id:
            num = num[:-2] + "%02d" % rng.randrange(100)
        self.used_id.add(num)
        return (idt, num, name, dob, g, bprov)

    def victim(self, t, fresh_p=0.5, market_p=0.25):
        """A real person whose documents are abused."""
        rng = self.rng
        r = rng.random()
        if self.leak_market and r < market_p:
            return rng.choice(self.leak_market)
        if self.pool and rng.random() > fresh_p:
            v = rng.choice(self.pool)
            if v.nat == "VN" and v.dob.year < t.year - 15:
                if len(self.leak_market) < 5000:
                    self.leak_market.append(v)
                return v
        v = self.new_person(t, prof="adult", pool=False)
        if len(self.leak_market) < 5000:
            self.leak_market.append(v)
        return v

    def victim_doc(self, v, t):
        if v.passport:
            return ("PASSPORT", v.passport, "passport")
        if t.year >= 2021 or self.rng.random() < 0.3:
            return ("CCCD", v.cccd, "real")
        return self.doc_for(v, t)

    def fraud_emit(self, carrier, nsn, t, doc, name, dob, gender, prov, ch, o, dev, sh, fm, pop, status,
                   iccid, imsi, fu, usage, pattern, agent=None, name_rendered=False):
        rng = self.rng
        j, n = FRAUD_LABEL[pattern]
        if agent is None:
            agent = (o.code if (o is not None and rng.random() < 0.97) else "")
        # same capture/export imperfections as legit rows
        if dev and rng.random() < 0.12:
            dev = None
        if sh is not None and fm is not None and rng.random() < 0.08:
            fm = None
        # careful operators: lines parked unused / usage unknown at export
        if self.cur_care and usage is not None and rng.random() < 0.15:
            usage = None
            if fu == "@never":
                fu = None
        carrier = self.fix_carrier(carrier, t)
        return self.emit(carrier, nsn, t, doc[0], doc[1], name, dob, gender, "VN", prov, ch, agent, dev,
                         sh, fm, pop, status, iccid, imsi, fu, usage, "INDIVIDUAL", j, n, pattern,
                         name_rendered=name_rendered)

    def campaign_times(self, size, lo, hi, care, prof_sloppy="night"):
        """Registration times of a dealer batch."""
        rng = self.rng
        d0 = self.rand_day(lo, hi)
        out = []
        if care:
            span = rng.randint(5, 40)
            for _ in range(size):
                d = min(END, d0 + TD(days=rng.randrange(span)))
                out.append(self.at(d, "agent"))
        else:
            ndays = rng.randint(1, 3)
            for k in range(ndays):
                d = min(END, d0 + TD(days=k * rng.randint(1, 4)))
                h0 = rng.choice((7, 8, 13, 19, 21, 22, 0))
                t = DT(d.year, d.month, d.day, h0, rng.randrange(60), 0)
                for _ in range(size // ndays + (1 if k < size % ndays else 0)):
                    t = t + TD(seconds=rng.randint(25, 240))
                    out.append(t)
        out.sort()
        return [self.clampt(x) for x in out]

    def preactivated(self, cap, pattern):
        """Dealer pre-activation batch: fabricated (J) or leaked real documents (J+N)."""
        rng = self.rng
        care = self.care()
        carrier = self.pick_fcarrier()
        o = self.pick_corrupt(carrier)
        carrier = o.carrier
        outs = [o]
        if care:
            for _ in range(rng.randint(1, 3)):
                outs.append(self.pick_corrupt(carrier, o.prov))
        size = max(3, min(cap, int(rng.lognormvariate(math.log(60 if not care else 35), 0.7))))
        leaked = pattern == "preactivated_leaked_docs"
        r = rng.random()
        if leaked:
            lo, hi = (D(2019, 1, 1), D(2022, 7, 31)) if r < 0.3 else (D(2022, 8, 1), END - TD(days=5))
        else:
            lo, hi = (D(2016, 6, 1), D(2022, 7, 31)) if r < 0.85 else (D(2022, 8, 1), END - TD(days=5))
        times = self.campaign_times(size, lo, hi, care)
        nbox = rng.randint(2, 3) if care else 1
        boxes = [self.new_box(carrier, times[0], size + 20) for _ in range(nbox)]
        template = None
        if not leaked and not care and rng.random() < 0.3:
            if times[0].year < 2021:
                template = ("CMND", CMND_PREFIX.get(o.prov, "02") + "%04d" % rng.randrange(10000))
            else:
                if rng.random() < 0.85:
                    template = ("CCCD", o.prov + rng.choice("01") + "%02d" % rng.randint(60, 99) + "%03d" % rng.randrange(1000))
                else:
                    template = ("CCCD", o.prov + rng.choice("23") + "%02d" % rng.randint(0, 5) + "%03d" % rng.randrange(1000))
        faces = [rng.getrandbits(64) for _ in range(rng.randint(6, 15) if care else rng.randint(2, 5))]
        act = self.activation_phones(o)
        if care:
            act = act + [self.rand_imei("phone") for _ in range(rng.randint(1, 3))]
        used = {}
        n = 0
        std = 0
        for t in times:
            if n >= size:
                break
            oo = rng.choice(outs) if care else o
            ch = oo.kind
            box = rng.choice(boxes)
            iccid, imsi = self.take(box, 0.1 if care else 0.03)
            nsn = self.new_nsn(carrier, box, 0.4 if care else 0.7)
            if leaked:
                if used and rng.random() < (0.15 if care else 0.35):
                    v = rng.choice(list(used.values()))
                else:
                    v = self.victim(t)
                used[id(v)] = v
                doc = self.victim_doc(v, t)
                name, dob, g, prov = v.name, v.dob, v.gender, v.rprov
                pop = self.popdb(doc[2], t)
                realdoc = True
            else:
                idt, num, name, dob, g, bprov = self.fab_identity(t, oo.prov, care, template)
                doc = (idt, num, "fab")
                prov = oo.prov if rng.random() < 0.7 else bprov
                pop = self.popdb("fab", t)
                realdoc = False
            dev = self.outlet_dev(oo, t, slot=None if care else 0)
            sh = fm = None
            if rng.random() < self.p_selfie(ch, t) * (0.8 if care else 1.0):
                rr = rng.random()
                if leaked and rr < 0.35:
                    sh, fm = self.capture(v.face), self.fm_photo()       # photo of the ID-card portrait
                elif rr < 0.85:
                    sh, fm = self.capture(rng.choice(faces)), self.fm_wrong()   # stock photos
                else:
                    sh, fm = rng.getrandbits(64), rng.uniform(0.01, 0.15)        # no face at all
                if rng.random() < 0.1:
                    fm = None
            prof, u = self.fraud_usage([("never", 40), ("consumer_short", 40), ("spam_sms", 8), ("otp", 7), ("scam_calls", 5)], care)
            r = rng.random()
            if r < (0.2 if care else 0.6):
                fu = rng.choice(act)
            elif prof == "never":
                fu = "@never"
            else:
                fu = self.rand_imei("phone")
            st = self.fraud_status(t, realdoc, pop, quick=prof in ("spam_sms", "scam_calls"))
            # buyer later standardised the SIM in their own name (2023 clean-up)
            if (not leaked) and t < CLEANUP and prof == "consumer_short" and st == "ACTIVE" and rng.random() < 0.35 and n + 2 <= size + 2:
                self.fraud_emit(carrier, nsn, t, doc, name, dob, g, prov, ch, oo, dev, sh, fm, pop, "ACTIVE",
                                iccid, imsi, fu, u, "preactivated_fabricated")
                self.rowcount["preactivated_fabricated"] -= 1
                self.rowcount["standardised_after_preactivation"] = self.rowcount.get("standardised_after_preactivation", 0) + 1
                t2 = self.rand_time(D(2023, 2, 15), D(2023, 9, 30), "store") if rng.random() < 0.8 else \
                    self.rand_time(D(2023, 10, 1), END, "store")
                buyer = self.new_person(t2)
                ch2 = rng.choice(("STORE", "STORE", "AGENT", "EKYC_APP"))
                self.legit(buyer, t2, "standardised_after_preactivation", carrier=self.fix_carrier(carrier, t2), nsn=nsn,
                           channel=ch2, simt=(iccid, imsi, None), usage=u if rng.random() < 0.4 else None,
                           fu=fu if (fu and fu != "@never" and fu not in act) else "auto")
                std += 1
                n += 1
                continue
            self.fraud_emit(carrier, nsn, t, doc, name, dob, g, prov, ch, oo, dev, sh, fm, pop, st,
                            iccid, imsi, fu, u, pattern)
            n += 1
        return n - std

    def g_identity_ring(self, cap):
        rng = self.rng
        care = self.care()
        op_face = rng.getrandbits(64)
        accomplices = [rng.getrandbits(64) for _ in range(rng.randint(0, 2))]
        phones = [self.rand_imei("phone") for _ in range(rng.randint(3, 8) if care else rng.randint(1, 4))]
        nvict = max(1, min(cap, int(rng.lognormvariate(math.log(30), 0.7))))
        d0 = self.rand_day(EKYC_START, END - TD(days=30))
        span = rng.randint(30, 200) if care else rng.randint(7, 90)
        carriers = [self.pick_fcarrier() for _ in range(rng.randint(1, 3))]
        ccol = None
        n = 0
        home = self.pick_res()
        for _ in range(nvict):
            if n >= cap:
                break
            v = self.victim(DT(d0.year, d0.month, d0.day), fresh_p=0.6, market_p=0.3)
            k = rng.choice((1, 1, 1, 2, 2, 3))
            for _k in range(k):
                if n >= cap:
                    break
                d = min(END, d0 + TD(days=rng.randrange(span)))
                r = rng.random()
                ch = "EKYC_APP" if r < 0.7 else ("ONLINE" if r < 0.9 else "AGENT")
                t = self.at(d, "night" if (not care and rng.random() < 0.5) else "ekyc")
                carrier = rng.choice(carriers)
                o = None
                if ch == "AGENT":
                    if ccol is None:
                        ccol = self.pick_corrupt(carrier, home)
                    o = ccol
                    carrier = o.carrier
                    if t.hour < 7:
                        t = t.replace(hour=rng.randint(8, 21))
                    dev = self.outlet_dev(o, t)
                elif ch == "EKYC_APP":
                    dev = rng.choice(phones)
                else:
                    dev = rng.choice(phones) if rng.random() < 0.5 else None
                iccid, imsi, box = self.sim(carrier, o, t)
                nsn = self.new_nsn(carrier, box, 0.2)
                doc = self.victim_doc(v, t)
                pop = self.popdb(doc[2], t)
                sh = fm = None
                if rng.random() < self.p_selfie(ch, t):
                    rr = rng.random()
                    if rr < (0.3 if care else 0.55):
                        sh, fm = self.capture(op_face), self.fm_wrong()
                    elif rr < 0.9 or not accomplices:
                        sh, fm = self.capture(v.face), self.fm_photo()
                    else:
                        sh, fm = self.capture(rng.choice(accomplices)), self.fm_wrong()
                prof, u = self.fraud_usage([("scam_calls", 35), ("otp", 35), ("never", 15), ("consumer_short", 15)], care)
                fu = rng.choice(phones) if (not care and rng.random() < 0.5) else self.rand_imei("phone" if rng.random() < 0.8 else "module")
                if prof == "never":
                    fu = "@never"
                st = self.fraud_status(t, True, pop, quick=prof == "scam_calls")
                self.fraud_emit(carrier, nsn, t, doc, v.name, v.dob, v.gender, v.rprov, ch, o, dev, sh, fm, pop,
                                st, iccid, imsi, fu, u, "identity_theft_ring",
                                agent=None if o else "")
                n += 1
        return n

    def g_dealer_extra(self, cap):
        rng = self.rng
        care = self.care()
        carrier = self.pick_fcarrier()
        o = self.pick_corrupt(carrier)
        ncust = max(1, min(cap, int(rng.lognormvariate(math.log(12), 0.8))))
        lo = D(2016, 6, 1)
        d0 = self.rand_day(lo, END - TD(days=10))
        span = rng.randint(30, 400)
        act = self.activation_phones(o)
        n = 0
        for _ in range(ncust):
            if n >= cap:
                break
            d = min(END, d0 + TD(days=rng.randrange(span)))
            t = self.at(d, "store")
            cust = self.new_person(t, rprov=o.prov)
            r1 = self.legit(cust, t, "ordinary", carrier=o.carrier, channel=o.kind, outlet=o)
            k = 1 if rng.random() < 0.6 else (2 if rng.random() < 0.75 else 3)
            for _k in range(k):
                if n >= cap:
                    break
                if care:
                    t2 = self.clampt(t + TD(minutes=rng.randint(5, 4000)))
                    dev = self.outlet_dev(o, t2)
                else:
                    t2 = t + TD(minutes=rng.randint(1, 30))
                    dev = r1["dev"] or self.outlet_dev(o, t2)
                iccid, imsi, box = self.sim(o.carrier, o, t2)
                nsn = self.new_nsn(o.carrier, box, 0.35)
                sh, fm = None, None
                if r1["sh"] is not None:
                    rr = rng.random()
                    if rr < 0.5:
                        sh = r1["sh"]
                    elif rr < 0.8:
                        sh = self.capture(r1["sh"], maxbits=1)
                    if sh is not None and r1["fm"] is not None:
                        fm = min(0.995, max(0.4, r1["fm"] + rng.uniform(-0.01, 0.01)))
                prof, u = self.fraud_usage([("never", 40), ("consumer_short", 35), ("spam_sms", 8), ("otp", 9), ("scam_calls", 8)], care)
                rr = rng.random()
                fu = rng.choice(act) if rr < 0.4 else ("@never" if prof == "never" else self.rand_imei("phone"))
                st = self.fraud_status(t2, True, r1["pop"])
                self.fraud_emit(o.carrier, nsn, t2, r1["doc"], r1["nm"], cust.dob, cust.gender, cust.rprov,
                                r1["channel"], o, dev, sh, fm, r1["pop"] if rng.random() < 0.9 else self.popdb("real", t2), st,
                                iccid, imsi, fu, u, "dealer_extra_sims", name_rendered=rng.random() < 0.7)
                n += 1
        return n

    def g_sim_farm(self, cap):
        rng = self.rng
        care = self.care()
        nid = max(1, int(rng.lognormvariate(math.log(12), 0.6)))
        carriers = [self.pick_fcarrier() for _ in range(rng.randint(1, 4))]
        home = self.pick_res()
        outs = [self.pick_corrupt(c, home) for c in carriers for _ in range(rng.randint(1, 2))]
        gws = [self.gateway() for _ in range(rng.randint(1, 3))]
        spoof = care and rng.random() < 0.6
        d0 = self.rand_day(D(2019, 1, 1), END - TD(days=20))
        span = rng.randint(20, 120)
        n = 0
        for _ in range(nid):
            if n >= cap:
                break
            t = self.at(min(END, d0 + TD(days=rng.randrange(span))), "agent")
            p = self.new_person(t, prof="rentee", pool=rng.random() < 0.2,
                                bprov=rng.choice(["038", "040", "089", "094", "096", "064", "066", "051", "014", "002"]))
            k = rng.randint(3, 9)
            for _k in range(k):
                if n >= cap:
                    break
                t = self.clampt(t + TD(hours=rng.randint(0, 72 if not care else 300), minutes=rng.randrange(60)))
                inperson = rng.random() < 0.75 or t.date() < EKYC_START
                if inperson:
                    o = rng.choice(outs)
                    carrier = o.carrier
                    ch = o.kind
                    if t.hour < 7 or t.hour > 21:
                        t = t.replace(hour=rng.randint(8, 20))
                    dev = self.outlet_dev(o, t)
                else:
                    o = None
                    carrier = rng.choice(carriers)
                    ch = "EKYC_APP"
                    dev = self.phone_at(p, t)
                iccid, imsi, box = self.sim(carrier, o, t)
                nsn = self.new_nsn(carrier, box, 0.3)
                doc = self.doc_for(p, t)
                pop = self.popdb(doc[2], t)
                sh = fm = None
                if rng.random() < self.p_selfie(ch, t):
                    sh, fm = self.capture(p.face), self.fm_genuine()   # the seller shows up / sends selfies
                prof, u = self.fraud_usage([("spam_sms", 60), ("scam_calls", 25), ("never", 15)], care)
                if prof == "never":
                    fu = "@never"
                elif spoof:
                    fu = self.rand_imei("phone")
                else:
                    fu = rng.choice(rng.choice(gws))
                st = self.fraud_status(t, True, pop, quick=prof != "never")
                self.fraud_emit(carrier, nsn, t, doc, p.name, p.dob, p.gender, p.rprov, ch, o, dev, sh, fm, pop, st,
                                iccid, imsi, fu, u, "sim_farm_bought_ids", agent=None if o else "")
                n += 1
        return n

    def farm_batch(self, cap, pattern, lo, hi, prof_mix, fu_kind, sizemu):
        """Pre-activated batch on fabricated identities operated as SIM box / OTP farm."""
        rng = self.rng
        care = self.care()
        carrier = self.pick_fcarrier()
        o = self.pick_corrupt(carrier)
        carrier = o.carrier
        outs = [o] + ([self.pick_corrupt(carrier, o.prov) for _ in range(rng.randint(1, 2))] if care else [])
        size = max(3, min(cap, int(rng.lognormvariate(math.log(sizemu), 0.6))))
        times = self.campaign_times(size, lo, hi, care)
        boxes = [self.new_box(carrier, times[0], size + 20) for _ in range(2 if care else 1)]
        pools = [self.gateway(cls=fu_kind) for _ in range(rng.randint(1, 3))]
        faces = [rng.getrandbits(64) for _ in range(rng.randint(2, 6))]
        n = 0
        for t in times:
            if n >= size:
                break
            oo = rng.choice(outs)
            iccid, imsi = self.take(rng.choice(boxes), 0.05)
            nsn = self.new_nsn(carrier, boxes[0], 0.6 if not care else 0.3)
            idt, num, name, dob, g, bprov = self.fab_identity(t, oo.prov, care)
            doc = (idt, num, "fab")
            pop = self.popdb("fab", t)
            sh = fm = None
            if rng.random() < self.p_selfie(oo.kind, t):
                sh, fm = self.capture(rng.choice(faces)), self.fm_wrong()
            prof, u = self.fraud_usage(prof_mix, care)
            fu = "@never" if prof == "never" else (self.rand_imei("phone") if (care and rng.random() < 0.5) else rng.choice(rng.choice(pools)))
            st = self.fraud_status(t, False, pop, quick=True)
            self.fraud_emit(carrier, nsn, t, doc, name, dob, g, oo.prov if rng.random() < 0.7 else bprov, oo.kind, oo,
                            self.outlet_dev(oo, t), sh, fm, pop, st, iccid, imsi, fu, u, pattern)
            n += 1
        return n

    def g_simbox(self, cap):
        return self.farm_batch(cap, "simbox_bypass", D(2016, 6, 1), D(2024, 12, 31),
                               [("simbox_calls", 85), ("never", 15)], "gateway", 70)

    def g_otp_fab(self, cap):
        return self.farm_batch(cap, "otp_farm_fabricated", D(2017, 1, 1), D(2022, 7, 31),
                               [("otp", 85), ("never", 15)], "module", 50)

    def g_otp_leaked(self, cap):
        rng = self.rng
        care = self.care()
        carrier = self.pick_fcarrier()
        o = self.pick_corrupt(carrier)
        carrier = o.carrier
        size = max(3, min(cap, int(rng.lognormvariate(math.log(45), 0.6))))
        viaapp = rng.random() < 0.4
        times = self.campaign_times(size, D(2021, 1, 1), END - TD(days=5), care)
        pools = [self.gateway(cls="module") for _ in range(rng.randint(1, 3))]
        phones = [self.rand_imei("phone") for _ in range(rng.randint(2, 6))]
        box = self.new_box(carrier, times[0], size + 20)
        n = 0
        for t in times:
            if n >= size:
                break
            v = self.victim(t, fresh_p=0.5, market_p=0.35)
            doc = self.victim_doc(v, t)
            pop = self.popdb(doc[2], t)
            if viaapp and t.date() >= EKYC_START:
                ch, oo, dev = "EKYC_APP", None, rng.choice(phones)
                iccid, imsi, _b = self.sim(carrier, None, t)
            else:
                ch, oo = o.kind, o
                if t.hour < 7:
                    t = t.replace(hour=rng.randint(8, 21))
                dev = self.outlet_dev(o, t)
                iccid, imsi = self.take(box, 0.05)
            nsn = self.new_nsn(carrier, box, 0.5)
            sh = fm = None
            if rng.random() < self.p_selfie(ch, t):
                sh, fm = (self.capture(v.face), self.fm_photo()) if rng.random() < 0.6 else (rng.getrandbits(64), self.fm_wrong())
            prof, u = self.fraud_usage([("otp", 85), ("never", 15)], care)
            fu = "@never" if prof == "never" else rng.choice(rng.choice(pools))
            st = self.fraud_status(t, True, pop)
            self.fraud_emit(carrier, nsn, t, doc, v.name, v.dob, v.gender, v.rprov, ch, oo, dev, sh, fm, pop, st,
                            iccid, imsi, fu, u, "otp_farm_leaked", agent=None if oo else "")
            n += 1
        return n

    def g_scam_centre(self, cap):
        rng = self.rng
        care = self.care()
        nid = max(1, int(rng.lognormvariate(math.log(15), 0.6)))
        carriers = [self.pick_fcarrier() for _ in range(rng.randint(1, 3))]
        handsets = [self.rand_imei("feature" if rng.random() < 0.6 else "phone") for _ in range(rng.randint(8, 40))]
        gang_phones = [self.rand_imei("phone") for _ in range(rng.randint(1, 4))]
        d0 = self.rand_day(D(2020, 6, 1), END - TD(days=20))
        span = rng.randint(15, 150)
        n = 0
        for _ in range(nid):
            if n >= cap:
                break
            t = self.at(min(END, d0 + TD(days=rng.randrange(span))), "agent")
            p = self.new_person(t, prof="rentee", pool=rng.random() < 0.3)
            for _k in range(rng.randint(2, 5)):
                if n >= cap:
                    break
                t = self.clampt(t + TD(hours=rng.randint(0, 96), minutes=rng.randrange(60)))
                carrier = rng.choice(carriers)
                if rng.random() < 0.6 or t.date() < EKYC_START:
                    ch = "AGENT" if rng.random() < 0.7 else "STORE"
                    o = self.pick_outlet(carrier, ch, p.rprov)
                    carrier = o.carrier
                    ch = o.kind
                    if t.hour < 7 or t.hour > 21:
                        t = t.replace(hour=rng.randint(8, 20))
                    dev = self.outlet_dev(o, t)
                else:
                    o = None
                    ch = "EKYC_APP"
                    dev = rng.choice(gang_phones) if rng.random() < 0.7 else self.phone_at(p, t)
                iccid, imsi, box = self.sim(carrier, o, t)
                nsn = self.new_nsn(carrier, box, 0.3)
                doc = self.doc_for(p, t)
                pop = self.popdb(doc[2], t)
                sh = fm = None
                if rng.random() < self.p_selfie(ch, t):
                    sh, fm = self.capture(p.face), self.fm_genuine()
                prof, u = self.fraud_usage([("scam_calls", 75), ("spam_sms", 15), ("never", 10)], care)
                fu = "@never" if prof == "never" else rng.choice(handsets)
                st = self.fraud_status(t, True, pop, quick=True)
                self.fraud_emit(carrier, nsn, t, doc, p.name, p.dob, p.gender, p.rprov, ch, o, dev, sh, fm, pop, st,
                                iccid, imsi, fu, u, "scam_call_centre_rented", agent=None if o else "")
                n += 1
        return n

    def g_rented(self, cap):
        rng = self.rng
        care = self.care()
        t = self.rand_time(D(2018, 1, 1), END - TD(days=15), "agent")
        p = self.new_person(t, prof="rentee", pool=rng.random() < 0.3)
        k = min(cap, rng.randint(3, 8))
        span = rng.randint(1, 10) if not care else rng.randint(5, 40)
        provs = [p.rprov] + [self.pick_res() for _ in range(rng.randint(0, 2))]
        n = 0
        for _ in range(k):
            tt = self.clampt(t + TD(days=rng.randrange(span), minutes=rng.randrange(600)))
            carrier = self.pick_fcarrier()
            if rng.random() < 0.25 and tt.date() >= EKYC_START and p.nsims.get(carrier, 0) < 3:
                ch, o = "EKYC_APP", None
                dev = self.phone_at(p, tt)
            else:
                ch = "AGENT" if rng.random() < 0.7 else "STORE"
                o = self.pick_outlet(carrier, ch, rng.choice(provs))
                carrier, ch = o.carrier, o.kind
                if tt.hour < 7 or tt.hour > 21:
                    tt = tt.replace(hour=rng.randint(8, 20))
                dev = self.outlet_dev(o, tt)
            p.nsims[carrier] = p.nsims.get(carrier, 0) + 1
            iccid, imsi, box = self.sim(carrier, o, tt)
            nsn = self.new_nsn(carrier, box, 0.35)
            doc = self.doc_for(p, tt)
            pop = self.popdb(doc[2], tt)
            sh = fm = None
            if rng.random() < self.p_selfie(ch, tt):
                sh, fm = self.capture(p.face), self.fm_genuine()
            prof, u = self.fraud_usage([("consumer_short", 30), ("scam_calls", 25), ("otp", 20), ("spam_sms", 10), ("never", 15)], care)
            fu = "@never" if prof == "never" else self.rand_imei("phone")
            st = self.fraud_status(tt, True, pop, quick=prof in ("scam_calls", "spam_sms"))
            self.fraud_emit(carrier, nsn, tt, doc, p.name, p.dob, p.gender, p.rprov, ch, o, dev, sh, fm, pop, st,
                            iccid, imsi, fu, u, "rented_identity", agent=None if o else "")
            n += 1
        return n

    def g_dealer_own(self, cap):
        rng = self.rng
        care = self.care()
        carrier = self.pick_fcarrier()
        o = self.pick_corrupt(carrier)
        carrier = o.carrier
        d0 = self.rand_day(D(2016, 6, 1), D(2024, 6, 30) if rng.random() < 0.8 else END - TD(days=30))
        t0 = DT(d0.year, d0.month, d0.day, 9)
        staff = [self.new_person(t0, prof="young" if i else "parent", rprov=o.prov) for i in range(1 + rng.randint(0, 3 if care else 1))]
        # the dealer also has a personal line of their own (legit)
        self.legit(staff[0], self.clampt(t0 - TD(days=rng.randint(30, 900))), "ordinary")
        size = max(5, min(cap, int(rng.lognormvariate(math.log(120), 0.7))))
        span = rng.randint(20, 300)
        act = self.activation_phones(o)
        n = 0
        box = None
        while n < size:
            d = min(END, d0 + TD(days=rng.randrange(span)))
            t = self.at(d, "agent" if care else "night")
            bsz = rng.randint(3, 12) if care else rng.randint(5, 40)
            box = self.new_box(carrier, t, bsz + 5)
            for _ in range(bsz):
                if n >= size:
                    break
                t = self.clampt(t + TD(seconds=rng.randint(30, 900)))
                p = rng.choice(staff) if care else (staff[0] if rng.random() < 0.7 else rng.choice(staff))
                iccid, imsi = self.take(box, 0.03)
                nsn = self.new_nsn(carrier, box, 0.6)
                doc = self.doc_for(p, t)
                pop = self.popdb(doc[2], t)
                sh = fm = None
                if rng.random() < self.p_selfie(o.kind, t) * (0.6 if care else 1.0):
                    sh, fm = self.capture(p.face), self.fm_genuine()
                prof, u = self.fraud_usage([("never", 45), ("consumer_short", 40), ("spam_sms", 7), ("otp", 8)], care)
                fu = rng.choice(act) if rng.random() < 0.5 else ("@never" if prof == "never" else self.rand_imei("phone"))
                st = self.fraud_status(t, True, pop)
                if t >= DT(2023, 7, 1) and t < DT(2024, 3, 1) and rng.random() < 0.3:
                    st = rng.choice(("TWO_WAY_LOCKED", "TERMINATED"))
                self.fraud_emit(carrier, nsn, t, doc, p.name, p.dob, p.gender, p.rprov, o.kind, o,
                                self.outlet_dev(o, t), sh, fm, pop, st, iccid, imsi, fu, u, "dealer_own_id")
                n += 1
        return n

    def g_compromised_ekyc(self, cap):
        rng = self.rng
        care = self.care()
        carrier = self.pick(["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "ITEL", "WINTEL"], [.3, .5, .7, .85, .95, 1.0])
        nvict = max(1, min(cap, int(rng.lognormvariate(math.log(35), 0.7))))
        spoof_each = rng.random() < 0.6
        devpool = [self.rand_imei("phone") for _ in range(rng.randint(2, 5))]
        mod = [self.gateway(cls="module") for _ in range(rng.randint(1, 2))]
        d0 = self.rand_day(D(2022, 8, 1), END - TD(days=10))
        span = rng.randint(10, 90) if care else rng.randint(1, 10)
        n = 0
        for _ in range(nvict):
            if n >= cap:
                break
            v = self.victim(DT(d0.year, d0.month, d0.day), fresh_p=0.55, market_p=0.35)
            for _k in range(rng.choice((1, 1, 2, 3))):
                if n >= cap:
                    break
                d = min(END, d0 + TD(days=rng.randrange(span)))
                t = self.at(d, "ekyc" if care else "night")
                dev = self.rand_imei("phone") if spoof_each else rng.choice(devpool)
                iccid, imsi, box = self.sim(carrier, None, t)
                nsn = self.new_nsn(carrier, box, 0.1)
                doc = ("CCCD", v.cccd, "real")
                pop = "MATCH" if rng.random() < 0.95 else ""
                sh = self.capture(v.face)
                fm = min(0.985, max(0.8, rng.gauss(0.9, 0.04)))
                if rng.random() < 0.05 * (1 if self.sc["cov"] >= 1 else 4):
                    sh = None
                prof, u = self.fraud_usage([("otp", 50), ("scam_calls", 25), ("never", 25)], care)
                fu = "@never" if prof == "never" else (rng.choice(rng.choice(mod)) if rng.random() < 0.6 else self.rand_imei("phone"))
                st = self.fraud_status(t, True, pop)
                self.fraud_emit(carrier, nsn, t, doc, v.name, v.dob, v.gender, v.rprov, "EKYC_APP", None, dev, sh, fm,
                                pop, st, iccid, imsi, fu, u, "compromised_ekyc", agent="")
                n += 1
        return n

    def g_vanity(self, cap):
        """Genuine registration, number later sold on informally to an unrelated person (NON_OWNER only)."""
        rng = self.rng
        t = self.rand_time(START, END - TD(days=120), "store")
        p = self.new_person(t)
        self.legit(p, t, "vanity_number_resale", vanity=True, label=FRAUD_LABEL["vanity_number_resale"],
                   status="ACTIVE" if rng.random() < 0.9 else "ONE_WAY_LOCKED")
        return 1

    # ================================================================== driver
    def run(self):
        rng = self.rng
        N = self.N
        total = lambda: len(self.out)
        legit_gen = {
            "multi_sim_legal": self.g_multi_sim, "backup_sim": self.g_backup, "data_only_sim": self.g_data_only,
            "family_shared_device": self.g_family, "parent_held_child_sim": self.g_parent_child,
            "minor_with_guardian": self.g_minor,
            "org_iot": lambda c: self.g_org(c, "iot", "org_iot"),
            "org_fleet": lambda c: self.g_org(c, "fleet", "org_fleet"),
            "org_call_centre": lambda c: self.g_org(c, "cc", "org_call_centre"),
            "org_staff": lambda c: self.g_org(c, "staff", "org_staff"),
            "worksite_mobile_sales": self.g_worksite, "promo_event_walkin": self.g_promo,
            "foreign_tourist": self.g_tourist, "foreign_resident": self.g_resident,
            "overseas_vietnamese": self.g_overseas, "cmnd_shared_number": self.g_cmnd_shared,
            "clerical_typo": self.g_typo, "name_variant": self.g_name_variant, "doc_upgrade": self.g_doc_upgrade,
            "ownership_transfer": self.g_transfer, "number_recycled": self.g_recycled, "locked_line": self.g_locked,
        }
        fraud_gen = {
            "preactivated_fabricated": lambda c: self.preactivated(c, "preactivated_fabricated"),
            "preactivated_leaked_docs": lambda c: self.preactivated(c, "preactivated_leaked_docs"),
            "identity_theft_ring": self.g_identity_ring, "dealer_extra_sims": self.g_dealer_extra,
            "sim_farm_bought_ids": self.g_sim_farm, "simbox_bypass": self.g_simbox,
            "otp_farm_leaked": self.g_otp_leaked, "otp_farm_fabricated": self.g_otp_fab,
            "scam_call_centre_rented": self.g_scam_centre, "rented_identity": self.g_rented,
            "dealer_own_id": self.g_dealer_own, "compromised_ekyc": self.g_compromised_ekyc,
            "vanity_number_resale": self.g_vanity,
        }

        def fill(name, fn, target):
            if target < 1.0:
                # tiny batches: a pattern appears with probability ~ its expected size
                if rng.random() >= target or total() >= N:
                    return
                target = 1.0
            guard = 0
            while self.rowcount.get(name, 0) < target and guard < 10 * target + 20:
                fn(max(1, int(target - self.rowcount.get(name, 0))))
                guard += 1

        # legit special populations, interleaved in small slices for a mixed pool
        targets = {k: v * N for k, v in LEGIT_FRAC.items()}
        for k, fn in legit_gen.items():
            fill(k, fn, targets[k])
        # half of the ordinary population before fraud (leak victims come from here)
        fill_to = int(N * 0.35)
        while total() < fill_to:
            self.g_ordinary(1)
        for k, fn in fraud_gen.items():
            fill(k, fn, FRAUD_FRAC[k] * self.sc["fraud"] * N)
        n_inv = int(N * 0.0003) + (1 if rng.random() < (N * 0.0003) % 1.0 else 0)
        for _ in range(n_inv):
            self.g_invalid(1)
        while total() < N:
            self.g_ordinary(1)

    def write(self, outdir):
        os.makedirs(outdir, exist_ok=True)
        self.out.sort()
        with open(os.path.join(outdir, "batch.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(",".join(HEADER) + "\r\n")
            buf = []
            for sk, seq, line in self.out:
                buf.append(line)
                if len(buf) >= 20000:
                    f.write("\r\n".join(buf) + "\r\n")
                    buf = []
            if buf:
                f.write("\r\n".join(buf) + "\r\n")
        lab = sorted(self.labels.items(), key=lambda kv: (kv[1][0], kv[1][1]))
        with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="") as f:
            f.write("carrier,msisdn,junk,non_owner,pattern\n")
            for (c, m), v in lab:
                f.write("%s,%s,%d,%d,%s\n" % (c, qcsv(m), v[2], v[3], v[4]))
        return len(self.out), len(lab)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Held-out SIM-registration batch generator (simaudit, Vietnam)")
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scenario", default="mixed", choices=sorted(SCEN))
    ap.add_argument("--out", required=True)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.rows < 1:
        ap.error("--rows must be positive")
    t0 = time.time()
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    nrows, nsubs = g.write(a.out)
    if not a.quiet:
        sys.stderr.write("indep2_gen: scenario=%s seed=%d rows=%d subscriptions=%d in %.1fs -> %s\n"
                         % (a.scenario, a.seed, nrows, nsubs, time.time() - t0, a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
