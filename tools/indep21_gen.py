#!/usr/bin/env python3
"""indep21_gen.py - independent synthetic generator of Vietnamese SIM-registration
batches (batch-format contract) with ground-truth labels, for testing an anomaly
auditor on unseen data.  Standard library only.

  python3 tools/indep21_gen.py --rows N --seed S --scenario NAME --out DIR
  python3 tools/indep21_gen.py --list-scenarios

Writes DIR/batch.csv and DIR/labels.csv (carrier,msisdn,junk,non_owner,pattern).
All randomness comes from random.Random("indep21|<rows>|<seed>|<scenario>").

Model: people (CCCD with birth-province/century-gender/year structure, Kinh and ethnic-minority
names, migrants whose birth province differs from where they live), households, organisations,
IoT fleets and foreigners register through carrier stores, dealers (heavy-tailed volumes, own
daily rhythms, SIM kits sold from boxes), the carrier app or the web (central eSIM/delivery stock
issued in time order).  Each carrier has its own export conventions (msisdn form, name casing /
diacritics, which optional and usage columns it fills).  Usage is empty while the 30-day window
is still open.  Labels give the current state of each (carrier, msisdn).

Fraud (junk / non_owner): preact_fabricated (J), preact_leaked_ids (J+N), agent_own_id (J+N),
simbox_farm (J, +N when identities bought/leaked), otp_farm (J, +N with leaked IDs),
id_theft_ekyc (J+N), dealer_extra_sims (N), dealer_extra_sims_spam (J+N), rented_identity (N),
bought_identity_bulk (J+N), leaked_id_multi_point (J+N), foreign_passport_farm (J),
shell_org_bulk (J).
Legit confounders: legit_individual, legit_mnp_port_in, legit_multi_sim, legit_family_shared_device,
legit_parent_multi_sim, legit_busy_shop, legit_factory_onboarding, legit_campus_promo,
legit_org_fleet, legit_call_center, legit_iot_fleet, legit_elderly, legit_tourist,
legit_foreign_resident, legit_doc_update, legit_ownership_transfer, legit_recycled_number,
legit_clerical_typo, legit_twins, legit_shop_ekyc_helper, legit_small_business, legit_data_sim,
legit_backup_sim, legit_overseas_vietnamese, legit_victim_own_sim.
"""
import argparse
import bisect
import datetime
import os
import random
import sys
import unicodedata
from array import array

# ---------------------------------------------------------------------------
# Static tables
# ---------------------------------------------------------------------------
# code, population (millions, approx.), region, legacy CMND issuing prefix
PROVINCES = [
    ("001", 8.4, "RRD", "01"), ("002", 0.9, "NW", "073"), ("004", 0.54, "NW", "085"),
    ("006", 0.32, "NW", "095"), ("008", 0.8, "NW", "071"), ("010", 0.77, "NW", "063"),
    ("011", 0.63, "NW", "040"), ("012", 0.48, "NW", "045"), ("014", 1.29, "NW", "050"),
    ("015", 0.84, "NW", "060"), ("017", 0.87, "NW", "113"), ("019", 1.33, "NW", "090"),
    ("020", 0.8, "NW", "082"), ("022", 1.36, "RRD", "10"), ("024", 1.9, "RRD", "121"),
    ("025", 1.5, "NW", "131"), ("026", 1.2, "RRD", "135"), ("027", 1.5, "RRD", "125"),
    ("030", 1.95, "RRD", "142"), ("031", 2.1, "RRD", "03"), ("033", 1.3, "RRD", "145"),
    ("034", 1.87, "RRD", "15"), ("035", 0.88, "RRD", "168"), ("036", 1.88, "RRD", "162"),
    ("037", 1.0, "RRD", "164"), ("038", 3.7, "NC", "17"), ("040", 3.4, "NC", "18"),
    ("042", 1.3, "NC", "183"), ("044", 0.9, "NC", "19"), ("045", 0.65, "NC", "197"),
    ("046", 1.16, "NC", "191"), ("048", 1.2, "SCC", "201"), ("049", 1.5, "SCC", "205"),
    ("051", 1.25, "SCC", "21"), ("052", 1.5, "SCC", "215"), ("054", 0.88, "SCC", "22"),
    ("056", 1.25, "SCC", "225"), ("058", 0.6, "SCC", "264"), ("060", 1.25, "SCC", "26"),
    ("062", 0.58, "CH", "233"), ("064", 1.6, "CH", "23"), ("066", 1.9, "CH", "24"),
    ("067", 0.67, "CH", "245"), ("068", 1.33, "CH", "25"), ("070", 1.02, "SE", "285"),
    ("072", 1.19, "SE", "29"), ("074", 2.8, "SE", "28"), ("075", 3.3, "SE", "27"),
    ("077", 1.2, "SE", "27"), ("079", 9.4, "SE", "02"), ("080", 1.75, "MD", "30"),
    ("082", 1.8, "MD", "31"), ("083", 1.3, "MD", "32"), ("084", 1.0, "MD", "33"),
    ("086", 1.03, "MD", "331"), ("087", 1.6, "MD", "34"), ("089", 1.9, "MD", "35"),
    ("091", 1.75, "MD", "37"), ("092", 1.25, "MD", "36"), ("093", 0.73, "MD", "363"),
    ("094", 1.2, "MD", "365"), ("095", 0.92, "MD", "385"), ("096", 1.2, "MD", "38"),
]
PCODES = [p[0] for p in PROVINCES]
PPOP = {p[0]: p[1] for p in PROVINCES}
PREG = {p[0]: p[2] for p in PROVINCES}
PCMND = {p[0]: p[3] for p in PROVINCES}

# share of registrants in a province who were born (birth-registered) locally
LOCAL_SHARE = {"079": 0.52, "074": 0.33, "075": 0.58, "001": 0.70, "027": 0.55,
               "024": 0.80, "048": 0.66, "077": 0.68, "026": 0.78, "019": 0.82,
               "022": 0.80, "031": 0.82, "092": 0.80, "056": 0.82, "068": 0.75,
               "066": 0.78, "070": 0.70, "072": 0.85, "080": 0.82, "064": 0.82}
# affinity of a destination region (key) to source regions when migrating
MIGR_AFF = {
    "SE": {"MD": 3.2, "NC": 2.2, "SCC": 1.6, "CH": 0.9, "RRD": 0.8, "NW": 0.4, "SE": 1.0},
    "RRD": {"RRD": 2.6, "NC": 2.2, "NW": 2.0, "SCC": 0.3, "CH": 0.2, "SE": 0.2, "MD": 0.2},
    "NW": {"RRD": 2.0, "NW": 2.4, "NC": 1.0, "SCC": 0.1, "CH": 0.1, "SE": 0.1, "MD": 0.1},
    "NC": {"NC": 2.5, "RRD": 1.2, "NW": 0.6, "SCC": 0.8, "CH": 0.4, "SE": 0.4, "MD": 0.2},
    "SCC": {"SCC": 2.6, "NC": 1.6, "CH": 1.0, "SE": 0.6, "RRD": 0.5, "MD": 0.4, "NW": 0.1},
    "CH": {"NC": 2.0, "SCC": 1.8, "CH": 2.0, "RRD": 1.0, "NW": 0.4, "SE": 0.5, "MD": 0.4},
    "MD": {"MD": 3.0, "SE": 0.8, "SCC": 0.3, "NC": 0.3, "CH": 0.2, "RRD": 0.2, "NW": 0.05},
}
SOUTH_REG = ("SE", "MD", "CH")

# ethnic-minority naming mixes: province -> [(group, probability)]
ETHNIC = {
    "002": [("hmong", .38), ("tay", .25), ("dao", .17)], "004": [("tay", .9)],
    "006": [("tay", .75), ("dao", .1)], "008": [("tay", .35), ("dao", .12)],
    "010": [("hmong", .28), ("tay", .15), ("dao", .16)], "011": [("thai", .40), ("hmong", .36)],
    "012": [("hmong", .38), ("thai", .32), ("dao", .12)], "014": [("thai", .54), ("hmong", .16)],
    "015": [("tay", .2), ("dao", .1), ("hmong", .1), ("thai", .06)], "020": [("tay", .78)],
    "017": [("muong", .62)], "025": [("muong", .12)], "038": [("muong", .06), ("thai", .04)],
    "040": [("thai", .08)], "062": [("gia_rai", .25), ("ede", .08)],
    "064": [("gia_rai", .40), ("ede", .03)], "066": [("ede", .25), ("gia_rai", .04)],
    "067": [("ede", .2)], "068": [("ede", .08)], "094": [("khmer", .30)], "084": [("khmer", .31)],
    "091": [("khmer", .12)], "089": [("khmer", .08)], "095": [("khmer", .08)],
}

SURN_N = [("Nguyễn", 31), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", .3),
          ("Phan", 3.5), ("Vũ", 4), ("Võ", .6), ("Đặng", 2.4), ("Bùi", 2.4), ("Đỗ", 2),
          ("Hồ", 1), ("Ngô", 1.5), ("Dương", 1.2), ("Lý", .4), ("Đinh", 1.1), ("Trương", .7),
          ("Đào", 1), ("Đoàn", .8), ("Lương", .6), ("Trịnh", .9), ("Mai", .5), ("Cao", .5),
          ("Lâm", .2), ("Tạ", .5), ("Hà", .8), ("Tô", .4), ("Chu", .4), ("Kiều", .3),
          ("Triệu", .3), ("Lưu", .4), ("Khúc", .06), ("Nghiêm", .15), ("Phí", .1), ("Quách", .1)]
SURN_S = [("Nguyễn", 33), ("Trần", 11), ("Lê", 9), ("Phạm", 6), ("Hoàng", .8), ("Huỳnh", 4.5),
          ("Phan", 4.5), ("Vũ", .6), ("Võ", 4.2), ("Đặng", 1.6), ("Bùi", 1.3), ("Đỗ", 1),
          ("Hồ", 2), ("Ngô", 1.2), ("Dương", 1), ("Lý", .8), ("Đinh", .6), ("Trương", 1.3),
          ("Đào", .5), ("Đoàn", .7), ("Lương", .5), ("Mai", .5), ("Cao", .5), ("Lâm", .9),
          ("Tạ", .3), ("Châu", .5), ("Tô", .3), ("Thái", .4), ("La", .3), ("Tăng", .3),
          ("Lưu", .4), ("Quách", .3), ("Từ", .2), ("Văn", .2), ("Diệp", .2), ("Hứa", .2)]
MID_M_OLD = [("Văn", 40), ("Đức", 6), ("Hữu", 6), ("Công", 5), ("Đình", 5), ("Quang", 4),
             ("Xuân", 3), ("Minh", 5), ("Thanh", 4), ("Ngọc", 3), ("Trọng", 3), ("Bá", 2), ("Duy", 2)]
MID_M_YNG = [("Minh", 10), ("Gia", 7), ("Quốc", 6), ("Đức", 6), ("Hoàng", 5), ("Văn", 10),
             ("Thành", 4), ("Tuấn", 3), ("Hữu", 4), ("Bảo", 5), ("Nhật", 4), ("Đăng", 3),
             ("Khánh", 3), ("Trung", 3), ("Anh", 3), ("Thanh", 3), ("Công", 3)]
MID_F_OLD = [("Thị", 60), ("Ngọc", 7), ("Thu", 5), ("Thanh", 5), ("Kim", 5), ("Hồng", 4), ("Minh", 2)]
MID_F_YNG = [("Ngọc", 10), ("Thị", 18), ("Thu", 5), ("Thanh", 5), ("Minh", 5), ("Phương", 4),
             ("Bảo", 5), ("Khánh", 4), ("Thùy", 5), ("Mỹ", 4), ("Hà", 3), ("Diệu", 2),
             ("Gia", 3), ("Quỳnh", 3), ("Tường", 2), ("Hoài", 2), ("Kim", 3)]
GIV_M = ("An Anh Bảo Bình Cường Chiến Công Dũng Duy Đạt Định Đông Đức Giang Hải Hào Hiếu Hiệp "
         "Hòa Hoàng Hùng Huy Hưng Khang Khánh Khoa Kiên Lâm Lộc Long Lực Mạnh Minh Nam Nghĩa "
         "Nhân Phát Phong Phúc Phước Quân Quang Quý Sang Sơn Tài Tâm Tân Thắng Thành Thiện "
         "Thịnh Thuận Tiến Toàn Trí Trọng Trung Trường Tú Tuấn Tùng Việt Vinh Vũ Khôi Đăng "
         "Nguyên Hậu Lợi Sỹ Tín Dương Hiển Luân Nhật Thái Thông Vĩnh").split()
GIV_F = ("An Anh Ánh Bích Châu Chi Dung Duyên Giang Hà Hạnh Hằng Hân Hiền Hoa Hồng Huệ Hương "
         "Huyền Khánh Lan Liên Linh Loan Ly Mai My Nga Ngân Ngọc Nhàn Nhi Nhung Oanh Phương "
         "Phượng Quyên Quỳnh Tâm Thảo Thanh Thơ Thu Thủy Thư Tiên Trâm Trang Trinh Tuyết "
         "Uyên Vân Vy Xuân Yến Diệp Hậu Lài Cúc Đào Hạ Lệ Nguyệt Kiều Thắm Thúy").split()
GIV_M_MOD = "Khôi Khang Phúc Bảo Minh Nam Huy Lâm Khoa Quân Đăng An Thiện Nguyên".split()
GIV_F_MOD = "Trân Ngân Hân Khuê Vy Nhi An Anh Châu Thư Như Linh Tâm Ngọc".split()

ETH = {
    "hmong": (["Giàng", "Thào", "Vàng", "Lý", "Sùng", "Mùa", "Hầu", "Lù", "Cứ", "Má", "Tráng", "Hờ"],
              ["A", "Seo", "Văn", "A"], ["Thị", "Thị", "Thị"],
              ["Páo", "Chứ", "Sình", "Dế", "Pó", "Tủa", "Lử", "Chông", "Lầu", "Sử", "Dình", "Vư", "Súa"],
              ["Mỷ", "Dê", "Súa", "Mai", "Pà", "Dua", "Máy", "Chía", "Xí", "Mế", "Sùng", "Dợ"]),
    "thai": (["Lò", "Cầm", "Quàng", "Lường", "Tòng", "Điêu", "Hà", "Vi", "Lừ", "Lò"],
             ["Văn"], ["Thị"], None, None),
    "tay": (["Nông", "Hoàng", "Lục", "Lưu", "Triệu", "Ma", "Bế", "Lăng", "Hà", "Nông", "Đàm", "Lành"],
            ["Văn", "Đức"], ["Thị"], None, None),
    "dao": (["Triệu", "Bàn", "Đặng", "Lý", "Chảo", "Tẩn", "Phàn"], ["Seo", "Văn", "Tà"], ["Thị", "Mùi"],
            ["Phẩy", "Tả", "Sếnh", "Chàn", "Kiềm", "Pao", "Quẩy"], ["Mẩy", "Xiêm", "Mụi", "Lở", "Chiêu"]),
    "muong": (["Bùi", "Đinh", "Quách", "Xa", "Hoàng", "Bạch", "Bùi"], ["Văn"], ["Thị"], None, None),
    "khmer": (["Thạch", "Sơn", "Kim", "Danh", "Lâm", "Châu", "Trà", "Kiên", "Lý", "Dương", "Thạch"],
              [""], ["Thị"],
              ["Sa Rinh", "Sóc", "Rươl", "Sô Phal", "Chanh Đa", "Kol", "Sóc Kha", "Ren", "Sang", "Ny"],
              ["Sa Ly", "Phi", "Sa Rươn", "Kim Thoa", "Sà Quanh", "Thu Hà", "Sóc Phia", "Mây"]),
}
ED_SURN = ["Niê", "Êban", "Mlô", "Byă", "Adrơng", "Ayun", "Kbuôr", "Hwing"]
GR_SURN = ["Ksor", "Rơ Châm", "Siu", "Rơ Mah", "Kpă", "Nay", "Rcom", "Puih"]
HL_GIV = ["Bia", "Hen", "Moan", "Bhin", "Blim", "Đen", "Thơ", "Hlen", "Juê", "Thuyên", "Nhi",
          "Khoa", "Ngưn", "Drah", "Suê", "Tlang", "Bloanh"]

FOREIGN = {
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
           ["MINJUN", "SEOJUN", "JIHOO", "DOYUN", "HYUNWOO", "JAEHYUN", "SUNGMIN", "DONGHYUN"],
           ["SEOYEON", "HAYOON", "JIMIN", "SOOAH", "YUNA", "JIWOO", "EUNJI", "MINJI"]),
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN"],
           ["WEI", "LEI", "JUN", "YANG", "QIANG", "HAO", "JIANGUO", "MING", "TAO", "PENG"],
           ["FANG", "NA", "MIN", "JING", "XIUYING", "LI", "YAN", "HUI", "TING", "XIN"]),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU", "LIU", "TSAI"],
           ["CHIH-HAO", "CHUN-CHIEH", "CHIA-HAO", "YU-TING", "CHENG-EN"],
           ["SHU-FEN", "YI-CHUN", "HSIN-YI", "MEI-LING", "YA-TING"]),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA"],
           ["HIROSHI", "TAKESHI", "KENJI", "DAIKI", "SHOTA", "YUTA", "KAZUKI"],
           ["YUKI", "AYAKA", "SAKURA", "MISAKI", "HARUKA", "YUI", "NANAMI"]),
    "US": (["SMITH", "JOHNSON", "BROWN", "WILLIAMS", "JONES", "MILLER", "DAVIS", "GARCIA", "WILSON"],
           ["JOHN", "MICHAEL", "DAVID", "JAMES", "DANIEL", "MATTHEW", "ROBERT", "KEVIN"],
           ["SARAH", "EMILY", "JESSICA", "LAURA", "ASHLEY", "JENNIFER", "MEGAN"]),
    "GB": (["SMITH", "JONES", "TAYLOR", "BROWN", "WILLIAMS", "EVANS", "THOMAS", "ROBERTS"],
           ["OLIVER", "GEORGE", "HARRY", "JACK", "THOMAS", "WILLIAM"],
           ["OLIVIA", "AMELIA", "EMILY", "SOPHIE", "CHLOE", "LUCY"]),
    "AU": (["SMITH", "JONES", "WILLIAMS", "BROWN", "WILSON", "TAYLOR", "NGUYEN", "WHITE"],
           ["JACK", "NOAH", "LIAM", "LACHLAN", "COOPER"], ["CHARLOTTE", "MIA", "ISLA", "GRACE", "ZOE"]),
    "RU": (["IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "SOKOLOV", "VOLKOV", "MOROZOV"],
           ["ALEKSANDR", "DMITRII", "SERGEI", "ANDREI", "MAKSIM", "IVAN"],
           ["ELENA", "OLGA", "ANNA", "TATIANA", "NATALIA", "IRINA"]),
    "IN": (["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA", "REDDY"], ["RAHUL", "AMIT", "VIKRAM", "ARJUN"],
           ["PRIYA", "ANANYA", "DIVYA", "NEHA"]),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "PETIT"], ["THOMAS", "PIERRE", "LUCAS", "HUGO"],
           ["CAMILLE", "MANON", "LEA", "CHLOE"]),
    "DE": (["MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER", "MEYER"], ["LUKAS", "JONAS", "FELIX", "MAX"],
           ["ANNA", "LENA", "LEONIE", "LAURA"]),
    "TH": (["SAETANG", "WONGSAWAT", "CHAIYAPORN", "SRISAI", "BOONMA"], ["SOMCHAI", "ANAN", "KITTI", "NIRAN"],
           ["SUDA", "MALI", "NARI", "PORNTIP"]),
    "KH": (["SOK", "CHAN", "SENG", "CHEA", "HENG", "PHAN", "LY"], ["DARA", "VUTHY", "SOPHAL", "RITHY", "BORA"],
           ["SREYMOM", "SOPHEAP", "CHANTHA", "SREYNEANG"]),
    "LA": (["SOUVANNA", "PHOMMACHANH", "KEOVONGSA", "SISOUPHANH", "VONGSAVANH"],
           ["KHAMPHONE", "SOMSACK", "BOUNMY", "VIENGXAY"], ["KHAMLA", "NOY", "PHONE", "MALAY"]),
    "SG": (["TAN", "LIM", "LEE", "NG", "ONG", "WONG"], ["WEI JIE", "JUN HAO", "ZHI HAO"], ["HUI MIN", "XIN YI", "JIA YI"]),
}
FOREIGN_TOURIST_W = [("KR", 34), ("CN", 22), ("US", 7), ("TW", 6), ("JP", 6), ("AU", 4), ("RU", 3),
                     ("IN", 3), ("GB", 2.5), ("FR", 2), ("DE", 2), ("TH", 2.5), ("SG", 2), ("KH", 1.5), ("LA", 1)]
FOREIGN_RESIDENT_W = [("KR", 40), ("CN", 25), ("JP", 12), ("TW", 12), ("US", 3), ("IN", 3), ("SG", 3), ("DE", 2)]

ORG_PREFIX = [("Công ty TNHH", 40), ("Công ty Cổ phần", 28), ("Công ty TNHH MTV", 12),
              ("Doanh nghiệp tư nhân", 4), ("Chi nhánh Công ty Cổ phần", 6), ("Hợp tác xã", 2),
              ("Công ty TNHH Một thành viên", 3), ("Tổng công ty", 1)]
ORG_FIELD = ["Thương mại Dịch vụ", "Vận tải", "Giao nhận", "Xây dựng", "Điện tử", "May mặc",
             "Logistics", "Công nghệ", "Dịch vụ Bảo vệ", "Thực phẩm", "Giải pháp Thanh toán",
             "Địa ốc", "Du lịch", "Thiết bị Điện", "Nông sản", "Chuyển phát nhanh", "Taxi",
             "Cơ khí", "Dược phẩm", "Truyền thông", "Đầu tư", "Xuất nhập khẩu", "Giáo dục"]
ORG_BRAND = ["Phú Thành", "Hoàng Long", "Minh Phát", "An Khang", "Sao Việt", "Đại Dương", "Tân Tiến",
             "Thành Công", "Hưng Thịnh", "Việt Nhật", "Sài Gòn Xanh", "Kim Ngân", "Đông Á", "Trường Sơn",
             "Hải Âu", "Nam Việt", "Bình Minh", "Toàn Cầu", "Ánh Dương", "Thiên Phú", "VinaTech",
             "Hà Thành", "Cửu Long", "Phương Đông", "Đức Anh", "Lộc Phát", "Tín Nghĩa", "Mê Kông"]

# Carrier export conventions.  mfmt: msisdn written as 0.., 84.., +84..;
# names: (as declared, upper-case, ascii, ascii upper-case, NFD-decomposed);
# umask: which of the 8 usage columns the carrier fills.
CARRIERS = {
    "VIETTEL": dict(mnc="04", iss="04", ilen=20, ipre="8984048",
                    pre=[("086", 4), ("096", 9), ("097", 9), ("098", 9), ("032", 7), ("033", 7), ("034", 7),
                         ("035", 7), ("036", 7), ("037", 7), ("038", 7), ("039", 7)],
                    mfmt=(10, 85, 5), names=(80, 12, 2, 5, 1), popdb=.985, imsi=.99, iccid=.995,
                    subtype=.98, nat=.97, prov=.96, gender=.99, fmdec=3, umask=(1, 1, 1, 1, 1, 1, 1, 1),
                    acode="VT"),
    "VINAPHONE": dict(mnc="02", iss="02", ilen=20, ipre="8984020",
                      pre=[("088", 10), ("091", 16), ("094", 14), ("081", 8), ("082", 8), ("083", 9),
                           ("084", 9), ("085", 9)],
                      mfmt=(88, 10, 2), names=(55, 35, 2, 7, 1), popdb=.975, imsi=.97, iccid=.99,
                      subtype=.6, nat=.9, prov=.93, gender=.97, fmdec=2, umask=(1, 1, 1, 1, 1, 1, 1, 1),
                      acode="VNP"),
    "MOBIFONE": dict(mnc="01", iss="01", ilen=19, ipre="898401",
                     pre=[("089", 9), ("090", 16), ("093", 14), ("070", 8), ("076", 8), ("077", 8),
                          ("078", 8), ("079", 9)],
                     mfmt=(15, 30, 55), names=(62, 8, 22, 8, 0), popdb=.975, imsi=.98, iccid=.98,
                     subtype=.9, nat=.95, prov=.9, gender=.95, fmdec=3, umask=(1, 1, 1, 1, 1, 1, 1, 1),
                     acode="MBF"),
    "VIETNAMOBILE": dict(mnc="05", iss="05", ilen=19, ipre="898405",
                         pre=[("092", 50), ("056", 20), ("058", 20), ("052", 10)],
                         mfmt=(70, 30, 0), names=(40, 10, 20, 30, 0), popdb=.93, imsi=.9, iccid=.95,
                         subtype=.3, nat=.6, prov=.75, gender=.9, fmdec=2, umask=(1, 1, 1, 1, 1, 1, 1, 1),
                         acode="VNM"),
    "GMOBILE": dict(mnc="07", iss="07", ilen=19, ipre="898407",
                    pre=[("099", 60), ("059", 40)], mfmt=(100, 0, 0), names=(30, 10, 30, 30, 0),
                    popdb=.9, imsi=.85, iccid=.9, subtype=.2, nat=.5, prov=.7, gender=.9, fmdec=2,
                    umask=(1, 1, 1, 0, 0, 0, 1, 1), acode="GTEL"),
    "ITEL": dict(mnc="08", iss="08", ilen=19, ipre="898408",
                 pre=[("087", 100)], mfmt=(60, 40, 0), names=(50, 5, 25, 20, 0), popdb=.92, imsi=.9,
                 iccid=.95, subtype=.5, nat=.8, prov=.8, gender=.92, fmdec=2,
                 umask=(1, 1, 1, 1, 1, 1, 1, 1), acode="ITL"),
    "REDDI": dict(mnc="09", iss="09", ilen=19, ipre="898409",
                  pre=[("055", 100)], mfmt=(0, 100, 0), names=(20, 0, 40, 40, 0), popdb=.9, imsi=.95,
                  iccid=.95, subtype=.1, nat=.4, prov=.6, gender=.9, fmdec=2,
                  umask=(1, 1, 1, 1, 1, 0, 1, 1), acode="RED"),
    "WINTEL": dict(mnc="09", iss="09", ilen=19, ipre="898409",
                   pre=[("055", 100)], mfmt=(0, 0, 100), names=(70, 0, 10, 20, 0), popdb=.94, imsi=.97,
                   iccid=.97, subtype=.8, nat=.9, prov=.85, gender=.95, fmdec=3,
                   umask=(1, 1, 1, 1, 1, 1, 1, 1), acode="WTL", utc=True),
    "ASIM": dict(mnc="01", iss="01", ilen=19, ipre="898401",
                 pre=[("089", 20), ("090", 25), ("093", 25), ("070", 15), ("077", 15)],
                 mfmt=(50, 50, 0), names=(50, 10, 20, 20, 0), popdb=.9, imsi=.8, iccid=.9,
                 subtype=.4, nat=.6, prov=.7, gender=.9, fmdec=2, umask=(1, 0, 0, 0, 0, 0, 1, 1),
                 acode="ASM"),
    "DIGILIFE": dict(mnc="02", iss="02", ilen=20, ipre="8984026",
                     pre=[("088", 30), ("091", 20), ("094", 20), ("085", 30)],
                     mfmt=(100, 0, 0), names=(60, 0, 20, 20, 0), popdb=.9, imsi=.85, iccid=.9,
                     subtype=.5, nat=.7, prov=.7, gender=.9, fmdec=2, umask=(1, 1, 1, 1, 1, 1, 1, 1),
                     acode="DGL"),
    "LOCAL": dict(mnc="01", iss="01", ilen=19, ipre="898401",
                  pre=[("081", 30), ("082", 25), ("083", 25), ("084", 20)],
                  mfmt=(40, 60, 0), names=(45, 25, 10, 20, 0), popdb=.92, imsi=.9, iccid=.92,
                  subtype=.5, nat=.7, prov=.8, gender=.93, fmdec=3, umask=(1, 1, 1, 1, 1, 1, 1, 0),
                  acode="LCL"),
}
CARRIER_ORDER = list(CARRIERS)
NATIONAL_SHARE = {"VIETTEL": .545, "VINAPHONE": .205, "MOBIFONE": .19, "VIETNAMOBILE": .028,
                  "GMOBILE": .004, "ITEL": .012, "REDDI": .002, "WINTEL": .004, "ASIM": .003,
                  "DIGILIFE": .002, "LOCAL": .005}
BIG3 = ("VIETTEL", "VINAPHONE", "MOBIFONE")
CHANNELS = ("STORE", "AGENT", "EKYC_APP", "ONLINE")

HEADER = ["carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type", "id_number", "full_name",
          "date_of_birth", "gender", "nationality", "province", "registered_at", "channel", "agent_id",
          "device_imei", "selfie_hash", "face_match", "popdb_check", "status", "first_use_imei",
          "active_days_30d", "out_calls_30d", "in_calls_30d", "out_sms_30d", "in_sms_30d",
          "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d"]
COL = {c: i for i, c in enumerate(HEADER)}

# hour-of-day weights (local time) for the different registration rhythms
HOURS = {
    "store": [0, 0, 0, 0, 0, 0, 0, .05, .6, 1, 1.2, 1.1, .6, .55, .9, 1, 1.1, 1.3, 1.3, 1.1, .8, .25, 0, 0],
    "urban": [0, 0, 0, 0, 0, 0, .05, .3, .7, .9, 1, 1, .8, .7, .8, .9, 1, 1.2, 1.4, 1.4, 1.2, .8, .35, .05],
    "market": [0, 0, 0, 0, 0, .15, .7, 1.3, 1.4, 1.2, 1, .8, .45, .4, .6, .8, 1, 1.1, 1, .8, .5, .2, .03, 0],
    "industrial": [0, 0, 0, 0, 0, .1, .8, .6, .3, .3, .4, .8, 1.1, .6, .3, .3, .5, 1.2, 1.7, 1.6, 1.3, .9, .35, .05],
    "campus": [0, 0, 0, 0, 0, 0, .1, .6, 1.1, 1.3, 1.3, 1.2, 1, .9, 1.2, 1.3, 1.2, 1, .6, .4, .2, .05, 0, 0],
    "airport": [.8, .9, .5, .2, .1, .15, .3, .6, .8, 1, 1.1, 1, .9, .9, .9, 1, 1, 1, .9, 1, 1.1, 1.2, 1.2, 1],
    "ekyc": [.35, .18, .08, .05, .05, .1, .3, .6, .8, .9, 1, 1, 1, .9, .9, .9, .9, 1, 1.1, 1.3, 1.5, 1.6, 1.3, .8],
    "online": [.4, .25, .12, .08, .08, .15, .35, .6, .8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.2, 1.3, 1.1, .7],
    "night": [1.2, 1, .7, .45, .3, .3, .4, .3, .05, 0, 0, 0, 0, 0, 0, 0, 0, 0, .05, .2, .4, .7, 1, 1.3],
    "backoffice": [.3, .6, 1, 1, .6, .2, .1, .2, .6, 1, 1, 1, .6, .6, 1, 1, 1, .8, .3, .1, .1, .1, .1, .2],
}

# device catalogue: category -> (number of TACs, TAC leading digits choices)
DEV_CATS = {
    "smart_low": (46, ("86", "86", "86", "35")), "smart_high": (16, ("35", "35", "35")),
    "feature": (12, ("35", "86", "86")), "tablet": (5, ("35", "35")), "modem": (5, ("86",)),
    "gateway": (4, ("86", "86")), "iot": (6, ("86", "35")), "router": (6, ("86",)),
    "watch": (3, ("86", "35")),
}

D2 = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn(body):
    """Luhn check digit (as a char) for the digit string body."""
    tot = 0
    dbl = True
    for ch in reversed(body):
        d = ord(ch) - 48
        tot += D2[d] if dbl else d
        dbl = not dbl
    return chr(48 + (10 - tot % 10) % 10)


def cum(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


class WPick:
    """Weighted picker with precomputed cumulative weights."""
    __slots__ = ("items", "cw", "tot")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cw = cum([p[1] for p in pairs])
        self.tot = self.cw[-1] if self.cw else 0.0

    def pick(self, rnd):
        return self.items[bisect.bisect_right(self.cw, rnd() * self.tot)]


_ASCII_CACHE = {}


def to_ascii(s):
    r = _ASCII_CACHE.get(s)
    if r is None:
        t = s.replace("đ", "d").replace("Đ", "D")
        t = unicodedata.normalize("NFD", t)
        r = "".join(c for c in t if not unicodedata.combining(c))
        _ASCII_CACHE[s] = r
    return r


def csvq(s):
    if "," in s or '"' in s or "\n" in s or "\r" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


MD365 = []
MD366 = []
for _m, _n in enumerate((31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), 1):
    for _d in range(1, _n + 1):
        MD365.append("%02d-%02d" % (_m, _d))
for _m, _n in enumerate((31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), 1):
    for _d in range(1, _n + 1):
        MD366.append("%02d-%02d" % (_m, _d))


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


class Person:
    __slots__ = ("id_type", "id_number", "name", "dob", "byear", "gender", "nat", "res", "loc",
                 "ppp", "face", "phone", "age", "nsim", "napp", "vneid", "kind")

    def copy(self):
        p = Person()
        for a in Person.__slots__:
            setattr(p, a, getattr(self, a))
        return p


class Agent:
    __slots__ = ("code", "carrier", "channel", "prov", "devices", "prof", "kind", "box", "boxleft", "w")


TET = {2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6)}
AGE_BANDS = [((14, 17), .055), ((18, 24), .25), ((25, 34), .25), ((35, 44), .17), ((45, 54), .115),
             ((55, 64), .085), ((65, 79), .06), ((80, 94), .015)]


class World:
    def __init__(self, rows, seed, scen_name):
        self.rng = random.Random("indep21|%d|%s|%s" % (rows, seed, scen_name))
        self.rnd = self.rng.random
        self.N = rows
        self.scen_name = scen_name
        self.sc = SCENARIOS[scen_name]
        sc = self.sc
        rnd = self.rnd
        # --- time -------------------------------------------------------
        d0 = datetime.date(*sc["start"])
        self.ord0 = d0.toordinal()
        self.year0 = d0.year
        self.ndays = sc["days"]
        self.export_day = self.ndays + sc["export_after"]
        self.usage_cut = self.export_day - 31
        self._daystr = {}
        dw = []
        for i in range(self.ndays):
            d = datetime.date.fromordinal(self.ord0 + i)
            w = 1.0
            wd = d.weekday()
            if wd == 6:
                w *= 1.12
            elif wd == 5:
                w *= 1.07
            if 5 <= d.day <= 10:
                w *= 1.08
            if (d.month, d.day) in ((4, 30), (5, 1), (9, 2), (1, 1)):
                w *= 0.6
            tet = TET.get(d.year)
            if tet:
                k = d.toordinal() - datetime.date(d.year, *tet).toordinal()
                if -8 <= k < -1:
                    w *= 0.8
                elif -1 <= k <= 4:
                    w *= 0.15
                elif 5 <= k <= 16:
                    w *= 1.35
            dw.append(w)
        self.day_cw = cum(dw)
        self.hour_cw = {k: cum(v) for k, v in HOURS.items()}
        # --- geography ------------------------------------------------------
        pw = sc.get("prov")
        if pw is None:
            urban = {"079": 1.35, "001": 1.25, "074": 1.4, "075": 1.15, "048": 1.2, "027": 1.3, "031": 1.1}
            pw = {c: PPOP[c] * urban.get(c, 1.0) for c in PCODES}
        self.pshare = {}
        tot = sum(pw.values())
        for c in PCODES:
            self.pshare[c] = pw.get(c, 0.0) / tot
        self.prov_pick = WPick([(c, self.pshare[c]) for c in PCODES if self.pshare[c] > 0])
        self._birth = {}
        cs = sc.get("carriers") or NATIONAL_SHARE
        ct = sum(cs.values())
        self.cshare = {c: cs.get(c, 0.0) / ct for c in CARRIER_ORDER}
        self._carpick = {}
        chs = sc["channels"]
        self.chshare = {c: chs.get(c, 0.0) / sum(chs.values()) for c in CHANNELS}
        self._chpick = {}
        for band, mult in (("young", (1, 1, 1.25, 1.2)), ("mid", (1.05, 1, 0.9, 0.85)),
                           ("old", (1.3, 1.25, 0.45, 0.3)), ("vold", (1.6, 1.4, 0.12, 0.05))):
            self._chpick[band] = WPick([(c, self.chshare[c] * m) for c, m in zip(CHANNELS, mult)])
        # --- name pickers ---------------------------------------------------
        self.surn_n = WPick(SURN_N)
        self.surn_s = WPick(SURN_S)
        self.mid = {"Mo": WPick(MID_M_OLD), "My": WPick(MID_M_YNG), "Fo": WPick(MID_F_OLD),
                    "Fy": WPick(MID_F_YNG)}
        self.age_pick = WPick(AGE_BANDS)
        self.fpick_tour = WPick(FOREIGN_TOURIST_W)
        self.fpick_res = WPick(FOREIGN_RESIDENT_W)
        # --- devices --------------------------------------------------------
        self.tacs = {}
        self.tacpick = {}
        used_tac = set()
        for cat, (n, leads) in DEV_CATS.items():
            lst = []
            while len(lst) < n:
                tac = self.rng.choice(leads) + "%06d" % self.rng.randrange(10 ** 6)
                if tac not in used_tac:
                    used_tac.add(tac)
                    lst.append(tac)
            self.tacs[cat] = lst
            self.tacpick[cat] = WPick([(t, 1.0 / (i + 1) ** 0.9) for i, t in enumerate(lst)])
        # --- carrier configs --------------------------------------------------
        self.cc = {}
        for i, c in enumerate(CARRIER_ORDER):
            cfg = dict(CARRIERS[c])
            cfg["mcw"] = cum(cfg["mfmt"])
            cfg["ncw"] = cum(cfg["names"])
            cfg["prepick"] = WPick(cfg["pre"])
            cfg["idx"] = i
            cfg["ictr"] = self.rng.randrange(10 ** 7, 10 ** 9)
            cfg["utc"] = cfg.get("utc", False) and sc.get("utc_ok", False)
            self.cc[c] = cfg
        # --- state ------------------------------------------------------------
        self.cells = {}
        self.agent_ctr = {c: self.rng.randrange(100, 3000) for c in CARRIER_ORDER}
        self.used_msisdn = set()
        self.used_ids = set()
        self.lines = []
        self.tsa = array("q")
        self.l_car = array("B")
        self.l_n9 = array("q")
        self.l_pat = array("H")
        self.l_flag = array("B")
        self.pat_ids = {}
        self.pat_names = []
        self.deferred = {c: [] for c in CARRIER_ORDER}
        self.pool = []          # legit persons usable as later identity-theft victims
        self.hot_agents = []    # busy agents (for busy-shop confounders)
        self.fraud_agents = []

    # ------------------------------------------------------------------ time
    def daystr(self, day):
        s = self._daystr.get(day)
        if s is None:
            s = datetime.date.fromordinal(self.ord0 + day).isoformat()
            self._daystr[day] = s
        return s

    def fmt_ts(self, t, utc=False):
        if utc:
            t -= 25200
        day = t // 86400
        s = t - day * 86400
        return "%sT%02d:%02d:%02d%s" % (self.daystr(day), s // 3600, (s // 60) % 60, s % 60,
                                        "+00:00" if utc else "+07:00")

    def pick_day(self):
        return bisect.bisect_right(self.day_cw, self.rnd() * self.day_cw[-1])

    def pick_hour(self, prof):
        cw = self.hour_cw[prof]
        return bisect.bisect_right(cw, self.rnd() * cw[-1])

    def at(self, day, prof):
        return day * 86400 + self.pick_hour(prof) * 3600 + int(self.rnd() * 3600)

    def sample_time(self, prof):
        return self.at(self.pick_day(), prof)

    # ------------------------------------------------------------- geography
    def birth_prov(self, loc):
        if self.rnd() < LOCAL_SHARE.get(loc, 0.93):
            return loc
        wp = self._birth.get(loc)
        if wp is None:
            aff = MIGR_AFF[PREG[loc]]
            wp = WPick([(c, PPOP[c] * aff[PREG[c]]) for c in PCODES if c != loc])
            self._birth[loc] = wp
        return wp.pick(self.rnd)

    def pick_carrier(self, prov):
        wp = self._carpick.get(prov)
        if wp is None:
            reg = PREG[prov]
            rural = PPOP[prov] < 1.4 and prov not in ("048", "022", "026")
            pairs = []
            for c in CARRIER_ORDER:
                s = self.cshare[c]
                if c == "VIETTEL" and (rural or reg == "NW"):
                    s *= 1.3
                if c == "MOBIFONE" and reg in ("SE", "SCC"):
                    s *= 1.15
                if c == "VINAPHONE" and reg in ("RRD", "NC"):
                    s *= 1.1
                if c not in BIG3 and rural:
                    s *= 0.6
                pairs.append((c, s))
            wp = WPick(pairs)
            self._carpick[prov] = wp
        return wp.pick(self.rnd)

    def pick_channel(self, age):
        band = "young" if age < 35 else "mid" if age < 55 else "old" if age < 70 else "vold"
        return self._chpick[band].pick(self.rnd)

    def near_prov(self, prov):
        """a different province in the same region (travel, multi-point fraud)."""
        reg = PREG[prov]
        cands = [c for c in PCODES if PREG[c] == reg and c != prov]
        return self.rng.choice(cands) if cands else self.rng.choice(PCODES)

    # --------------------------------------------------------------- devices
    def imei(self, cat):
        body = self.tacpick[cat].pick(self.rnd) + "%06d" % int(self.rnd() * 1000000)
        return body + luhn(body)

    def imei_seq(self, cat, n):
        tac = self.tacpick[cat].pick(self.rnd)
        base = self.rng.randrange(0, 999000 - n)
        out = []
        for i in range(n):
            body = tac + "%06d" % (base + i)
            out.append(body + luhn(body))
        return out

    def slot2(self, imei):
        """IMEI of the second SIM slot of a dual-SIM phone (adjacent serial)."""
        if not imei:
            return imei
        body = imei[:8] + "%06d" % ((int(imei[8:14]) + 1) % 1000000)
        return body + luhn(body)

    def phone_for_age(self, age):
        r = self.rnd()
        if age >= 70:
            cat = "feature" if r < .7 else "smart_low"
        elif age >= 55:
            cat = "feature" if r < .35 else "smart_low" if r < .9 else "smart_high"
        else:
            cat = "feature" if r < .05 else "smart_low" if r < .72 else "smart_high"
        return self.imei(cat)

    # ----------------------------------------------------------------- faces
    def cap(self, face):
        """a new capture of a face: flips 0..4 of the 64 bits."""
        r = self.rnd()
        k = 0 if r < .12 else 1 if r < .42 else 2 if r < .72 else 3 if r < .9 else 4
        rr = self.rng.getrandbits
        for _ in range(k):
            face ^= 1 << rr(6)
        return face

    def fm_genuine(self, age):
        v = self.rng.gauss(0.885, 0.045) - self.sc.get("fm_shift", 0.0)
        if age and age > 58:
            v -= (age - 58) * 0.006 + self.rnd() * 0.08
        return min(0.995, max(0.32, v))

    # --------------------------------------------------------------- persons
    def sample_age(self):
        lo, hi = self.age_pick.pick(self.rnd)
        return lo + int(self.rnd() * (hi - lo + 1))

    def kinh_name(self, gender, byear, south):
        rnd = self.rnd
        sur = (self.surn_s if south else self.surn_n).pick(rnd)
        young = byear >= 1988
        if gender == "M":
            mid = self.mid["My" if young else "Mo"].pick(rnd)
            if byear >= 1998 and rnd() < .15:
                return "%s %s %s %s" % (sur, mid, self.rng.choice(GIV_M_MOD), self.rng.choice(GIV_M))
            return "%s %s %s" % (sur, mid, self.rng.choice(GIV_M))
        mid = self.mid["Fy" if young else "Fo"].pick(rnd)
        if byear >= 1998 and rnd() < .18:
            return "%s %s %s %s" % (sur, mid, self.rng.choice(GIV_F_MOD), self.rng.choice(GIV_F))
        return "%s %s %s" % (sur, mid, self.rng.choice(GIV_F))

    def ethnic_name(self, grp, gender, byear):
        ch = self.rng.choice
        if grp == "ede":
            return ("Y %s %s" if gender == "M" else "H'%s %s") % (ch(HL_GIV), ch(ED_SURN))
        if grp == "gia_rai":
            return "%s %s" % (ch(GR_SURN), ("H'" + ch(HL_GIV)) if gender == "F" else ch(HL_GIV))
        sur, mm, mf, gm, gf = ETH[grp]
        if gender == "M":
            mid = ch(mm)
            giv = ch(gm) if gm and self.rnd() < .75 else ch(GIV_M)
        else:
            mid = ch(mf)
            giv = ch(gf) if gf and self.rnd() < .75 else ch(GIV_F)
        return " ".join(x for x in (ch(sur), mid, giv) if x)

    def person_name(self, gender, byear, ppp):
        eth = ETHNIC.get(ppp)
        if eth:
            r = self.rnd()
            for grp, pr in eth:
                if r < pr:
                    return self.ethnic_name(grp, gender, byear)
                r -= pr
        return self.kinh_name(gender, byear, PREG.get(ppp, "RRD") in SOUTH_REG or
                              (PREG.get(ppp) == "SCC" and ppp >= "052"))

    def new_cccd(self, ppp, byear, gender):
        g = (byear - 1900) // 100 * 2 + (1 if gender == "F" else 0)
        while True:
            s = "%s%d%02d%06d" % (ppp, g, byear % 100, int(self.rnd() * 1000000))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def new_cmnd(self, prov):
        pre = PCMND.get(prov, "01")
        while True:
            s = pre + "".join("%d" % int(self.rnd() * 10) for _ in range(9 - len(pre)))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def dob_for(self, byear):
        md = MD366 if is_leap(byear) else MD365
        return "%d-%s" % (byear, md[int(self.rnd() * len(md))])

    def make_person(self, loc=None, age=None, gender=None, ppp=None, surname=None):
        rnd = self.rnd
        p = Person()
        p.loc = loc or self.prov_pick.pick(rnd)
        p.age = age if age is not None else self.sample_age()
        p.gender = gender or ("M" if rnd() < .5 else "F")
        p.ppp = ppp or self.birth_prov(p.loc)
        by = self.year0 - p.age - (1 if rnd() < .55 else 0)
        p.byear = by
        p.dob = self.dob_for(by)
        p.id_type = "CCCD"
        p.id_number = self.new_cccd(p.ppp, by, p.gender)
        nm = self.person_name(p.gender, by, p.ppp)
        if surname and " " in nm and not nm.startswith(("Y ", "H'")):
            nm = surname + nm[nm.index(" "):]
        p.name = nm
        p.nat = "VN"
        p.res = p.loc if (p.ppp == p.loc or rnd() < .45) else p.ppp
        p.face = self.rng.getrandbits(64)
        p.phone = self.phone_for_age(p.age)
        p.nsim = None
        p.napp = None
        p.vneid = rnd() < (.9 if p.age < 45 else .72 if p.age < 65 else .4)
        p.kind = "std"
        return p

    def passport_no(self, nat):
        r = self.rng
        dg = lambda n: "".join("%d" % r.randrange(10) for _ in range(n))
        L = lambda: chr(65 + r.randrange(26))
        if nat == "KR":
            return "M" + dg(8)
        if nat == "CN":
            return ("E" + dg(8)) if r.random() < .6 else ("E" + L() + dg(7))
        if nat == "JP":
            return "T" + L() + dg(7)
        if nat in ("US", "GB", "TW", "RU"):
            return dg(9)
        if nat == "AU":
            return "P" + L() + dg(7)
        if nat == "FR":
            return dg(2) + L() + L() + dg(5)
        if nat == "DE":
            return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if nat == "TH":
            return L() + L() + dg(7)
        if nat == "SG":
            return "K" + dg(7) + L()
        if nat == "VN":
            return r.choice("CCCCPN") + dg(7)
        return L() + dg(7)

    def make_foreigner(self, nat, age=None, loc=None):
        p = Person()
        r = self.rng
        p.loc = loc or self.prov_pick.pick(self.rnd)
        p.age = age if age is not None else r.randrange(20, 68)
        p.gender = "M" if self.rnd() < .55 else "F"
        p.byear = self.year0 - p.age - (1 if self.rnd() < .5 else 0)
        p.dob = self.dob_for(p.byear)
        p.id_type = "PASSPORT"
        while True:
            pn = self.passport_no(nat)
            if pn not in self.used_ids:
                self.used_ids.add(pn)
                break
        p.id_number = pn
        sur, gm, gf = FOREIGN.get(nat, FOREIGN["US"])
        p.name = "%s %s" % (r.choice(sur), r.choice(gm if p.gender == "M" else gf))
        p.nat = nat
        p.res = ""
        p.ppp = None
        p.face = r.getrandbits(64)
        p.phone = self.imei("smart_high" if self.rnd() < .5 else "smart_low")
        p.nsim = None
        p.napp = None
        p.vneid = False
        p.kind = "foreign"
        return p

    # ---------------------------------------------------------------- agents
    def new_agent(self, car, prov, ch, kind=None, w=None, ndev=None):
        rnd = self.rnd
        a = Agent()
        cfg = self.cc[car]
        self.agent_ctr[car] += 1 + int(rnd() * 3)
        n = self.agent_ctr[car]
        ac = cfg["acode"]
        st = ch == "STORE"
        if ac == "VT":
            a.code = "VT%s%s%05d" % (prov, "CH" if st else "DL", n)
        elif ac == "VNP":
            a.code = "VNP-%s-%s%05d" % (prov, "S" if st else "D", n)
        elif ac == "MBF":
            a.code = "MBF%s%s%06d" % (prov, "C" if st else "P", n)
        else:
            a.code = "%s%s%04d" % (ac, prov, n)
        a.carrier = car
        a.channel = ch
        a.prov = prov
        if kind is None:
            if st:
                kind = "store"
            else:
                r = rnd()
                if prov in ("074", "075", "027", "024", "026", "019", "033", "030", "077", "072", "080", "070"):
                    kind = "industrial" if r < .38 else "urban" if r < .8 else "market"
                elif prov in ("079", "001", "048", "031", "092", "056"):
                    kind = "urban" if r < .75 else "market" if r < .88 else "industrial"
                else:
                    kind = "market" if r < .55 else "urban"
        a.kind = kind
        a.prof = {"store": "store", "kiosk": "airport", "enterprise": "backoffice"}.get(kind, kind)
        if a.prof not in HOURS:
            a.prof = "urban"
        if ndev is None:
            ndev = (2 + int(rnd() * 5)) if st else (1 if rnd() < .8 else 2)
        cat = "tablet" if st else "smart_low"
        a.devices = [self.imei(cat if rnd() < .75 else "smart_low") for _ in range(ndev)]
        a.box = 0
        a.boxleft = []
        if w is None:
            w = self.rng.lognormvariate(0, .5) if st else min(70.0, self.rng.paretovariate(1.15))
        a.w = w
        return a

    def cell(self, car, prov, ch):
        key = (car, prov, ch)
        c = self.cells.get(key)
        if c is None:
            exp = self.N * self.pshare[prov] * self.cshare[car] * self.chshare[ch]
            if ch == "STORE":
                n = max(1, min(400, int(round(exp / 420.0))))
            else:
                n = max(2, min(5000, int(round(exp / 70.0))))
            if self.pshare[prov] == 0:
                n = 1 if ch == "STORE" else 2
            ags = [self.new_agent(car, prov, ch) for _ in range(n)]
            c = [ags, cum([a.w for a in ags])]
            self.cells[key] = c
            for a in ags:
                if a.w > 12 or (ch == "STORE" and a.w > 1.6):
                    self.hot_agents.append(a)
        return c

    def add_agent(self, a):
        c = self.cell(a.carrier, a.prov, a.channel)
        c[0].append(a)
        c[1].append(c[1][-1] + a.w)

    def pick_agent(self, car, prov, ch):
        ags, cw = self.cell(car, prov, ch)
        return ags[bisect.bisect_right(cw, self.rnd() * cw[-1])]

    def agent_dev(self, a):
        d = a.devices
        if len(d) == 1:
            return d[0]
        return d[0] if self.rnd() < .45 else d[int(self.rnd() * len(d))]

    # ------------------------------------------------------------ SIM stock
    def alloc_block(self, car, size):
        cfg = self.cc[car]
        cfg["ictr"] += int(self.rnd() * 3000)
        base = cfg["ictr"]
        cfg["ictr"] += size
        return base

    def box_take(self, a):
        """a SIM kit sold over the counter: customers pick from the open box."""
        if not a.boxleft:
            size = 200 if a.channel == "STORE" else (50 if self.rnd() < .5 else 100)
            a.box = self.alloc_block(a.carrier, size)
            a.boxleft = list(range(size))
        bl = a.boxleft
        i = 0 if self.rnd() < .55 else int(self.rnd() * min(12, len(bl)))
        return a.box + bl.pop(i)

    def iccid_str(self, car, ctr):
        cfg = self.cc[car]
        body = cfg["ipre"] + "%012d" % ((10 + cfg["idx"]) * 10 ** 10 + ctr % 10 ** 10)
        return body + luhn(body)

    def imsi_str(self, car, ctr):
        cfg = self.cc[car]
        return "452%s%010d" % (cfg["mnc"], (cfg["idx"] % 10) * 10 ** 9 + ctr % 10 ** 9)

    def new_n9(self, car):
        cfg = self.cc[car]
        used = self.used_msisdn
        rnd = self.rnd
        while True:
            pre = cfg["prepick"].pick(rnd)
            if pre == "099":
                n9 = 990000000 + (3 + int(rnd() * 5)) * 1000000 + int(rnd() * 1000000)
            else:
                n9 = int(pre[1:]) * 10000000 + int(rnd() * 10000000)
            if n9 not in used:
                used.add(n9)
                return n9

    def port_n9(self, car):
        """a number ported in from another network (MNP)."""
        others = [c for c in BIG3 + ("VIETNAMOBILE",) if c != car]
        return self.new_n9(self.rng.choice(others))

    def n9_block(self, car, n):
        cfg = self.cc[car]
        pre = cfg["prepick"].pick(self.rnd)
        if pre == "099":
            start = 990000000 + (3 + int(self.rnd() * 5)) * 1000000 + int(self.rnd() * 990000)
        else:
            start = int(pre[1:]) * 10000000 + int(self.rnd() * (10000000 - n * 2 - 10))
        out = []
        x = start
        while len(out) < n:
            if x not in self.used_msisdn:
                self.used_msisdn.add(x)
                out.append(x)
            x += 1
        return out

    # ----------------------------------------------------------------- emit
    def pat_id(self, pat):
        i = self.pat_ids.get(pat)
        if i is None:
            i = len(self.pat_names)
            self.pat_ids[pat] = i
            self.pat_names.append(pat)
        return i

    def emit(self, car, n9, p, t, ch, ag, dev, selfie, fm, popdb, status, fu, usage, pat,
             junk=0, non=0, ctr=None, org=None, hist=False):
        rnd = self.rnd
        cfg = self.cc[car]
        r = rnd() * 100
        mcw = cfg["mcw"]
        ms = ("0%d" if r < mcw[0] else "84%d" if r < mcw[1] else "+84%d") % n9
        # SIM identifiers (ctr None = central stock, allocated later in time order)
        want_imsi = rnd() < cfg["imsi"]
        want_iccid = rnd() < cfg["iccid"]
        if ctr is None:
            iccid = "\x00C" if want_iccid else ""
            imsi = "\x00M" if want_imsi else ""
            if want_iccid or want_imsi:
                self.deferred[car].append((t, len(self.lines)))
        else:
            iccid = self.iccid_str(car, ctr) if want_iccid else ""
            imsi = self.imsi_str(car, ctr) if want_imsi else ""
        if org is not None:
            stype = "ORGANIZATION"
            idt, idn, name, dob, gender, nat, prov = "ORG", org[0], csvq(org[1]), "", "", \
                ("VN" if rnd() < cfg["nat"] else ""), (org[2] if rnd() < cfg["prov"] else "")
        else:
            stype = "INDIVIDUAL" if rnd() < cfg["subtype"] else ""
            idt = p.id_type
            idn = p.id_number
            name = p.name
            if p.kind != "foreign":
                r = rnd() * 100
                ncw = cfg["ncw"]
                if r >= ncw[0]:
                    if r < ncw[1]:
                        name = name.upper()
                    elif r < ncw[2]:
                        name = to_ascii(name)
                    elif r < ncw[3]:
                        name = to_ascii(name).upper()
                    else:
                        name = unicodedata.normalize("NFD", name)
            dob = p.dob
            gender = p.gender if rnd() < cfg["gender"] else ""
            nat = p.nat if (p.nat != "VN" or rnd() < cfg["nat"]) else ""
            prov = p.res if rnd() < cfg["prov"] else ""
        st = status
        if st == "ACTIVE" and car in ("VIETNAMOBILE", "GMOBILE", "REDDI", "ASIM") and rnd() < .4:
            st = ""
        day = t // 86400
        if usage is None or hist or day > self.usage_cut:
            us = ["", "", "", "", "", "", "", ""]
        else:
            um = cfg["umask"]
            us = [str(v) if m else "" for v, m in zip(usage, um)]
            if rnd() < .004:
                us[int(rnd() * 8)] = ""
        fields = [car, ms, imsi, iccid, stype, idt, idn, name, dob, gender, nat, prov,
                  self.fmt_ts(t, cfg["utc"]), ch, (ag.code if ag is not None and ch in ("STORE", "AGENT") else ""),
                  dev or "", ("%016x" % selfie) if selfie is not None else "",
                  (("%.3f" if cfg["fmdec"] == 3 else "%.2f") % fm) if fm is not None else "",
                  popdb or "", st, fu or ""]
        fields.extend(us)
        self.lines.append(",".join(fields))
        self.tsa.append(t)
        self.l_car.append(cfg["idx"])
        self.l_n9.append(n9)
        self.l_pat.append(self.pat_id(pat))
        self.l_flag.append((1 if junk else 0) | (2 if non else 0))
        return 1

    # ------------------------------------------------------ check / status
    def popdb_legit(self, car, ch, p=None):
        if p is not None and p.kind == "foreign":
            return "UNCHECKED" if self.rnd() < .7 else ""
        rate = self.cc[car]["popdb"] * self.sc.get("popdb_scale", 1.0) * (.985 if ch == "AGENT" else 1.0)
        if self.rnd() < rate:
            return "MATCH" if self.rnd() < .9965 else "MISMATCH"
        return "UNCHECKED" if self.rnd() < .55 else ""

    def status_legit(self, p=None):
        r = self.rnd()
        if self.sc.get("vneid_lock") and p is not None and not p.vneid and p.kind != "foreign":
            if r < .3:
                return "ONE_WAY_LOCKED"
            if r < .36:
                return "TWO_WAY_LOCKED"
        if r < .008:
            return "TERMINATED"
        if r < .017:
            return "ONE_WAY_LOCKED"
        if r < .02:
            return "TWO_WAY_LOCKED"
        return "ACTIVE"

    def status_fraud(self, caught):
        """caught: probability the carrier has already acted on it."""
        r = self.rnd()
        if r < caught:
            r2 = self.rnd()
            return "ONE_WAY_LOCKED" if r2 < .45 else "TWO_WAY_LOCKED" if r2 < .8 else "TERMINATED"
        if self.sc.get("vneid_lock") and r < caught + .3:
            return "ONE_WAY_LOCKED"
        return "ACTIVE"

    def selfie_rate(self, ch):
        if self.sc.get("c08"):
            return 0.995
        return {"STORE": .97, "AGENT": self.sc.get("selfie_agent", .86), "EKYC_APP": .995,
                "ONLINE": .93}[ch]

    # ----------------------------------------------------------------- usage
    def topup(self, lo, hi):
        v = lo + self.rnd() * (hi - lo)
        return int(v / 10000) * 10000

    def usage(self, kind, p_age=35):
        """8 early-life usage counters: active_days, out_calls, in_calls, out_sms, in_sms,
        distinct_callees, topup_vnd, data_mb."""
        rnd = self.rnd
        ln = self.rng.lognormvariate
        ri = self.rng.randint
        if kind in ("normal", "young", "renter"):
            ad = 30 - min(29, int(self.rng.expovariate(0.32)))
            if kind == "young":
                oc, ic = int(ln(2.6, .9)), int(ln(2.8, .8))
                data = int(ln(9.0, .8))
            else:
                oc, ic = int(ln(3.3, .85)), int(ln(3.3, .8))
                data = int(ln(7.7, 1.15)) if rnd() < .93 else 0
            os_ = int(self.rng.expovariate(1 / 5.0))
            is_ = int(ln(2.8, .65))
            dc = min(oc, max(1 if oc else 0, int(oc * (.2 + rnd() * .45))))
            tp = self.topup(20000, 260000) if rnd() < .85 else self.topup(300000, 900000)
            if rnd() < .12:
                tp = 0  # paid package bundled with the kit
            f = ad / 30.0
            return [ad, int(oc * f), int(ic * f), os_, is_, int(dc * f) if dc else 0, tp, int(data * f)]
        if kind == "light":
            ad = ri(15, 30)
            oc, ic = int(ln(2.0, .8)), int(ln(2.7, .7))
            dc = min(oc, max(1 if oc else 0, int(oc * (.15 + rnd() * .3))))
            data = 0 if rnd() < .55 else int(ln(4.5, 1.3))
            return [ad, oc, ic, int(rnd() * 3), int(ln(2.0, .6)), dc, self.topup(10000, 60000), data]
        if kind == "data":
            ad = ri(12, 30)
            return [ad, int(rnd() * 1.5), int(rnd() * 3), 0, ri(2, 14), 0,
                    self.rng.choice((70000, 90000, 120000, 150000, 200000, 0)), int(ln(9.2, .9))]
        if kind == "dormant":
            ad = 0 if rnd() < .45 else ri(1, 3)
            oc = int(rnd() * 1.4) if ad else 0
            return [ad, oc, int(rnd() * 2.5) if ad else 0, 0, int(rnd() * 6) if ad else 0,
                    oc, 0 if rnd() < .8 else 10000, int(rnd() * 25) if ad else 0]
        if kind == "tourist":
            ad = ri(3, 16)
            oc = int(rnd() * 8)
            return [ad, oc, int(rnd() * 5), int(rnd() * 3), ri(2, 10), min(oc, ri(0, 4)),
                    0 if rnd() < .8 else 100000, int(ln(8.2, .7))]
        if kind == "iot":
            ad = 30 if rnd() < .85 else ri(20, 29)
            os_ = 0 if rnd() < .6 else ri(1, 60)
            return [ad, 0, 0, os_, int(rnd() * 8), 1 if os_ else 0, 0, int(ln(3.5, 1.2))]
        if kind == "watch":
            oc = ri(0, 15)
            return [ri(20, 30), oc, ri(3, 40), 0, ri(0, 5), min(oc, ri(0, 3)), 0, int(ln(4.0, .8))]
        if kind == "org":
            ad = ri(22, 30)
            oc, ic = int(ln(4.6, .6)), int(ln(4.2, .6))
            return [ad, oc, ic, int(rnd() * 20), ri(5, 40), int(oc * (.3 + rnd() * .3)), 0, int(ln(7.2, 1.0))]
        if kind == "callcenter":
            oc = int(ln(6.2, .4))
            return [ri(20, 27), oc, int(ln(3.5, .6)), int(rnd() * 20), ri(5, 20), int(oc * (.8 + rnd() * .15)),
                    0, int(rnd() * 400)]
        if kind == "seller":
            oc, ic = int(ln(3.9, .6)), int(ln(4.5, .6))
            return [ri(24, 30), oc, ic, int(ln(2.0, 1.0)), int(ln(3.5, .6)), int(oc * (.4 + rnd() * .3)),
                    self.topup(100000, 500000), int(ln(8.4, .8))]
        if kind == "zalo":
            ad = ri(3, 30)
            oc = int(rnd() * 5)
            return [ad, oc, int(rnd() * 6), int(rnd() * 2), ri(2, 26), min(oc, 2), self.topup(0, 60000),
                    int(rnd() * 250)]
        if kind == "unsold":
            return [0, 0, 0, 0, 0, 0, 0, 0]
        if kind == "resold":
            ad = ri(2, 22)
            f = ad / 30.0
            oc, ic = int(ln(3.3, .9) * f), int(ln(3.1, .9) * f)
            return [ad, oc, ic, int(rnd() * 6), int(ln(2.4, .6)), min(oc, int(oc * (.3 + rnd() * .4))),
                    self.topup(10000, 200000), int(ln(7.4, 1.1) * f)]
        if kind == "simbox":
            oc = int(ln(7.5, .55))
            return [ri(15, 30), oc, int(rnd() * 25), int(rnd() * 4), int(rnd() * 10), int(oc * (.82 + rnd() * .15)),
                    int(ln(13.4, .5) / 10000) * 10000, 0]
        if kind == "simbox_stealth":
            oc = int(ln(5.9, .5))
            ic = int(ln(2.5, .8))
            return [ri(18, 30), oc, ic, int(rnd() * 8), ri(3, 25), int(oc * (.6 + rnd() * .25)),
                    int(ln(12.8, .5) / 10000) * 10000, int(rnd() * 120)]
        if kind == "spam_sms":
            os_ = int(ln(7.2, .6))
            return [ri(4, 25), int(rnd() * 15), int(rnd() * 10), os_, int(rnd() * 20), int(os_ * (.85 + rnd() * .12)),
                    self.topup(200000, 1000000), int(rnd() * 30)]
        if kind == "otp":
            oc = int(rnd() * 2.5)
            return [ri(5, 30), oc, int(rnd() * 3.5), int(rnd() * 1.5), int(ln(4.7, .7)),
                    min(oc, int(rnd() * 1.5)), self.topup(0, 25000), 0]
        if kind == "otp_stealth":
            oc = ri(0, 6)
            return [ri(8, 30), oc, ri(0, 8), int(rnd() * 3), int(ln(3.6, .6)), min(oc, ri(0, 3)),
                    self.topup(10000, 50000), int(rnd() * 60)]
        if kind == "scam":
            oc = int(ln(5.7, .6))
            return [ri(3, 20), oc, int(ln(2.0, .8)), int(rnd() * 30), int(rnd() * 15), int(oc * (.75 + rnd() * .2)),
                    int(ln(12.6, .5) / 10000) * 10000, int(rnd() * 300)]
        if kind == "scam_mimic":
            oc = int(ln(4.6, .5))
            return [ri(10, 28), oc, int(ln(3.1, .6)), int(rnd() * 20), ri(5, 30), int(oc * (.5 + rnd() * .3)),
                    self.topup(100000, 320000), int(ln(6.2, 1.0))]
        if kind == "ato":
            oc = int(rnd() * 3)
            return [ri(1, 6), oc, int(rnd() * 3), int(rnd() * 2), ri(3, 25), min(oc, int(rnd() * 2)),
                    self.topup(0, 25000), int(rnd() * 50)]
        raise ValueError(kind)

    def ukind(self, p):
        if p.age >= 62:
            return "light"
        if p.age <= 26:
            return "young"
        return "normal"

    # ------------------------------------------------------ generic legit reg
    def reg(self, p, car, ch, pat, t=None, ag=None, dev=None, uk=None, fu=None, n9=None,
            selfie=-1, fm=-1.0, popdb=None, status=None, ctr=None, junk=0, non=0, prov=None):
        """one ordinary registration of person p (defaults model an honest registration)."""
        rnd = self.rnd
        if ch in ("STORE", "AGENT"):
            if ag is None:
                lp = prov or (p.loc if rnd() > .04 else self.near_prov(p.loc))
                ag = self.pick_agent(car, lp, ch)
            if dev is None:
                dev = self.agent_dev(ag)
            if t is None:
                t = self.sample_time(ag.prof)
            if ctr is None:
                ctr = self.box_take(ag)
        elif ch == "EKYC_APP":
            ag = None
            if dev is None:
                dev = p.phone
            if t is None:
                t = self.sample_time("ekyc")
            if ctr is None and rnd() < .45:
                ctr = self.box_take(self.pick_agent(car, prov or p.loc, "AGENT"))
        else:
            ag = None
            if dev is None:
                dev = p.phone if rnd() < .65 else ""
            if t is None:
                t = self.sample_time("online")
        if selfie == -1:
            selfie = self.cap(p.face) if rnd() < self.selfie_rate(ch) else None
        if fm == -1.0:
            fm = self.fm_genuine(p.age) if selfie is not None else None
        if popdb is None:
            popdb = self.popdb_legit(car, ch, p)
        if status is None:
            status = self.status_legit(p)
        uk = uk or self.ukind(p)
        us = self.usage(uk, p.age)
        if fu is None:
            r = rnd()
            if us[0] == 0 and uk in ("dormant", "unsold"):
                fu = ""
            elif r < .06:
                fu = self.phone_for_age(p.age)    # bought a new phone with the SIM
            elif r < .1:
                fu = ""
            else:
                fu = p.phone
        elif fu == "-":
            fu = ""
        if status == "TERMINATED" and rnd() < .5:
            us = None
        if n9 is None:
            n9 = self.new_n9(car)
        if p.nsim is None:
            p.nsim = {}
        p.nsim[car] = p.nsim.get(car, 0) + 1
        if ch == "EKYC_APP" or ch == "ONLINE":
            if p.napp is None:
                p.napp = {}
            p.napp[car] = p.napp.get(car, 0) + 1
        return self.emit(car, n9, p, t, ch, ag, dev, selfie, fm, popdb, status, fu, us, pat,
                         junk, non, ctr)

    def app_ok(self, p, car):
        """Decree 163 Art. 16: only the first 3 numbers per document through the app/online."""
        return p.napp is None or p.napp.get(car, 0) < 3

    def add_pool(self, p):
        pool = self.pool
        if len(pool) < 60000:
            pool.append(p)
        else:
            pool[int(self.rnd() * 60000)] = p

    # =================================================================
    # Legitimate patterns.  Each generator emits <= cap rows, returns count.
    # =================================================================
    def g_legit_individual(self, cap):
        p = self.make_person()
        car = self.pick_carrier(p.loc)
        ch = self.pick_channel(p.age)
        if self.rnd() < self.sc.get("mnp", .012):
            self.reg(p, car, ch, "legit_mnp_port_in", n9=self.port_n9(car))
        else:
            self.reg(p, car, ch, "legit_individual")
        if self.rnd() < .25:
            self.add_pool(p)
        return 1

    def legit_channel(self, p, car, prefer=None):
        ch = prefer or self.pick_channel(p.age)
        if ch in ("EKYC_APP", "ONLINE") and not self.app_ok(p, car):
            ch = "STORE" if self.rnd() < .6 else "AGENT"
        return ch

    def g_legit_multi_sim(self, cap):
        p = self.make_person(age=self.rng.randint(19, 58))
        r = self.rnd()
        k = min(cap, 2 if r < .68 else 3 if r < .94 else 4)
        car0 = self.pick_carrier(p.loc)
        day0 = self.pick_day()
        for i in range(k):
            car = car0 if (i == 0 or self.rnd() < .45) else self.pick_carrier(p.loc)
            ch = self.legit_channel(p, car)
            uk = None if i == 0 else self.rng.choice(("data", "dormant", "normal", "zalo", "light"))
            r = self.rnd()
            fu = None if i == 0 else self.slot2(p.phone) if r < .45 else p.phone if r < .6 else \
                self.imei("router") if uk == "data" and r < .8 else self.phone_for_age(p.age)
            day = day0 if self.rnd() < .3 else self.pick_day()
            prof = {"EKYC_APP": "ekyc", "ONLINE": "online"}.get(ch)
            t = self.at(day, prof) if prof else None
            if t is None and ch in ("STORE", "AGENT"):
                ag = self.pick_agent(car, p.loc, ch)
                self.reg(p, car, ch, "legit_multi_sim", ag=ag, t=self.at(day, ag.prof), uk=uk, fu=fu)
            else:
                self.reg(p, car, ch, "legit_multi_sim", t=t, uk=uk, fu=fu)
        self.add_pool(p)
        return k

    def g_legit_family_shared_device(self, cap):
        loc = self.prov_pick.pick(self.rnd)
        fa = self.make_person(loc=loc, age=self.rng.randint(34, 56), gender="M")
        sur = fa.name.split(" ")[0]
        fam = [fa]
        mo = self.make_person(loc=loc, age=max(22, fa.age - self.rng.randint(0, 6)), gender="F",
                              ppp=fa.ppp if self.rnd() < .6 else None)
        mo.res = fa.res
        fam.append(mo)
        if self.rnd() < .55:
            k = self.make_person(loc=loc, age=self.rng.randint(14, 22), ppp=fa.ppp, surname=sur)
            k.res = fa.res
            fam.append(k)
        if self.rnd() < .3:
            k = self.make_person(loc=loc, age=self.rng.randint(14, 24), ppp=fa.ppp, surname=sur)
            k.res = fa.res
            fam.append(k)
        if self.rnd() < .35:
            g = self.make_person(loc=loc, age=self.rng.randint(62, 88), ppp=fa.ppp, surname=sur,
                                 gender="M" if self.rnd() < .4 else "F")
            g.res = fa.res
            fam.append(g)
        fam = fam[:cap]
        helper = min(fam, key=lambda x: x.age)
        car = self.pick_carrier(loc)
        day = self.pick_day()
        if self.rnd() < .7:
            t = self.at(day, "ekyc")
            for m in fam:
                c = car if self.rnd() < .8 else self.pick_carrier(loc)
                if not self.app_ok(m, c):
                    c = car
                self.reg(m, c, "EKYC_APP", "legit_family_shared_device", t=t, dev=helper.phone)
                t += self.rng.randint(90, 900)
        else:
            ch = "STORE" if self.rnd() < .5 else "AGENT"
            ag = self.pick_agent(car, loc, ch)
            dev = self.agent_dev(ag)
            t = self.at(day, ag.prof)
            for m in fam:
                self.reg(m, car, ch, "legit_family_shared_device", ag=ag, dev=dev, t=t)
                t += self.rng.randint(120, 600)
        return len(fam)

    def g_legit_parent_multi_sim(self, cap):
        p = self.make_person(age=self.rng.randint(32, 56))
        k = min(cap, self.rng.randint(3, 6))
        car = self.pick_carrier(p.loc)
        kinds = ["own", "kid", "watch", "elder", "kid", "iot"]
        for i in range(k):
            kind = kinds[i] if i < 3 else self.rng.choice(kinds[1:])
            c = car if self.rnd() < .8 else self.pick_carrier(p.loc)
            ch = self.legit_channel(p, c)
            if kind == "own":
                uk, fu = None, None
            elif kind == "kid":
                uk, fu = "young", self.imei("smart_low")
            elif kind == "watch":
                uk, fu = "watch", self.imei("watch")
            elif kind == "elder":
                uk, fu = "light", self.imei("feature")
            else:
                uk, fu = "iot", self.imei("iot")
            self.reg(p, c, ch, "legit_parent_multi_sim", uk=uk, fu=fu)
        self.add_pool(p)
        return k

    def hot_agent(self):
        if self.hot_agents and self.rnd() < .85:
            return self.rng.choice(self.hot_agents)
        prov = self.prov_pick.pick(self.rnd)
        car = self.pick_carrier(prov)
        ch = "STORE" if self.rnd() < .4 else "AGENT"
        a = self.new_agent(car, prov, ch, w=40.0 if ch == "AGENT" else 3.0, ndev=3 if ch == "STORE" else 2)
        self.add_agent(a)
        self.hot_agents.append(a)
        return a

    def g_legit_busy_shop(self, cap):
        a = self.hot_agent()
        n = min(cap, int(self.rng.lognormvariate(3.7, .45)))
        day = self.pick_day()
        ts = sorted(self.at(day, a.prof) for _ in range(n))
        for t in ts:
            p = self.make_person(loc=a.prov, age=min(85, self.sample_age()))
            self.reg(p, a.carrier, a.channel, "legit_busy_shop", ag=a, t=t)
            if self.rnd() < .2:
                self.add_pool(p)
        return n

    IND_PROVS = ("074", "075", "027", "024", "026", "019", "030", "033", "077", "072", "080", "070", "031",
                 "001", "079", "022", "037", "035")

    def pick_industrial_prov(self):
        cands = [(c, self.pshare[c]) for c in self.IND_PROVS if self.pshare[c] > 0]
        if not cands:
            return self.prov_pick.pick(self.rnd)
        return WPick(cands).pick(self.rnd)

    def g_legit_factory_onboarding(self, cap):
        prov = self.pick_industrial_prov()
        car = self.rng.choice(BIG3)
        ag = self.pick_agent(car, prov, "STORE")
        n = min(cap, int(self.rng.lognormvariate(4.9, .45)))
        ndays = 1 if n < 150 else 2
        day0 = self.pick_day()
        block = self.alloc_block(car, n + 20)
        off = 0
        femshare = .62 if self.rnd() < .6 else .35
        devs = ag.devices
        for i in range(n):
            day = min(self.ndays - 1, day0 + (i * ndays) // n)
            t = day * 86400 + 7 * 3600 + 1800 + int(self.rnd() * 9.5 * 3600)
            p = self.make_person(loc=prov, age=self.rng.randint(18, 36),
                                 gender="F" if self.rnd() < femshare else "M")
            if p.ppp == prov and self.rnd() < .7:
                p.ppp = self.birth_prov(prov)
            off += 1 if self.rnd() < .9 else self.rng.randint(2, 4)
            self.reg(p, car, "STORE", "legit_factory_onboarding", ag=ag, t=t,
                     dev=devs[int(self.rnd() * len(devs))], ctr=block + off)
        return n

    def g_legit_campus_promo(self, cap):
        unis = [c for c in ("001", "079", "048", "046", "092", "040", "019", "052", "066", "031", "056")
                if self.pshare[c] > 0]
        prov = self.rng.choice(unis) if unis else self.prov_pick.pick(self.rnd)
        car = self.rng.choice(BIG3)
        ag = self.new_agent(car, prov, "AGENT", kind="campus", w=.5, ndev=self.rng.randint(2, 3))
        self.add_agent(ag)
        n = min(cap, int(self.rng.lognormvariate(4.5, .5)))
        days = self.rng.randint(1, 3)
        day0 = self.pick_day()
        block = self.alloc_block(car, n + 40)
        off = 0
        for i in range(n):
            day = min(self.ndays - 1, day0 + int(self.rnd() * days))
            p = self.make_person(loc=prov, age=self.rng.randint(18, 20))
            if self.rnd() < .65:
                p.ppp = self.birth_prov(prov) if self.rnd() < .5 else self.rng.choice(PCODES)
                p.res = p.ppp
            off += 1 if self.rnd() < .8 else self.rng.randint(2, 6)
            uk = "young" if self.rnd() < .75 else "data"
            self.reg(p, car, "AGENT", "legit_campus_promo", ag=ag, t=self.at(day, "campus"),
                     ctr=block + off, uk=uk)
        return n

    def make_org(self, prov=None):
        r = self.rng
        prov = prov or self.prov_pick.pick(self.rnd)
        pre = WPick(ORG_PREFIX).pick(self.rnd)
        name = "%s %s %s" % (pre, r.choice(ORG_FIELD), r.choice(ORG_BRAND))
        x = self.rnd()
        if x < .08:
            name += ", chi nhánh %s" % r.choice(["Bắc Ninh", "Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng",
                                                 "Bình Dương", "Hải Phòng", "Cần Thơ"])
        elif x < .1:
            name = '%s "%s"' % (pre, r.choice(ORG_BRAND))
        tax = "0%d%08d" % (r.randrange(1, 10), r.randrange(10 ** 8))
        if self.rnd() < .15:
            tax += "-%03d" % r.randrange(1, 25)
        return (tax, name, prov)

    def org_rows(self, org, n, pat, uk, fu_kind, junk=0, ch=None, car=None, bulk_import=False,
                 rep_face=None, seq_msisdn=.4, prof="store", status_fn=None, ag=None, sessions=None):
        prov = org[2]
        car = car or (self.rng.choice(BIG3) if self.rnd() < .9 else self.pick_carrier(prov))
        ch = ch or ("STORE" if self.rnd() < .7 else "AGENT")
        ag = ag or self.pick_agent(car, prov, ch)
        dev = "" if bulk_import else self.agent_dev(ag)
        block = self.alloc_block(car, n + 10)
        n9s = self.n9_block(car, n) if self.rnd() < seq_msisdn else [self.new_n9(car) for _ in range(n)]
        fus = self.imei_seq(fu_kind, n) if fu_kind in ("iot", "smart_low", "feature") and self.rnd() < .6 \
            else [self.imei(fu_kind if fu_kind in DEV_CATS else "smart_low") for _ in range(n)]
        nsess = sessions or (1 if n < 30 else self.rng.randint(1, 3))
        starts = [self.at(self.pick_day(), prof) for _ in range(nsess)]
        rep_fm = self.rng.uniform(.8, .95)
        for i in range(n):
            s = (i * nsess) // n
            t = starts[s] + (i - (s * n) // nsess) * (self.rng.randint(1, 4) if bulk_import else
                                                      self.rng.randint(25, 150))
            selfie = self.cap(rep_face) if rep_face is not None else None
            us = self.usage(uk)
            fu = fus[i]
            if uk == "iot" and self.rnd() < .15:
                us, fu = self.usage("unsold"), ""
            popdb = "UNCHECKED" if self.rnd() < .5 else ("" if self.rnd() < .7 else "MATCH")
            st = status_fn() if status_fn else self.status_legit()
            self.emit(car, n9s[i], None, t, ch, ag, dev, selfie, rep_fm if selfie is not None else None,
                      popdb, st, fu, us, pat, junk, 0, block + i, org=org)
        return n

    def g_legit_org_fleet(self, cap):
        org = self.make_org()
        n = min(cap, max(5, int(self.rng.paretovariate(1.1) * 8)), 400)
        rep = self.rng.getrandbits(64) if self.rnd() < .45 else None
        return self.org_rows(org, n, "legit_org_fleet", "org", "smart_low", rep_face=rep)

    def g_legit_call_center(self, cap):
        org = self.make_org(prov=self.rng.choice(("001", "079", "048")) if self.rnd() < .6 else None)
        org = (org[0], org[1].replace(self.rng.choice(ORG_FIELD), "Dịch vụ Khách hàng", 1), org[2])
        n = min(cap, self.rng.randint(15, 120))
        return self.org_rows(org, n, "legit_call_center", "callcenter", "feature", ch="STORE")

    def g_legit_iot_fleet(self, cap):
        org = self.make_org()
        base = self.rng.choice(["Giải pháp Thanh toán", "Điện lực", "Vận tải", "Logistics", "Công nghệ",
                                "Cấp nước"])
        org = (org[0], "%s %s %s" % (self.rng.choice(["Công ty Cổ phần", "Công ty TNHH", "Tổng công ty"]),
                                     base, self.rng.choice(ORG_BRAND)), org[2])
        n = min(cap, max(20, int(self.rng.paretovariate(1.0) * 25)), 1200)
        return self.org_rows(org, n, "legit_iot_fleet", "iot", "iot", ch="STORE", bulk_import=True,
                             seq_msisdn=.6, prof="backoffice")

    def g_legit_elderly(self, cap):
        p = self.make_person(age=self.rng.randint(64, 92))
        if self.sc.get("cmnd_ok", 0) > self.rnd():
            p.id_type = "CMND"
            p.id_number = self.new_cmnd(p.res)
        car = self.pick_carrier(p.loc)
        ch = "STORE" if self.rnd() < .45 else "AGENT"
        fm = max(.3, self.fm_genuine(p.age) - self.rng.uniform(0, .12))
        self.reg(p, car, ch, "legit_elderly", fm=fm, uk="light")
        return 1

    def kiosk(self, car, prov):
        key = ("kiosk", car, prov)
        a = self.cells.get(key)
        if a is None:
            a = self.new_agent(car, prov, "STORE" if self.rnd() < .5 else "AGENT", kind="kiosk", w=.3,
                               ndev=self.rng.randint(2, 4))
            self.cells[key] = a
        return a

    def g_legit_tourist(self, cap):
        cities = [c for c in ("079", "001", "048", "056", "091", "068", "022") if self.pshare[c] > 0] \
            or ["079", "001", "048"]
        prov = self.rng.choice(cities)
        car = self.rng.choice(BIG3)
        ag = self.kiosk(car, prov)
        n = min(cap, 1 if self.rnd() < .55 else self.rng.randint(2, 24))
        nat = self.fpick_tour.pick(self.rnd)
        t = self.sample_time("airport")
        dev = self.agent_dev(ag)
        for _ in range(n):
            p = self.make_foreigner(nat if self.rnd() < .9 else self.fpick_tour.pick(self.rnd), loc=prov)
            self.reg(p, car, ag.channel, "legit_tourist", ag=ag, t=t, dev=dev, uk="tourist",
                     status="ACTIVE" if self.rnd() < .9 else "TERMINATED")
            t += self.rng.randint(40, 240)
        return n

    def g_legit_foreign_resident(self, cap):
        prov = self.pick_industrial_prov()
        nat = self.fpick_res.pick(self.rnd)
        n = min(cap, 1 if self.rnd() < .6 else self.rng.randint(2, 8))
        car = self.rng.choice(BIG3)
        ag = self.pick_agent(car, prov, "STORE")
        dev = self.agent_dev(ag)
        t = self.sample_time("store")
        for _ in range(n):
            p = self.make_foreigner(nat, age=self.rng.randint(24, 60), loc=prov)
            self.reg(p, car, "STORE", "legit_foreign_resident", ag=ag, dev=dev, t=t, uk="normal")
            t += self.rng.randint(200, 900)
        return n

    def old_carrier(self, loc):
        """carrier of a subscription that already existed years ago (no young MVNO brands)."""
        car = self.pick_carrier(loc)
        if car in ("WINTEL", "ASIM", "DIGILIFE", "LOCAL", "REDDI"):
            car = self.rng.choice(BIG3)
        return car

    def hist_time(self, y_lo, y_hi):
        d0 = datetime.date(y_lo, 1, 1).toordinal() - self.ord0
        d1 = datetime.date(y_hi, 12, 31).toordinal() - self.ord0
        return self.at(self.rng.randint(d0, min(d1, -1)), "store")

    def g_legit_doc_update(self, cap):
        if cap < 2:
            return self.g_legit_individual(cap)
        p = self.make_person(age=self.rng.randint(28, 80))
        car = self.old_carrier(p.loc)
        n9 = self.new_n9(car)
        old = p.copy()
        old.id_type = "CMND"
        old.id_number = self.new_cmnd(p.res) if self.rnd() < .8 else "0%d%010d" % (
            self.rng.randrange(1, 10), self.rng.randrange(10 ** 10))
        if self.rnd() < .4:
            old.name = to_ascii(p.name).upper()
        ag = self.pick_agent(car, p.loc, "AGENT")
        ctr = self.box_take(ag)
        th = self.hist_time(2015, 2021)
        self.emit(car, n9, old, th, "AGENT", ag, self.agent_dev(ag), None, None, "", "ACTIVE",
                  p.phone, None, "legit_doc_update", ctr=ctr, hist=True)
        ch = "STORE" if self.rnd() < .55 else "EKYC_APP"
        ctr2 = ctr if self.rnd() < .7 else None
        if ch == "STORE":
            ag2 = self.pick_agent(car, p.loc, "STORE")
            self.reg(p, car, ch, "legit_doc_update", ag=ag2, n9=n9, ctr=ctr2 if ctr2 is not None else
                     self.box_take(ag2), fu=p.phone)
        else:
            self.reg(p, car, ch, "legit_doc_update", n9=n9, ctr=ctr2, fu=p.phone)
        # re-registration of an old subscription: no early-life usage
        self._blank_usage(len(self.lines) - 1)
        return 2

    def _blank_usage(self, i):
        parts = self.lines[i].rsplit(",", 8)
        self.lines[i] = parts[0] + ",,,,,,,,"

    def g_legit_ownership_transfer(self, cap):
        if cap < 2:
            return self.g_legit_individual(cap)
        old = self.make_person(age=self.rng.randint(50, 78))
        new = self.make_person(loc=old.loc, age=self.rng.randint(20, 42), ppp=old.ppp,
                               surname=old.name.split(" ")[0] if self.rnd() < .7 else None)
        car = self.old_carrier(old.loc)
        n9 = self.new_n9(car)
        ag = self.pick_agent(car, old.loc, "AGENT")
        ctr = self.box_take(ag)
        th = self.hist_time(2016, 2023)
        hist_y = self.year0 + (th // 86400) // 365
        sel = self.cap(old.face) if hist_y >= 2022 else None
        self.emit(car, n9, old, th, "AGENT", ag, self.agent_dev(ag), sel,
                  self.fm_genuine(old.age) if sel is not None else None,
                  "MATCH" if hist_y >= 2022 else "", "ACTIVE", old.phone, None,
                  "legit_ownership_transfer", ctr=ctr, hist=True)
        ag2 = self.pick_agent(car, new.loc, "STORE")
        self.reg(new, car, "STORE", "legit_ownership_transfer", ag=ag2, n9=n9, ctr=ctr)
        self._blank_usage(len(self.lines) - 1)
        return 2

    def g_legit_recycled_number(self, cap):
        if cap < 2:
            return self.g_legit_individual(cap)
        old = self.make_person()
        car = self.old_carrier(old.loc)
        n9 = self.new_n9(car)
        ag = self.pick_agent(car, old.loc, "AGENT")
        th = self.hist_time(2018, 2023)
        self.emit(car, n9, old, th, "AGENT", ag, self.agent_dev(ag), None, None, "", "TERMINATED",
                  old.phone, None, "legit_recycled_number", ctr=self.box_take(ag), hist=True)
        p = self.make_person(loc=old.loc if self.rnd() < .7 else None)
        self.reg(p, car, self.legit_channel(p, car), "legit_recycled_number", n9=n9)
        return 2

    def g_legit_clerical_typo(self, cap):
        p = self.make_person()
        car = self.pick_carrier(p.loc)
        ch = "AGENT" if self.rnd() < .7 else "STORE"
        q = p.copy()
        r = self.rnd()
        y, m, d = p.dob.split("-")
        popdb = "MISMATCH"
        if r < .25 and int(d) <= 12 and d != m:
            q.dob = "%s-%s-%s" % (y, d, m)
        elif r < .5:
            i = self.rng.randrange(12)
            digs = list(p.id_number)
            digs[i] = str((int(digs[i]) + self.rng.choice((1, 9, 3, 7))) % 10)
            q.id_number = "".join(digs)
            popdb = "NOT_FOUND" if self.rnd() < .85 else "MISMATCH"
        elif r < .7:
            w = p.name.split(" ")
            j = self.rng.randrange(len(w))
            w[j] = to_ascii(w[j]) if self.rnd() < .6 else w[j][:-1] if len(w[j]) > 2 else w[j]
            q.name = " ".join(w)
            popdb = "MISMATCH" if self.rnd() < .7 else "MATCH"
        elif r < .85:
            q.gender = "F" if p.gender == "M" else "M"
            popdb = "MATCH"
        else:
            q.dob = "%d-%s-%s" % (int(y) + self.rng.choice((-1, 1)), m, d if (m, d) != ("02", "29") else "28")
        st = "ONE_WAY_LOCKED" if popdb != "MATCH" and self.rnd() < .3 else None
        self.reg(q, car, ch, "legit_clerical_typo", popdb=popdb, status=st)
        n = 1
        if cap > 1 and self.rnd() < .2:
            self.reg(p, self.pick_carrier(p.loc), self.legit_channel(p, car), "legit_clerical_typo")
            n = 2
        return n

    def g_legit_twins(self, cap):
        if cap < 2:
            return self.g_legit_individual(cap)
        a = self.make_person(age=self.rng.randint(15, 45))
        b = self.make_person(loc=a.loc, age=a.age, gender=a.gender, ppp=a.ppp,
                             surname=a.name.split(" ")[0])
        b.dob, b.byear, b.res = a.dob, a.byear, a.res
        b.id_number = self.new_cccd(a.ppp, a.byear, a.gender)
        f = a.face
        for _ in range(self.rng.randint(1, 5)):
            f ^= 1 << self.rng.getrandbits(6)
        b.face = f
        car = self.pick_carrier(a.loc)
        ch = "STORE" if self.rnd() < .5 else "AGENT"
        ag = self.pick_agent(car, a.loc, ch)
        dev = self.agent_dev(ag)
        t = self.sample_time(ag.prof)
        self.reg(a, car, ch, "legit_twins", ag=ag, dev=dev, t=t)
        self.reg(b, car, ch, "legit_twins", ag=ag, dev=dev, t=t + self.rng.randint(60, 500))
        return 2

    def g_legit_shop_ekyc_helper(self, cap):
        prov = self.prov_pick.pick(self.rnd)
        car = self.pick_carrier(prov)
        shop = self.pick_agent(car, prov, "AGENT")
        dev = self.imei("smart_low")
        n = min(cap, int(self.rng.lognormvariate(3.4, .6)))
        for _ in range(n):
            p = self.make_person(loc=prov, age=self.rng.randint(30, 85) if self.rnd() < .6 else None)
            self.reg(p, car, "EKYC_APP", "legit_shop_ekyc_helper", dev=dev, t=self.sample_time(shop.prof),
                     ctr=self.box_take(shop))
        return n

    def g_legit_small_business(self, cap):
        p = self.make_person(age=self.rng.randint(26, 56))
        k = min(cap, self.rng.randint(5, 15))
        car = self.pick_carrier(p.loc)
        for i in range(k):
            c = car if self.rnd() < .75 else self.pick_carrier(p.loc)
            ch = self.legit_channel(p, c, "EKYC_APP" if i < 2 else None)
            uk = "seller" if i < 2 else self.rng.choice(("zalo", "zalo", "data", "seller", "dormant"))
            self.reg(p, c, ch, "legit_small_business", uk=uk, fu=self.imei("smart_low") if i else None)
        return k

    def g_legit_data_sim(self, cap):
        p = self.make_person(age=self.rng.randint(16, 60))
        car = self.pick_carrier(p.loc)
        ch = self.legit_channel(p, car, self.rng.choice(("ONLINE", "EKYC_APP", "AGENT", "STORE")))
        fu = self.imei(self.rng.choice(("router", "router", "tablet", "smart_low")))
        self.reg(p, car, ch, "legit_data_sim", uk="data", fu=fu)
        return 1

    def g_legit_backup_sim(self, cap):
        p = self.make_person(age=self.rng.randint(20, 70))
        car = self.pick_carrier(p.loc)
        self.reg(p, car, self.legit_channel(p, car), "legit_backup_sim", uk="dormant")
        return 1

    def g_legit_overseas_vietnamese(self, cap):
        prov = self.rng.choice([c for c in ("079", "001", "048", "092", "056") if self.pshare[c] > 0]
                               or ["079", "001"])
        p = self.make_person(loc=prov, age=self.rng.randint(25, 75))
        nat = "VN" if self.rnd() < .5 else self.rng.choice(("US", "AU", "FR", "DE"))
        p.id_type = "PASSPORT"
        p.id_number = self.passport_no(nat)
        p.nat = nat
        p.kind = "foreign"
        p.res = "" if nat != "VN" else p.res
        car = self.pick_carrier(prov)
        self.reg(p, car, "STORE" if self.rnd() < .6 else "AGENT", "legit_overseas_vietnamese",
                 uk="normal" if self.rnd() < .6 else "tourist")
        return 1

    # =================================================================
    # Fraud patterns
    # =================================================================
    def fraud_agent(self, prov=None, car=None):
        """a complicit dealer: often a real shop with normal sales, sometimes a front."""
        if self.fraud_agents and self.rnd() < .45:
            a = self.rng.choice(self.fraud_agents)
            if (prov is None or a.prov == prov) and (car is None or a.carrier == car):
                return a
        prov = prov or self.prov_pick.pick(self.rnd)
        car = car or (self.pick_carrier(prov) if self.rnd() < .5 else self.rng.choice(BIG3))
        if self.rnd() < .65:
            ags = self.cell(car, prov, "AGENT")[0]
            a = ags[int(self.rnd() * len(ags))]
        else:
            a = self.new_agent(car, prov, "AGENT", w=self.rng.uniform(.3, 3))
            self.add_agent(a)
        self.fraud_agents.append(a)
        return a

    def fake_identity(self, loc, cmnd=0.0, kids=0.02):
        """a fabricated document: plausible format, careless internal consistency."""
        rnd = self.rnd
        p = Person()
        p.loc = loc
        r = rnd()
        p.age = self.rng.randint(8, 13) if r < kids else self.rng.randint(18, 70)
        p.gender = "M" if rnd() < .55 else "F"
        p.byear = self.year0 - p.age
        p.dob = self.dob_for(p.byear)
        p.ppp = self.rng.choice(PCODES) if rnd() < .6 else loc
        p.name = self.kinh_name(p.gender, p.byear, rnd() < .5)
        p.nat = "VN"
        p.res = p.ppp if rnd() < .5 else loc
        if rnd() < cmnd:
            p.id_type = "CMND"
            p.id_number = self.new_cmnd(self.rng.choice(PCODES))
        else:
            p.id_type = "CCCD"
            g = (p.byear - 1900) // 100 * 2 + (1 if p.gender == "F" else 0)
            if rnd() < .12:
                g = self.rng.randrange(10)
            yy = p.byear % 100 if rnd() > .12 else self.rng.randrange(100)
            ppp = p.ppp if rnd() > .05 else "%03d" % self.rng.choice((0, 3, 5, 9, 13, 16, 18, 21, 28, 39, 41, 99))
            while True:
                s = "%s%d%02d%06d" % (ppp, g, yy, self.rng.randrange(10 ** 6))
                if s not in self.used_ids:
                    self.used_ids.add(s)
                    break
            p.id_number = s
        p.face = self.rng.getrandbits(64)
        p.phone = ""
        p.nsim = None
        p.napp = None
        p.vneid = False
        p.kind = "fake"
        return p

    def victim(self, src_prov=None, old=False, school=False):
        """a real person whose data leaked (correct name/DOB/ID)."""
        if self.pool and self.rnd() < .15 and not school:
            return self.pool[int(self.rnd() * len(self.pool))]
        if school:
            age = self.rng.randint(11, 17)
        elif old:
            age = self.rng.randint(45, 88)
        else:
            age = self.sample_age()
        p = self.make_person(loc=src_prov or self.prov_pick.pick(self.rnd), age=max(11, age))
        p.vneid = self.rnd() < (.35 if age > 60 else .7)
        return p

    def farm_devices(self, kind, stealth):
        if stealth >= 2 or (stealth == 1 and self.rnd() < .5):
            return [self.imei(self.rng.choice(("smart_low", "smart_low", "feature")))
                    for _ in range(self.rng.randint(8, 30))]
        if kind == "gateway":
            n = self.rng.choice((8, 16, 16, 32, 32, 64))
            return self.imei_seq("gateway", n)
        return self.imei_seq("modem", self.rng.choice((8, 16, 32, 64)))

    def fraud_use(self, mix, farm, stealth):
        """(usage, first_use_imei) for a fraud SIM; mix: list of (kind, weight)."""
        k = WPick(mix).pick(self.rnd)
        if k == "unsold":
            return self.usage("unsold"), ""
        if k == "resold":
            return self.usage("resold"), self.imei("smart_low" if self.rnd() < .8 else "feature")
        if stealth and k in ("simbox", "otp"):
            k = k + "_stealth"
        if stealth >= 2 and k == "scam":
            k = "scam_mimic"
        dev = farm[int(self.rnd() * len(farm))] if farm else self.imei("smart_low")
        return self.usage(k), dev

    def stock_faces(self, k):
        return [self.rng.getrandbits(64) for _ in range(k)]

    def g_preact_fabricated(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        ag = self.fraud_agent()
        car = ag.carrier
        if s == 0:
            n = min(cap, max(8, int(self.rng.lognormvariate(3.7, .6))))
        elif s == 1:
            n = min(cap, self.rng.randint(4, 25))
        else:
            n = min(cap, self.rng.randint(2, 8))
        day = self.pick_day()
        t = self.at(day, "night" if (s == 0 and rnd() < .7) else ag.prof)
        dev = self.agent_dev(ag) if rnd() < .8 else self.imei("smart_low")
        block = self.alloc_block(car, n + 5) if (s == 0 or rnd() < .4) else None
        n9s = self.n9_block(car, n) if (s == 0 and rnd() < .5) else None
        faces = self.stock_faces(self.rng.randint(2, 6))
        mode = WPick([("stock", 55), ("flower", 25), ("none", 20)]).pick(rnd) if s == 0 else "fakeid"
        farm = self.farm_devices("gateway", s) if rnd() < .3 else None
        caught = .25 if s == 0 else .1
        mix = [("unsold", 45), ("resold", 40), ("scam", 8), ("spam_sms", 7)]
        p = None
        for i in range(n):
            if p is None or rnd() > .2:
                p = self.fake_identity(ag.prov, cmnd=.08 if s == 0 else .02)
            if mode == "stock":
                sel, fm = self.cap(faces[int(rnd() * len(faces))]), self.rng.uniform(.08, .45)
            elif mode == "flower":
                sel, fm = self.rng.getrandbits(64), self.rng.uniform(.01, .2)
            elif mode == "fakeid":
                sel, fm = self.cap(p.face), self.rng.uniform(.74, .93)
            else:
                sel, fm = None, None
            r = rnd()
            if s == 0:
                popdb = "NOT_FOUND" if r < .58 else "MISMATCH" if r < .64 else "UNCHECKED" if r < .9 else ""
            else:
                popdb = "NOT_FOUND" if r < .3 else "MISMATCH" if r < .36 else "UNCHECKED" if r < .8 else ""
            us, fu = self.fraud_use(mix, farm, s)
            if s == 0:
                t += self.rng.randint(20, 95)
            elif s == 1:
                t += self.rng.randint(120, 1200)
            else:
                t = self.at(self.pick_day(), ag.prof)
            ctr = block + i if block is not None else self.box_take(ag)
            self.emit(car, n9s[i] if n9s else self.new_n9(car), p, t, "AGENT", ag, dev, sel, fm, popdb,
                      self.status_fraud(caught), fu, us, "preact_fabricated", 1, 0, ctr)
        return n

    def g_preact_leaked_ids(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        ag = self.fraud_agent()
        car = ag.carrier
        n = min(cap, max(6, int(self.rng.lognormvariate(3.4, .6))) if s == 0 else
                self.rng.randint(3, 18) if s == 1 else self.rng.randint(1, 5))
        src = self.rng.choice(PCODES) if rnd() < .5 else ag.prov
        old = rnd() < .6
        school = rnd() < .06
        day = self.pick_day()
        t = self.at(day, "night" if (s == 0 and rnd() < .55) else ag.prof)
        dev = self.agent_dev(ag)
        block = self.alloc_block(car, n + 5) if s == 0 else None
        faces = self.stock_faces(self.rng.randint(1, 5))
        mode = WPick([("stock", 55), ("replay", 33), ("none", 12)]).pick(rnd) if s == 0 else "deep"
        farm = self.farm_devices("modem", s) if rnd() < .35 else None
        mix = [("unsold", 30), ("resold", 45), ("otp", 12), ("scam", 13)]
        v = None
        for i in range(n):
            if v is None or rnd() < (.55 if s == 0 else .85):
                v = self.victim(src if rnd() < .8 else None, old=old, school=school)
                photo = self.cap(self.cap(self.cap(v.face)))
            if mode == "stock":
                sel, fm = self.cap(faces[int(rnd() * len(faces))]), self.rng.uniform(.1, .48)
            elif mode == "replay":
                sel, fm = self.cap(photo), self.rng.uniform(.55, .84)
            elif mode == "deep":
                sel, fm = self.cap(self.cap(v.face)), self.rng.uniform(.66, .92)
            else:
                sel, fm = None, None
            r = rnd()
            popdb = "MATCH" if r < .82 else "MISMATCH" if r < .9 else "UNCHECKED"
            us, fu = self.fraud_use(mix, farm, s)
            cur = ag
            if s == 0:
                t += self.rng.randint(25, 150)
            elif s == 1:
                t += self.rng.randint(300, 5400)
            else:
                cur = self.fraud_agent(prov=ag.prov if rnd() < .6 else None)
                car, dev = cur.carrier, self.agent_dev(cur)
                t = self.at(self.pick_day(), cur.prof)
            ctr = block + i if block is not None else self.box_take(cur)
            self.emit(car, self.new_n9(car), v, t, "AGENT", cur, dev, sel, fm, popdb,
                      self.status_fraud(.18 if s == 0 else .08), fu, us, "preact_leaked_ids", 1, 1, ctr)
        return n

    def g_agent_own_id(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        ag = self.fraud_agent()
        car = ag.carrier
        owner = self.make_person(loc=ag.prov, age=self.rng.randint(24, 50))
        ids = [owner]
        sur = owner.name.split(" ")[0]
        for _ in range(self.rng.randint(0, 3) if s == 0 else self.rng.randint(4, 10)):
            rel = self.make_person(loc=ag.prov, ppp=owner.ppp, surname=sur if rnd() < .6 else None)
            rel.res = owner.res
            ids.append(rel)
        total = min(cap, max(10, int(self.rng.lognormvariate(4.2, .7))) if s == 0 else
                    self.rng.randint(15, 60))
        dev = self.agent_dev(ag)
        mix = [("resold", 65), ("unsold", 20), ("otp", 8), ("spam_sms", 7)]
        done = 0
        while done < total:
            sess = min(total - done, self.rng.randint(5, 50) if s == 0 else self.rng.randint(1, 4))
            who = ids[0] if (s == 0 and rnd() < .7) else self.rng.choice(ids)
            t = self.at(self.pick_day(), "night" if (s == 0 and rnd() < .4) else ag.prof)
            block = self.alloc_block(car, sess + 2) if s == 0 else None
            reuse = self.cap(owner.face)
            for i in range(sess):
                sel = reuse if rnd() < .5 else self.cap(owner.face if who is owner or s == 0 else who.face)
                fm = self.fm_genuine(who.age) if (who is owner or s) else self.rng.uniform(.2, .5)
                us, fu = self.fraud_use(mix, None, s)
                self.emit(car, self.new_n9(car), who, t, "AGENT", ag, dev, sel, fm,
                          "MATCH" if rnd() < .95 else "UNCHECKED", self.status_fraud(.12), fu, us,
                          "agent_own_id", 1, 1, block + i if block is not None else self.box_take(ag))
                t += self.rng.randint(30, 200)
            done += sess
        return total

    def g_simbox_farm(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        prov = self.prov_pick.pick(rnd)
        farm = self.farm_devices("gateway", s)
        n = min(cap, max(12, int(self.rng.lognormvariate(4.4, .6))))
        agents = [self.fraud_agent(prov=prov if rnd() < .7 else None) for _ in range(self.rng.randint(1, 4 + 4 * s))]
        src = WPick([("bought", 50), ("fake", 30), ("leaked", 20)]).pick(rnd)
        day0 = self.pick_day()
        done = 0
        while done < n:
            ag = self.rng.choice(agents)
            car = ag.carrier
            if src == "fake":
                p = self.fake_identity(ag.prov)
                k = self.rng.randint(1, 3)
                non = 0
            elif src == "bought":
                p = self.make_person(loc=ag.prov, age=self.rng.randint(18, 70))
                k = self.rng.randint(2, 8) if s == 0 else self.rng.randint(1, 3)
                non = 1
            else:
                p = self.victim()
                k = self.rng.randint(1, 4) if s == 0 else 1
                non = 1
            k = min(k, n - done)
            day = min(self.ndays - 1, max(0, day0 + self.rng.randint(-10, 20)))
            t = self.at(day, ag.prof)
            dev = self.agent_dev(ag)
            block = self.alloc_block(car, k + 1)
            for i in range(k):
                if src == "bought":
                    sel, fm = self.cap(p.face), self.fm_genuine(p.age)
                elif src == "fake":
                    sel, fm = (self.rng.getrandbits(64), self.rng.uniform(.05, .5)) if rnd() < .7 else (None, None)
                else:
                    sel, fm = self.cap(self.cap(self.cap(p.face))), self.rng.uniform(.5, .85)
                popdb = ("MATCH" if rnd() < .95 else "UNCHECKED") if src != "fake" else \
                    ("NOT_FOUND" if rnd() < .5 else "UNCHECKED")
                us, fu = self.fraud_use([("simbox", 100)], farm, s)
                self.emit(car, self.new_n9(car), p, t, "AGENT", ag, dev, sel, fm, popdb,
                          self.status_fraud(.3 if s == 0 else .12), fu, us, "simbox_farm", 1, non, block + i)
                t += self.rng.randint(40, 240)
            done += k
        return n

    def ring_devices(self, s):
        if s == 0:
            return [self.imei("smart_low") for _ in range(self.rng.randint(2, 4))]
        if s == 1:
            return [self.imei("smart_low") for _ in range(self.rng.randint(5, 12))]
        return [self.imei(self.rng.choice(("smart_low", "smart_high"))) for _ in range(self.rng.randint(15, 40))]

    def g_otp_farm(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        farm = self.farm_devices("modem", s)
        n = min(cap, max(10, int(self.rng.lognormvariate(4.1, .6))))
        car = self.rng.choice(CARRIER_ORDER[:6]) if rnd() < .5 else self.pick_carrier(self.prov_pick.pick(rnd))
        if rnd() < .55:
            devs = self.ring_devices(s)
            day = self.pick_day()
            done = 0
            while done < n:
                v = self.victim()
                lim = 3 if (s or rnd() < .8) else self.rng.randint(4, 5)   # sometimes beyond Decree 163
                k = min(n - done, self.rng.randint(1, lim))
                dev = self.rng.choice(devs)
                sel0 = self.cap(self.cap(self.cap(v.face)))
                for i in range(k):
                    d = day + (int(rnd() * 12) if s == 0 else self.pick_day() - day)
                    t = self.at(min(self.ndays - 1, d), "ekyc")
                    if s == 0:
                        sel, fm = sel0 if rnd() < .5 else self.cap(sel0), self.rng.uniform(.5, .82)
                    else:
                        sel, fm = self.cap(self.cap(v.face)), self.rng.uniform(.68, .92)
                    us, fu = self.fraud_use([("otp", 100)], farm, s)
                    ctr = None
                    self.emit(car, self.new_n9(car), v, t, "EKYC_APP", None, dev, sel, fm,
                              "MATCH" if rnd() < .93 else "MISMATCH", self.status_fraud(.15), fu, us,
                              "otp_farm", 1, 1, ctr)
                done += k
            return n
        ag = self.fraud_agent(car=car)
        car = ag.carrier
        block = self.alloc_block(car, n + 2)
        t = self.at(self.pick_day(), "night" if s == 0 else ag.prof)
        dev = self.agent_dev(ag)
        for i in range(n):
            p = self.fake_identity(ag.prov)
            us, fu = self.fraud_use([("otp", 90), ("unsold", 10)], farm, s)
            self.emit(car, self.new_n9(car), p, t, "AGENT", ag, dev, None if rnd() < .4 else
                      self.rng.getrandbits(64), None, "NOT_FOUND" if rnd() < .5 else "UNCHECKED",
                      self.status_fraud(.2), fu, us, "otp_farm", 1, 0, block + i)
            t += self.rng.randint(30, 150) if s == 0 else self.rng.randint(600, 7200)
        return n

    def g_id_theft_ekyc(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        devs = self.ring_devices(s)
        n = min(cap, max(5, int(self.rng.lognormvariate(3.9, .6))))
        home = self.prov_pick.pick(rnd)
        day0 = self.pick_day()
        kit_block = None
        done = 0
        mix = [("scam", 50), ("ato", 30), ("otp", 20)]
        while done < n:
            v = self.victim(src_prov=None if s == 0 else (home if rnd() < .5 else None))
            cars = [self.pick_carrier(v.loc)]
            if rnd() < .12:
                cars.append(self.pick_carrier(v.loc))
            replay = self.cap(self.cap(self.cap(v.face)))
            for car in cars:
                k = min(n - done, self.rng.randint(1, 2) if rnd() < .9 else self.rng.randint(3, 5))
                for _ in range(k):
                    if s == 0:
                        d = min(self.ndays - 1, max(0, day0 + self.rng.randint(-5, 5)))
                        sel = replay if rnd() < .5 else self.cap(replay)
                        fm = self.rng.uniform(.5, .82)
                    else:
                        d = self.pick_day()
                        sel = self.cap(self.cap(v.face))
                        fm = self.rng.uniform(.7, .93)
                    t = self.at(d, "ekyc" if (s or rnd() < .6) else "night")
                    ch = "EKYC_APP" if rnd() < .85 else "ONLINE"
                    dev = self.rng.choice(devs)
                    ctr = None
                    if rnd() < .3:
                        if kit_block is None:
                            kit_block = [self.alloc_block(car, 60), 0, car]
                        if kit_block[2] == car and kit_block[1] < 60:
                            ctr = kit_block[0] + kit_block[1]
                            kit_block[1] += 1
                    us, fu = self.fraud_use(mix, devs if rnd() < .5 else None, s)
                    self.emit(car, self.new_n9(car), v, t, ch, None, dev, sel, fm,
                              "MATCH" if rnd() < .95 else "MISMATCH", self.status_fraud(.12), fu, us,
                              "id_theft_ekyc", 1, 1, ctr)
                    done += 1
                    if done >= n:
                        return n
        return n

    def _extra_sims(self, cap, spam):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        ag = self.fraud_agent()
        car = ag.carrier
        p = self.make_person(loc=ag.prov)
        dev = self.agent_dev(ag)
        t = self.sample_time(ag.prof)
        sel0 = self.cap(p.face)
        fm0 = self.fm_genuine(p.age)
        ctr0 = self.box_take(ag)
        self.reg(p, car, "AGENT", "legit_victim_own_sim", ag=ag, dev=dev, t=t, selfie=sel0, fm=fm0,
                 ctr=ctr0)
        k = min(cap - 1, (1 if rnd() < .55 else self.rng.randint(2, 3)) if s == 0 else 1)
        farm = self.farm_devices("modem", s) if spam else None
        pat = "dealer_extra_sims_spam" if spam else "dealer_extra_sims"
        for i in range(k):
            r = rnd()
            if s == 0:
                t2 = t + self.rng.randint(60, 2400) if rnd() < .75 else t + self.rng.randint(3600, 10 * 3600)
                if r < .6:
                    sel, fm = sel0, fm0
                elif r < .8:
                    sel, fm = self.cap(p.face), self.fm_genuine(p.age)
                else:
                    sel, fm = None, None
                ctr = ctr0 + i + 1
            else:
                t2 = t + self.rng.randint(2 * 3600, 4 * 86400)
                if r < .5:
                    sel = sel0
                    for _ in range(self.rng.randint(1, 3)):
                        sel ^= 1 << self.rng.getrandbits(6)
                    fm = min(.99, fm0 + self.rng.uniform(-.02, .02))
                else:
                    sel, fm = self.cap(p.face), self.fm_genuine(p.age)
                ctr = self.box_take(ag)
            if spam:
                us, fu = self.fraud_use([("spam_sms", 35), ("scam", 35), ("otp", 30)], farm, s)
            else:
                us, fu = self.fraud_use([("resold", 85), ("unsold", 15)], None, s)
            st = self.status_fraud(.06)
            if self.sc.get("vneid_lock") and p.vneid and rnd() < .6:
                st = "ONE_WAY_LOCKED"   # owner saw it in VNeID and did not confirm
            self.emit(car, self.new_n9(car), p, t2, "AGENT", ag, dev, sel, fm,
                      "MATCH" if rnd() < .97 else "UNCHECKED", st, fu, us, pat, 1 if spam else 0, 1, ctr)
        return k + 1

    def g_dealer_extra_sims(self, cap):
        if cap < 2:
            return self.g_legit_individual(cap)
        return self._extra_sims(cap, False)

    def g_dealer_extra_sims_spam(self, cap):
        if cap < 2:
            return self.g_legit_individual(cap)
        return self._extra_sims(cap, True)

    def g_rented_identity(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        loc = self.prov_pick.pick(rnd)
        owner = self.make_person(loc=self.rng.choice(PCODES) if rnd() < .7 else loc,
                                 age=self.rng.randint(18, 72))
        if rnd() < .25:
            renter = self.make_foreigner(self.rng.choice(("CN", "CN", "KR", "TW")), loc=loc)
        else:
            renter = self.make_person(loc=loc, age=self.rng.randint(18, 50))
        car = self.pick_carrier(loc)
        k = min(cap, 1 if rnd() < .8 else 2)
        for _ in range(k):
            present = rnd() < (.25 if s == 0 else .55)
            if present:
                sel, fm = self.cap(owner.face), self.fm_genuine(owner.age)
            else:
                sel, fm = self.cap(renter.face), self.rng.uniform(.12, .52)
            ch = "AGENT" if rnd() < .8 else "STORE"
            us = self.usage("renter")
            fu = renter.phone
            ag = self.pick_agent(car, loc, ch)
            self.emit(car, self.new_n9(car), owner, self.sample_time(ag.prof), ch, ag, self.agent_dev(ag),
                      sel, fm, "MATCH" if rnd() < .96 else "UNCHECKED", self.status_legit(owner), fu, us,
                      "rented_identity", 0, 1, self.box_take(ag))
        return k

    def g_bought_identity_bulk(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        ag = self.fraud_agent()
        car = ag.carrier
        grp = self.sc.get("bought_group") or WPick([("elderly", 45), ("student", 30), ("worker", 25)]).pick(rnd)
        ages = {"elderly": (60, 88), "student": (18, 22), "worker": (19, 32)}[grp]
        npers = self.rng.randint(6, 45) if s == 0 else self.rng.randint(3, 12)
        farm = self.farm_devices("modem", s)
        day = self.pick_day()
        t = self.at(day, ag.prof)
        dev = self.agent_dev(ag)
        block = self.alloc_block(car, 400) if s == 0 else None
        off = 0
        done = 0
        mix = [("otp", 40), ("spam_sms", 15), ("scam", 20), ("unsold", 25)]
        for _ in range(npers):
            if done >= cap:
                break
            p = self.make_person(loc=ag.prov, age=self.rng.randint(*ages))
            k = min(cap - done, self.rng.randint(2, 5) if s == 0 else self.rng.randint(1, 2))
            sel0 = self.cap(p.face)
            fm0 = self.fm_genuine(p.age)
            cur = ag
            if s >= 1:
                cur = self.fraud_agent(prov=ag.prov) if rnd() < .6 else ag
                t = self.at(min(self.ndays - 1, day + self.rng.randint(0, 20)), cur.prof)
            for _ in range(k):
                sel, fm = (sel0, fm0) if rnd() < .5 else (self.cap(p.face), self.fm_genuine(p.age))
                us, fu = self.fraud_use(mix, farm, s)
                ctr = block + off if block is not None and off < 400 else self.box_take(cur)
                off += 1
                self.emit(cur.carrier, self.new_n9(cur.carrier), p, t, "AGENT", cur, self.agent_dev(cur) if s else dev,
                          sel, fm, "MATCH" if rnd() < .97 else "UNCHECKED", self.status_fraud(.1), fu, us,
                          "bought_identity_bulk", 1, 1, ctr)
                t += self.rng.randint(45, 200)
                done += 1
            t += self.rng.randint(60, 900)
        return max(done, 0) or self.g_legit_individual(cap)

    def g_leaked_id_multi_point(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        runner_face = self.rng.getrandbits(64)
        home = self.prov_pick.pick(rnd)
        provs = [home] + [self.near_prov(home) for _ in range(self.rng.randint(1, 4))]
        done = 0
        n = min(cap, self.rng.randint(4, 30))
        day0 = self.pick_day()
        while done < n:
            v = self.victim(old=rnd() < .4)
            pts = min(n - done, self.rng.randint(3, 8) if s == 0 else self.rng.randint(2, 4))
            for _ in range(pts):
                prov = self.rng.choice(provs)
                car = self.pick_carrier(prov)
                ag = self.pick_agent(car, prov, "AGENT")
                d = min(self.ndays - 1, max(0, day0 + self.rng.randint(0, 7 if s == 0 else 25)))
                if s == 0 or rnd() < .5:
                    sel, fm = self.cap(runner_face), self.rng.uniform(.12, .48)
                else:
                    sel, fm = self.cap(self.cap(self.cap(v.face))), self.rng.uniform(.55, .85)
                us, fu = self.fraud_use([("resold", 40), ("scam", 35), ("otp", 25)], None, s)
                self.emit(car, self.new_n9(car), v, self.at(d, ag.prof), "AGENT", ag, self.agent_dev(ag),
                          sel, fm, "MATCH" if rnd() < .93 else "MISMATCH", self.status_fraud(.1), fu, us,
                          "leaked_id_multi_point", 1, 1, self.box_take(ag))
                done += 1
        return n

    def g_foreign_passport_farm(self, cap):
        s = self.sc.get("stealth", 0)
        rnd = self.rnd
        border = [c for c in ("010", "002", "020", "004", "022", "072", "089", "091", "079", "075")
                  if self.pshare[c] > 0]
        prov = self.rng.choice(border) if border else self.prov_pick.pick(rnd)
        ag = self.fraud_agent(prov=prov)
        car = ag.carrier
        n = min(cap, max(8, int(self.rng.lognormvariate(3.5, .6))) if s == 0 else self.rng.randint(3, 15))
        farm = self.farm_devices("gateway", s)
        faces = self.stock_faces(self.rng.randint(2, 5))
        block = self.alloc_block(car, n + 2)
        t = self.at(self.pick_day(), "night" if (s == 0 and rnd() < .6) else ag.prof)
        dev = self.agent_dev(ag)
        natw = WPick([("CN", 70), ("KH", 10), ("LA", 8), ("KR", 7), ("TW", 5)])
        for i in range(n):
            nat = natw.pick(rnd)
            p = self.make_foreigner(nat, age=self.rng.randint(20, 60), loc=prov)
            p.kind = "fakepp"
            if s == 0 and rnd() < .7:
                sel, fm = self.cap(faces[int(rnd() * len(faces))]), self.rng.uniform(.08, .45)
            elif s == 0 and rnd() < .5:
                sel, fm = None, None
            else:
                sel, fm = self.cap(p.face), self.rng.uniform(.7, .9)
            us, fu = self.fraud_use([("scam", 45), ("otp", 30), ("unsold", 25)], farm, s)
            self.emit(car, self.new_n9(car), p, t, "AGENT", ag, dev, sel, fm,
                      "UNCHECKED" if rnd() < .65 else "", self.status_fraud(.2), fu, us,
                      "foreign_passport_farm", 1, 0, block + i)
            t += self.rng.randint(40, 300) if s == 0 else self.rng.randint(1800, 30000)
        return n

    def g_shell_org_bulk(self, cap):
        s = self.sc.get("stealth", 0)
        org = self.make_org()
        n = min(cap, max(20, int(self.rng.lognormvariate(4.5, .6))) if s == 0 else self.rng.randint(10, 40))
        farm = self.farm_devices("modem", s)
        car = self.rng.choice(BIG3) if self.rnd() < .7 else self.pick_carrier(org[2])
        ag = self.fraud_agent(prov=org[2], car=car)
        rows = 0
        block = self.alloc_block(ag.carrier, n + 2)
        n9s = self.n9_block(ag.carrier, n) if self.rnd() < .6 else [self.new_n9(ag.carrier) for _ in range(n)]
        t = self.at(self.pick_day(), ag.prof)
        dev = self.agent_dev(ag)
        for i in range(n):
            us, fu = self.fraud_use([("spam_sms", 50), ("scam", 30), ("unsold", 20)], farm, s)
            self.emit(ag.carrier, n9s[i], None, t, "AGENT", ag, dev, None, None,
                      "UNCHECKED" if self.rnd() < .5 else "", self.status_fraud(.2), fu, us,
                      "shell_org_bulk", 1, 0, block + i, org=org)
            t += self.rng.randint(20, 120) if s == 0 else self.rng.randint(600, 20000)
            rows += 1
        return rows

    # =================================================================
    # Driver
    # =================================================================
    def budgets(self, mix):
        out = []
        for pat, share in mix.items():
            x = share * self.N
            b = int(x)
            if self.rnd() < x - b:
                b += 1
            if b > 0:
                out.append((pat, b))
        return out

    def run_mix(self, plan):
        filler = self.g_legit_individual
        for pat, b in plan:
            gen = getattr(self, "g_" + pat)
            made = 0
            while made < b:
                k = gen(b - made)
                if k <= 0:
                    k = filler(1)
                made += k

    def generate(self):
        sc = self.sc
        lplan = self.budgets(sc["legit"])
        fplan = self.budgets(sc["fraud"])
        special = sum(b for _, b in lplan) + sum(b for _, b in fplan)
        if special > self.N * 0.9:
            f = self.N * 0.9 / special
            lplan = [(p, int(b * f)) for p, b in lplan]
            fplan = [(p, int(b * f)) for p, b in fplan]
            special = sum(b for _, b in lplan) + sum(b for _, b in fplan)
        nfill = self.N - special
        # legit first (some of these people later become identity-theft victims)
        half = nfill // 2
        self.run_mix(lplan)
        made = 0
        while made < half:
            made += self.g_legit_individual(1)
        self.run_mix(fplan)
        while len(self.lines) < self.N:
            self.g_legit_individual(1)
        self.finalize_central()
        self.dirt()

    def finalize_central(self):
        """eSIM / home-delivered SIMs come from a central stock, issued in order of time."""
        for car in CARRIER_ORDER:
            lst = self.deferred[car]
            if not lst:
                continue
            lst.sort()
            base = self.alloc_block(car, int(len(lst) * 1.1) + 10)
            off = 0
            for t, i in lst:
                off += 1 if self.rnd() < .93 else self.rng.randint(2, 5)
                ln = self.lines[i]
                ln = ln.replace("\x00C", self.iccid_str(car, base + off), 1)
                ln = ln.replace("\x00M", self.imsi_str(car, base + off), 1)
                self.lines[i] = ln

    def dirt(self):
        """sparse realistic dirt: some rows break the contract, some are odd but valid."""
        import csv
        n = len(self.lines)
        rate = self.sc.get("dirt", .0015)
        nbad = int(n * rate + self.rnd())
        nodd = int(n * rate * 2 + self.rnd())
        rng = self.rng
        for j in range(nbad + nodd):
            i = rng.randrange(n)
            f = next(csv.reader([self.lines[i]]))
            if len(f) != len(HEADER):
                continue
            bad = j < nbad
            if bad:
                kind = rng.randrange(11)
                if kind == 0 and f[COL["date_of_birth"]]:
                    y, m, d = f[COL["date_of_birth"]].split("-")
                    f[COL["date_of_birth"]] = rng.choice(["%s-02-30" % y, "%s/%s/%s" % (d, m, y), "%s-%s" % (y, m)])
                elif kind == 1:
                    f[COL["registered_at"]] = f[COL["registered_at"]][:19].replace("T", " ")
                elif kind == 2 and f[COL["face_match"]]:
                    f[COL["face_match"]] = rng.choice(["1.35", f[COL["face_match"]].replace(".", ","), "87"])
                elif kind == 3 and f[COL["device_imei"]]:
                    v = f[COL["device_imei"]]
                    f[COL["device_imei"]] = v[:-1] + str((int(v[-1]) + 1) % 10)
                elif kind == 4 and f[COL["id_type"]] == "CCCD":
                    v = f[COL["id_number"]]
                    f[COL["id_number"]] = rng.choice([v[:3] + " " + v[3:6] + " " + v[6:], v[:-1], v.replace("0", "O", 1)])
                elif kind == 5 and f[COL["gender"]]:
                    f[COL["gender"]] = "Nam" if f[COL["gender"]] == "M" else "Nữ"
                elif kind == 6 and f[COL["channel"]]:
                    f[COL["channel"]] = rng.choice(["DAILY", "SHOP", "APP"])
                elif kind == 7 and f[COL["active_days_30d"]]:
                    f[COL[rng.choice(HEADER[21:])]] = rng.choice(["-1", "12.5", "n/a"])
                elif kind == 8 and f[COL["iccid"]]:
                    f[COL["iccid"]] = f[COL["iccid"]][:-2]
                elif kind == 9 and f[COL["imsi"]]:
                    f[COL["imsi"]] = "454" + f[COL["imsi"]][3:]
                elif kind == 10 and f[COL["id_type"]] != "ORG":
                    f[COL["date_of_birth"]] = ""
                else:
                    continue
            else:
                kind = rng.randrange(4)
                if kind == 0:
                    f[0] = rng.choice([f[0].lower(), f[0].title()])
                elif kind == 1 and f[COL["full_name"]]:
                    f[COL["full_name"]] = rng.choice([" " + f[COL["full_name"]], f[COL["full_name"]] + " ",
                                                      f[COL["full_name"]].replace(" ", "  ", 1)])
                elif kind == 2:
                    f[COL["popdb_check"]] = f[COL["popdb_check"]].lower()
                elif kind == 3 and f[COL["status"]]:
                    f[COL["status"]] = f[COL["status"]].lower()
            self.lines[i] = ",".join(csvq(x) for x in f)

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        n = len(self.lines)
        tsa = self.tsa
        order = sorted(range(n), key=tsa.__getitem__)
        lines = self.lines
        with open(os.path.join(out, "batch.csv"), "w", encoding="utf-8", newline="") as fh:
            if self.sc.get("bom"):
                fh.write("\ufeff")
            fh.write(",".join(HEADER) + "\r\n")
            buf = []
            for i in order:
                buf.append(lines[i])
                if len(buf) >= 20000:
                    fh.write("\r\n".join(buf) + "\r\n")
                    buf = []
            if buf:
                fh.write("\r\n".join(buf) + "\r\n")
        cur = {}
        seq = []
        for i in order:
            key = (self.l_car[i], self.l_n9[i])
            if key not in cur:
                seq.append(key)
            cur[key] = i        # rows are in time order: the last one is the current state
        with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
            fh.write("carrier,msisdn,junk,non_owner,pattern\r\n")
            buf = []
            for key in seq:
                i = cur[key]
                fl = self.l_flag[i]
                buf.append("%s,84%d,%d,%d,%s" % (CARRIER_ORDER[key[0]], key[1], fl & 1, (fl >> 1) & 1,
                                                  self.pat_names[self.l_pat[i]]))
            fh.write("\r\n".join(buf) + "\r\n")


# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------
BASE_LEGIT = {
    "legit_multi_sim": .045, "legit_family_shared_device": .04, "legit_parent_multi_sim": .02,
    "legit_busy_shop": .035, "legit_factory_onboarding": .012, "legit_campus_promo": .008,
    "legit_org_fleet": .012, "legit_call_center": .003, "legit_iot_fleet": .015, "legit_elderly": .03,
    "legit_tourist": .008, "legit_foreign_resident": .003, "legit_doc_update": .008,
    "legit_ownership_transfer": .004, "legit_recycled_number": .005, "legit_clerical_typo": .007,
    "legit_twins": .001, "legit_shop_ekyc_helper": .012, "legit_small_business": .008,
    "legit_data_sim": .02, "legit_backup_sim": .012, "legit_overseas_vietnamese": .0015,
}
BASE_FRAUD = {
    "preact_fabricated": .011, "preact_leaked_ids": .008, "agent_own_id": .004, "simbox_farm": .006,
    "otp_farm": .005, "id_theft_ekyc": .005, "dealer_extra_sims": .006, "dealer_extra_sims_spam": .002,
    "rented_identity": .003, "bought_identity_bulk": .005, "leaked_id_multi_point": .0015,
    "foreign_passport_farm": .001, "shell_org_bulk": .002,
}
BASE_CH = {"STORE": .17, "AGENT": .50, "EKYC_APP": .28, "ONLINE": .05}


def scen(desc, start, days, export_after=20, legit_mul=None, fraud=None, fraud_mul=None, legit_set=None,
         **kw):
    legit = dict(BASE_LEGIT)
    for k, v in (legit_mul or {}).items():
        legit[k] = legit.get(k, 0) * v
    legit.update(legit_set or {})
    fr = dict(fraud if fraud is not None else BASE_FRAUD)
    for k, v in (fraud_mul or {}).items():
        fr[k] = fr.get(k, 0) * v
    d = dict(desc=desc, start=start, days=days, export_after=export_after, legit=legit, fraud=fr,
             channels=kw.pop("channels", BASE_CH))
    d.update(kw)
    return d


SCENARIOS = {
    "national_default": scen("all 63 provinces, all carriers, typical 2025 mix", (2025, 9, 15), 120),
    "rural_northwest": scen(
        "northern mountain provinces: ethnic names, Viettel-heavy, dealers, elderly ID harvesting, border farms",
        (2025, 5, 20), 150, 25,
        prov={"002": .9, "010": .77, "011": .63, "012": .48, "014": 1.29, "015": .84, "004": .54,
              "006": .32, "008": .8, "020": .8, "017": .5},
        carriers={"VIETTEL": .70, "VINAPHONE": .16, "MOBIFONE": .1, "VIETNAMOBILE": .02, "ITEL": .01,
                  "GMOBILE": .005, "LOCAL": .005},
        channels={"STORE": .16, "AGENT": .68, "EKYC_APP": .14, "ONLINE": .02},
        legit_mul={"legit_tourist": .4, "legit_factory_onboarding": .15, "legit_campus_promo": .2,
                   "legit_iot_fleet": .3, "legit_shop_ekyc_helper": 3.2, "legit_elderly": 1.7,
                   "legit_family_shared_device": 1.4, "legit_org_fleet": .5, "legit_call_center": 0,
                   "legit_foreign_resident": .2, "legit_overseas_vietnamese": 0, "legit_data_sim": .5},
        fraud_mul={"bought_identity_bulk": 2.6, "foreign_passport_farm": 4, "simbox_farm": .35,
                   "id_theft_ekyc": .4, "shell_org_bulk": .2, "otp_farm": .5, "preact_fabricated": 1.1,
                   "agent_own_id": 1.3, "dealer_extra_sims": 1.3},
        popdb_scale=.93, fm_shift=.04, selfie_agent=.72, cmnd_ok=.07, bought_group="elderly"),
    "hcmc_metro": scen(
        "Ho Chi Minh City and its industrial ring across Tet 2026: migrants, eKYC, farms and theft rings",
        (2025, 12, 10), 100, 15,
        prov={"079": .78, "074": .12, "075": .06, "080": .04},
        carriers={"VIETTEL": .46, "VINAPHONE": .19, "MOBIFONE": .26, "VIETNAMOBILE": .04, "ITEL": .015,
                  "GMOBILE": .005, "WINTEL": .01, "ASIM": .005, "DIGILIFE": .005, "LOCAL": .01},
        channels={"STORE": .16, "AGENT": .38, "EKYC_APP": .38, "ONLINE": .08},
        legit_mul={"legit_busy_shop": 1.5, "legit_factory_onboarding": 2, "legit_tourist": 2,
                   "legit_foreign_resident": 2.5, "legit_call_center": 2, "legit_org_fleet": 1.6,
                   "legit_iot_fleet": 1.6, "legit_data_sim": 1.5, "legit_elderly": .6,
                   "legit_shop_ekyc_helper": .4},
        fraud_mul={"simbox_farm": 1.5, "otp_farm": 1.6, "id_theft_ekyc": 1.8, "rented_identity": 2,
                   "shell_org_bulk": 2, "preact_fabricated": .7, "bought_identity_bulk": .8},
        bought_group="worker", mnp=.02),
    "danang_lowfraud": scen(
        "Da Nang / Quang Nam / Hue: tourism-heavy, carriers clean, very little fraud",
        (2025, 3, 1), 90, 30,
        prov={"048": .6, "049": .25, "046": .15},
        legit_mul={"legit_tourist": 4, "legit_elderly": 1.2, "legit_shop_ekyc_helper": .6},
        fraud_mul={k: .11 for k in BASE_FRAUD}, dirt=.001),
    "mvno_digital": scen(
        "MVNO- and minor-network-heavy, app/online dominated, data SIMs; one MVNO exports UTC timestamps",
        (2025, 7, 1), 120, 20,
        carriers={"VIETTEL": .18, "VINAPHONE": .11, "MOBIFONE": .11, "VIETNAMOBILE": .14, "ITEL": .13,
                  "REDDI": .05, "WINTEL": .08, "ASIM": .05, "DIGILIFE": .05, "LOCAL": .07, "GMOBILE": .03},
        channels={"STORE": .04, "AGENT": .16, "EKYC_APP": .42, "ONLINE": .38},
        legit_mul={"legit_data_sim": 6, "legit_backup_sim": 2.5, "legit_multi_sim": 1.5,
                   "legit_shop_ekyc_helper": .3, "legit_busy_shop": .4, "legit_factory_onboarding": .3,
                   "legit_elderly": .4, "legit_iot_fleet": .5},
        fraud_mul={"otp_farm": 2.4, "id_theft_ekyc": 2, "preact_fabricated": .5, "agent_own_id": .4,
                   "bought_identity_bulk": .5, "simbox_farm": .6, "dealer_extra_sims": .5,
                   "dealer_extra_sims_spam": .5},
        utc_ok=True, popdb_scale=.97, bom=True),
    "north_industrial": scen(
        "Bac Ninh / Bac Giang / Thai Nguyen electronics belt after Tet 2025: factory hiring waves, Korean staff",
        (2025, 2, 3), 120, 20,
        prov={"027": .42, "024": .3, "019": .15, "026": .08, "001": .05},
        legit_mul={"legit_factory_onboarding": 4, "legit_foreign_resident": 4, "legit_busy_shop": 1.5,
                   "legit_campus_promo": .5, "legit_tourist": .2},
        fraud_mul={"bought_identity_bulk": 2.4, "rented_identity": 2, "simbox_farm": 1.2,
                   "dealer_extra_sims": 1.3, "foreign_passport_farm": .5},
        bought_group="worker"),
    "stealth_spread_dealers": scen(
        "stealth: junk/non-owner SIMs trickled through many dealers over months, 1-2 SIMs per document, "
        "realistic faces, random stock, human-like usage",
        (2025, 10, 1), 150, 20,
        fraud={"preact_leaked_ids": .012, "preact_fabricated": .004, "dealer_extra_sims": .011,
               "dealer_extra_sims_spam": .003, "bought_identity_bulk": .008, "agent_own_id": .004,
               "rented_identity": .005, "simbox_farm": .004, "otp_farm": .004, "leaked_id_multi_point": .003},
        stealth=2),
    "stealth_ekyc_deepfake": scen(
        "stealth: eKYC/online identity theft with deep-faked selfies, many burner phones, local victims",
        (2026, 1, 5), 120, 20,
        channels={"STORE": .13, "AGENT": .37, "EKYC_APP": .40, "ONLINE": .10},
        fraud={"id_theft_ekyc": .02, "otp_farm": .008, "dealer_extra_sims": .005, "rented_identity": .006,
               "leaked_id_multi_point": .003, "preact_leaked_ids": .004, "simbox_farm": .003},
        stealth=2),
    "post_c08_2026": scen(
        "after Circular 08/2026: face authentication everywhere, VNeID non-confirmation locks; fraud moves "
        "to bought identities and better fakes",
        (2026, 4, 15), 90, 25,
        fraud_mul={"bought_identity_bulk": 2, "preact_fabricated": .35, "preact_leaked_ids": .7,
                   "foreign_passport_farm": .5, "shell_org_bulk": .6},
        legit_mul={"legit_doc_update": 1.8},
        c08=True, vneid_lock=True, stealth=1, popdb_scale=1.01),
}


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
    if a.rows < 1:
        ap.error("--rows must be >= 1")
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    w = World(a.rows, a.seed, a.scenario)
    w.generate()
    w.write(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
