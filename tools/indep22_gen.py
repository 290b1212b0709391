#!/usr/bin/env python3
"""indep22_gen -- independent synthetic generator of Vietnamese SIM-registration batches.

Agent-based view of a carrier fraud-analytics team: people with life events, a
retail network (carrier stores, franchise/street dealers, campus and airport
booths, enterprise desks, app and web self-service), organisations (enterprises,
IoT/M2M fleets, schools) and foreigners, plus adaptive fraud actors (pre-activation
dealers, SIM-box / spam / OTP farms, identity-theft rings, insiders adding extra
SIMs to walk-in customers' documents, recruiters buying documents, eKYC "helpers").

  python3 tools/indep22_gen.py --rows N --seed S --scenario NAME --out DIR
  python3 tools/indep22_gen.py --list-scenarios

Writes DIR/batch.csv (registration batch contract) and DIR/labels.csv
(carrier,msisdn,junk,non_owner,pattern; one row per subscription, msisdn
normalised to 84 + 9 digits, label of the subscription's latest row).  Standard
library only; deterministic: every random stream derives from the string
"indep22|<rows>|<seed>|<scenario>".

Labels.  JUNK only: fabricated identities (preact_fabricated_id, simbox/sms farms
fed with invented documents).  JUNK + NON_OWNER: SIMs registered for resale or for
farms / scams on real people's documents (preact_leaked_identity, agent_own_id_mass,
walkin_extra_sims, bought_documents_mass, otp_sim_farm, identity_theft_ring,
ekyc_helper_harvest, restandardised_junk, nice_number_stockpile, most farm SIMs).
NON_OWNER only: a genuine end user on somebody else's document
(rented_id_personal_use, secondhand_sold_on).  Family SIMs registered in a parent's
name are treated as legitimate (legit_family_parent_name).
"""
import argparse
import bisect
import csv
import os
import random
import sys
import unicodedata
from datetime import date, timedelta

COLUMNS = [
    "carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type", "id_number",
    "full_name", "date_of_birth", "gender", "nationality", "province", "registered_at",
    "channel", "agent_id", "device_imei", "selfie_hash", "face_match", "popdb_check",
    "status", "first_use_imei", "active_days_30d", "out_calls_30d", "in_calls_30d",
    "out_sms_30d", "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d",
]

# ---------------------------------------------------------------- provinces
# code, population (millions, approx.), region
PROV = [
    ("001", 8.4, "RRD"), ("002", 0.9, "NM"), ("004", 0.55, "NM"), ("006", 0.32, "NM"),
    ("008", 0.8, "NM"), ("010", 0.75, "NM"), ("011", 0.63, "NM"), ("012", 0.48, "NM"),
    ("014", 1.3, "NM"), ("015", 0.84, "NM"), ("017", 0.87, "NM"), ("019", 1.33, "NM"),
    ("020", 0.8, "NM"), ("022", 1.35, "RRD"), ("024", 1.9, "NM"), ("025", 1.5, "NM"),
    ("026", 1.2, "RRD"), ("027", 1.5, "RRD"), ("030", 1.95, "RRD"), ("031", 2.1, "RRD"),
    ("033", 1.3, "RRD"), ("034", 1.9, "RRD"), ("035", 0.88, "RRD"), ("036", 1.88, "RRD"),
    ("037", 1.0, "RRD"), ("038", 3.7, "NCC"), ("040", 3.4, "NCC"), ("042", 1.3, "NCC"),
    ("044", 0.9, "NCC"), ("045", 0.65, "NCC"), ("046", 1.15, "NCC"), ("048", 1.25, "SCC"),
    ("049", 1.5, "SCC"), ("051", 1.25, "SCC"), ("052", 1.5, "SCC"), ("054", 0.88, "SCC"),
    ("056", 1.25, "SCC"), ("058", 0.6, "SCC"), ("060", 1.25, "SCC"), ("062", 0.58, "CH"),
    ("064", 1.6, "CH"), ("066", 1.9, "CH"), ("067", 0.67, "CH"), ("068", 1.33, "CH"),
    ("070", 1.03, "SE"), ("072", 1.19, "SE"), ("074", 2.8, "SE"), ("075", 3.3, "SE"),
    ("077", 1.18, "SE"), ("079", 9.4, "SE"), ("080", 1.7, "MD"), ("082", 1.8, "MD"),
    ("083", 1.3, "MD"), ("084", 1.0, "MD"), ("086", 1.0, "MD"), ("087", 1.6, "MD"),
    ("089", 1.9, "MD"), ("091", 1.75, "MD"), ("092", 1.25, "MD"), ("093", 0.73, "MD"),
    ("094", 1.2, "MD"), ("095", 0.92, "MD"), ("096", 1.2, "MD"),
]
PROV_CODES = [p[0] for p in PROV]
PROV_POP = {p[0]: p[1] for p in PROV}
PROV_REGION = {p[0]: p[2] for p in PROV}
METROS = {"001", "079", "048", "031", "092"}
INDUSTRIAL = {"074", "075", "027", "024", "026", "031", "030", "080", "022", "033"}
MIGRANT_DEST = {"079": 0.45, "074": 0.38, "075": 0.5, "001": 0.6, "027": 0.55, "024": 0.7,
                "048": 0.65, "031": 0.75, "026": 0.7, "080": 0.7, "077": 0.6}
POOR_PROV = ["002", "004", "006", "011", "012", "014", "010", "062", "094", "084", "093",
             "095", "096", "045", "044", "040", "038"]
BORDER_PROV = {"020": 3.0, "010": 2.2, "022": 2.6, "004": 1.2, "002": 1.0, "089": 2.4,
               "072": 2.0, "091": 1.6, "011": 0.6, "040": 0.8}
AIRPORT_PROV = {"001": 1.0, "079": 1.3, "048": 0.6, "056": 0.45, "091": 0.35, "031": 0.1,
                "046": 0.08, "068": 0.05}
KHMER_PROV = {"084", "094", "091", "089", "095"}

# legacy 9-digit CMND issuing-police prefixes (approximate; 27x overlap BR-VT / Dong Nai)
CMND_PFX = {
    "001": "01", "079": "02", "031": "03", "011": "04", "012": "04", "014": "05",
    "010": "06", "015": "06", "002": "07", "008": "07", "020": "08", "004": "08",
    "019": "09", "006": "09", "022": "10", "017": "11", "024": "12", "027": "12",
    "025": "13", "026": "13", "030": "14", "033": "14", "034": "15", "035": "16",
    "036": "16", "037": "16", "038": "17", "040": "18", "042": "18", "044": "19",
    "045": "19", "046": "19", "048": "20", "049": "20", "051": "21", "052": "21",
    "054": "22", "056": "22", "062": "23", "064": "23", "066": "24", "067": "24",
    "068": "25", "058": "26", "060": "26", "075": "27", "077": "27", "074": "280",
    "070": "285", "072": "29", "080": "30", "082": "31", "083": "32", "084": "33",
    "086": "33", "087": "34", "089": "35", "092": "36", "093": "36", "094": "36",
    "091": "37", "095": "38", "096": "38",
}

# ---------------------------------------------------------------- carriers
# share, MNC, ICCID issuer digits, ICCID length, msisdn prefixes (2 digits of the
# national number with weights), export style
CARRIERS = [
    ("VIETTEL", 0.525, "04", "04", 20,
     [("96", 2), ("97", 2), ("98", 2), ("86", 4), ("32", 5), ("33", 5), ("34", 5),
      ("35", 5), ("36", 5), ("37", 5), ("38", 5), ("39", 5)]),
    ("VINAPHONE", 0.215, "02", "02", 19,
     [("88", 4), ("91", 2), ("94", 3), ("81", 4), ("82", 4), ("83", 4), ("84", 4), ("85", 4)]),
    ("MOBIFONE", 0.195, "01", "01", 19,
     [("89", 4), ("90", 2), ("93", 3), ("70", 4), ("76", 4), ("77", 4), ("78", 4), ("79", 4)]),
    ("VIETNAMOBILE", 0.028, "05", "05", 19, [("92", 3), ("52", 3), ("56", 4), ("58", 4)]),
    ("GMOBILE", 0.005, "07", "07", 19,
     [("993", 1), ("994", 1), ("995", 1), ("996", 1), ("997", 1), ("59", 6)]),
    ("ITEL", 0.013, "08", "08", 19, [("87", 1)]),
    ("REDDI", 0.002, "09", "09", 19, [("55", 1)]),
    ("WINTEL", 0.005, "09", "09", 19, [("55", 1)]),
    ("ASIM", 0.004, "01", "01", 19, [("89", 1), ("79", 1)]),
    ("DIGILIFE", 0.003, "02", "02", 19, [("88", 1), ("82", 1)]),
    ("LOCAL", 0.005, "01", "01", 19, [("89", 1), ("77", 1)]),
]
CAR_NAMES = [c[0] for c in CARRIERS]
CAR_IDX = {c: i for i, c in enumerate(CAR_NAMES)}
MVNO = {"ITEL", "REDDI", "WINTEL", "ASIM", "DIGILIFE", "LOCAL"}

# export style per carrier: msisdn form, name-form weights (keep, upper, ascii_upper,
# ascii), usage exported?, selfie share, face_match decimals, imsi share, time style
EXPORT = {
    "VIETTEL":      ("84", (0.55, 0.33, 0.08, 0.04), True, 0.995, 3, 1.0, "local"),
    "VINAPHONE":    ("0", (0.80, 0.10, 0.05, 0.05), True, 0.96, 2, 1.0, "local"),
    "MOBIFONE":     ("+84", (0.68, 0.22, 0.05, 0.05), True, 0.98, 4, 0.97, "local"),
    "VIETNAMOBILE": ("0", (0.30, 0.10, 0.50, 0.10), False, 0.82, 2, 0.95, "local"),
    "GMOBILE":      ("84", (0.40, 0.20, 0.30, 0.10), False, 0.75, 2, 0.9, "utc"),
    "ITEL":         ("0", (0.60, 0.10, 0.20, 0.10), True, 0.9, 3, 0.85, "local"),
    "REDDI":        ("0", (0.50, 0.20, 0.20, 0.10), False, 0.8, 2, 0.9, "local"),
    "WINTEL":       ("0", (0.50, 0.20, 0.20, 0.10), True, 0.85, 2, 0.9, "local"),
    "ASIM":         ("84", (0.50, 0.20, 0.20, 0.10), False, 0.7, 3, 0.6, "millis"),
    "DIGILIFE":     ("0", (0.50, 0.20, 0.20, 0.10), False, 0.75, 2, 0.6, "local"),
    "LOCAL":        ("+84", (0.50, 0.20, 0.20, 0.10), False, 0.7, 2, 0.6, "local"),
}

# ---------------------------------------------------------------- device TACs (8 digits)
TAC_SMART = ["35391110", "35328811", "35407115", "35688209", "35273710", "35396705",
             "35290611", "35456811", "35925406", "35164310", "35837509", "35260311",
             "86277505", "86798204", "86106005", "86886806", "86891104", "86453805",
             "86012506", "86771903", "86583206", "86942705", "86317104", "86719605",
             "86087506", "35226311", "86504107", "35980711", "86233906", "35716312"]
TAC_SMART_W = [5, 4, 4, 3, 3, 2, 5, 5, 4, 4, 3, 3, 5, 4, 4, 3, 5, 4, 3, 3, 4, 3, 3, 3,
               2, 1, 2, 2, 2, 2]
TAC_CHEAP = ["86504107", "86233906", "86087506", "86719605", "35980711"]
TAC_FEATURE = ["35685304", "35492109", "86937703", "35120611", "86009304", "35838806"]
TAC_TABLET = ["35255711", "35873909", "35210512", "86425006"]
TAC_ROUTER = ["86672104", "86215405", "86043503", "35867110", "86129406"]
TAC_IOT = ["86675004", "86107306", "86995503", "86448107", "86289606"]
TAC_GATEWAY = ["86291905", "86775103", "86033106", "35209806"]
TAC_MODEM = ["86214705", "86780402", "86522803"]

# ---------------------------------------------------------------- names
SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 3),
            ("Huỳnh", 2.5), ("Phan", 4.5), ("Vũ", 2.5), ("Võ", 1.6), ("Đặng", 2.1),
            ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5),
            ("Đinh", 0.6), ("Trịnh", 0.5), ("Đoàn", 0.5), ("Lâm", 0.4), ("Mai", 0.4),
            ("Cao", 0.3), ("Lương", 0.3), ("Tạ", 0.2), ("Hà", 0.3), ("Tô", 0.2),
            ("Chu", 0.2), ("Thái", 0.2), ("Châu", 0.2), ("Quách", 0.1), ("Kiều", 0.1),
            ("Lưu", 0.2), ("Vương", 0.1), ("Triệu", 0.1), ("Hứa", 0.1), ("Văn", 0.1)]
SURNAMES_NM = [("Nông", 3), ("Lò", 2), ("Hà", 2), ("Sùng", 2), ("Giàng", 2), ("Vàng", 2),
               ("Thào", 2), ("Lường", 1), ("Hoàng", 3), ("Triệu", 1), ("Ma", 1), ("Lục", 1)]
SURNAMES_KH = [("Thạch", 3), ("Sơn", 2), ("Danh", 2), ("Kim", 1), ("Lâm", 1), ("Châu", 1)]
MID_M = [("Văn", 30), ("Đức", 8), ("Minh", 8), ("Quang", 6), ("Hữu", 5), ("Công", 4),
         ("Thành", 4), ("Xuân", 3), ("Ngọc", 3), ("Hoàng", 3), ("Tuấn", 2), ("Anh", 3),
         ("Gia", 3), ("Đình", 4), ("Trọng", 3), ("Thanh", 3), ("Quốc", 4), ("Bảo", 3),
         ("Duy", 3), ("Tiến", 2), ("Mạnh", 2), ("Hải", 2), ("Trung", 2), ("Nhật", 2)]
MID_F = [("Thị", 40), ("Ngọc", 8), ("Thu", 5), ("Thanh", 5), ("Hồng", 4), ("Minh", 3),
         ("Kim", 4), ("Mỹ", 3), ("Phương", 3), ("Thùy", 3), ("Bảo", 3), ("Khánh", 2),
         ("Hoài", 2), ("Diệu", 2), ("Tuyết", 1), ("Quỳnh", 2), ("Bích", 2), ("Cẩm", 1),
         ("Gia", 2), ("Hải", 1)]
GIVEN_M = ("An Anh Bảo Bình Cường Chiến Công Dũng Duy Dương Đạt Đức Đông Giang Hải Hào "
           "Hiếu Hiệp Hoàng Hòa Huy Hùng Hưng Khang Khánh Khoa Kiên Lâm Long Lộc Luân "
           "Minh Nam Nghĩa Nhân Phát Phong Phú Phúc Quân Quang Quý Sang Sơn Tài Tâm "
           "Thái Thanh Thành Thắng Thịnh Toàn Tú Tuấn Tùng Trí Trung Trường Vinh Việt "
           "Vũ Hậu Lực Tiến Cảnh Định Kiệt Nguyên Thuận Hiển Tấn Lợi Hoà").split()
GIVEN_F = ("An Anh Bích Châu Chi Diệp Dung Duyên Giang Hà Hạnh Hằng Hân Hiền Hoa Hồng "
           "Huệ Hương Huyền Lan Liên Linh Loan Ly Mai My Nga Ngân Ngọc Nhi Nhung Oanh "
           "Phương Quyên Quỳnh Tâm Thảo Thu Thủy Thúy Thư Trang Trâm Trinh Tuyết Uyên "
           "Vân Vy Xuân Yến Hậu Lệ Kim Nhàn Sương Thắm Hoà").split()
YOUNG_M = ["Minh Khang", "Gia Huy", "Bảo Long", "Đăng Khoa", "Minh Quân", "Hoàng Phúc",
           "Tuấn Kiệt", "Gia Bảo", "Anh Khoa", "Nhật Minh", "Đức Anh", "Quốc Bảo"]
YOUNG_F = ["Gia Hân", "Bảo Ngọc", "Khánh Linh", "Ngọc Hân", "Minh Anh", "Bảo Anh",
           "Phương Linh", "Thảo Vy", "Tường Vy", "Hà My", "Ngọc Diệp", "An Nhiên"]

FOREIGN = {  # nationality: (surnames, given names, surname-first?, passport kind)
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
           ["MIN JUN", "SEO YEON", "JI HOON", "HYUN WOO", "SU BIN", "JI WOO", "DONG HYUN",
            "YE JIN", "SEUNG HO", "HA EUN"], True, "KR"),
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
           ["WEI", "FANG", "JING", "LEI", "JUN", "YAN", "MING", "XIAOLONG", "HAIYAN", "JIANGUO"],
           True, "CN"),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG"],
           ["CHIH-HAO", "YI-TING", "CHIA-HUI", "WEI-LUN", "SHU-FEN"], True, "TW"),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO"],
           ["HARUTO", "YUI", "SOTA", "AOI", "KENJI", "YUKI", "TAKESHI"], True, "JP"),
    "US": (["SMITH", "JOHNSON", "BROWN", "MILLER", "WILSON", "DAVIS", "NGUYEN", "TRAN"],
           ["JOHN", "MICHAEL", "SARAH", "EMILY", "DAVID", "JESSICA", "KEVIN", "LINDA"],
           False, "US"),
    "AU": (["SMITH", "JONES", "WILLIAMS", "TAYLOR", "NGUYEN", "LE"],
           ["JACK", "OLIVIA", "NOAH", "CHLOE", "LIAM", "MIA"], False, "AU"),
    "GB": (["SMITH", "JONES", "TAYLOR", "EVANS", "HUGHES"],
           ["OLIVER", "GEORGE", "AMELIA", "ISLA", "HARRY"], False, "GB"),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "NGUYEN"],
           ["LUCAS", "CAMILLE", "LEA", "HUGO", "CHLOE"], False, "FR"),
    "DE": (["MULLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER"],
           ["LUKAS", "ANNA", "FELIX", "LEA", "JONAS"], False, "DE"),
    "RU": (["IVANOV", "SMIRNOV", "KUZNETSOV", "POPOVA", "PETROVA", "SOKOLOV"],
           ["ALEXANDER", "DMITRY", "OLGA", "NATALIA", "SERGEY", "ANNA"], False, "RU"),
    "IN": (["KUMAR", "SHARMA", "SINGH", "PATEL", "GUPTA"],
           ["RAJESH", "PRIYA", "AMIT", "SUNITA", "VIKRAM", "ANJALI"], False, "IN"),
    "TH": (["PRASERT", "SRISUK", "WONGSA", "CHAIYAPORN", "BOONMA"],
           ["SOMCHAI", "SOMSAK", "NATTAYA", "SUDA", "KITTI"], False, "TH"),
    "MY": (["TAN", "LIM", "BIN ABDULLAH", "WONG", "RAHMAN"],
           ["WEI MING", "AH HOCK", "MUHAMMAD HAFIZ", "NUR AISYAH", "SITI"], False, "MY"),
    "SG": (["TAN", "LIM", "LEE", "ONG", "NG"],
           ["WEI JIE", "HUI MIN", "JUN HAO", "XIN YI"], True, "SG"),
    "KH": (["SOK", "CHAN", "KEO", "HENG", "PHAN", "MEAS"],
           ["CHEA", "DARA", "SREY MOM", "VANNAK", "SOPHEAP", "PISEY"], True, "KH"),
    "LA": (["KEOMANY", "PHOMMAVONG", "SOUVANNA", "VONGSA"],
           ["SOMPHONE", "KHAMPHET", "NOY", "BOUNMY", "VIENGKHAM"], False, "LA"),
}
TOURIST_NAT = [("KR", 30), ("CN", 22), ("TW", 5), ("JP", 6), ("US", 6), ("AU", 4),
               ("IN", 4), ("TH", 3), ("MY", 3), ("SG", 2), ("RU", 4), ("FR", 2), ("DE", 2),
               ("GB", 2), ("KH", 1), ("LA", 1)]
RESIDENT_NAT = [("KR", 30), ("CN", 30), ("TW", 10), ("JP", 12), ("US", 4), ("IN", 4),
                ("FR", 2), ("DE", 2), ("GB", 2), ("AU", 2), ("SG", 2)]

COMPANY_KIND = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Chi nhánh Công ty CP",
                "Doanh nghiệp tư nhân", "Hợp tác xã"]
COMPANY_WORD = ["Thương mại", "Dịch vụ", "Xây dựng", "Vận tải", "Logistics", "May mặc",
                "Điện tử", "Thực phẩm", "Công nghệ", "Bất động sản", "Du lịch", "Giáo dục",
                "Dược phẩm", "Nông sản", "Cơ khí", "Xuất nhập khẩu", "Truyền thông",
                "Giao hàng", "Bảo an", "Năng lượng"]
COMPANY_NAME = ["Hoa Sen", "Minh Phát", "An Khang", "Thành Công", "Phú Thịnh", "Sao Việt",
                "Đại Dương", "Hưng Thịnh", "Tân Á", "Việt Tiến", "Bình Minh", "Trường Sơn",
                "Kim Long", "Hải Âu", "Phương Nam", "Đông Á", "Thiên Long", "Hồng Hà",
                "Mekong", "Sông Hàn", "Tây Bắc", "Ánh Dương", "Nam Việt", "Quang Minh"]
IOT_ORG = ["Tổng Công ty Điện lực", "Công ty CP Cấp nước", "Công ty TNHH Giám sát Hành trình",
           "Công ty CP Thanh toán điện tử", "Công ty CP Camera An Ninh",
           "Công ty TNHH Thiết bị Định vị", "Công ty CP Trạm sạc"]
SCHOOLS = ["Trường Đại học Bách khoa", "Trường Đại học Kinh tế", "Trường Đại học Sư phạm",
           "Trường Cao đẳng Kỹ thuật", "Trường Đại học Công nghiệp", "Học viện Ngân hàng"]

# ---------------------------------------------------------------- calendar
# date -> (store factor, agent factor, app factor)
HOLIDAYS = {}
def _hol(d0, d1, f):
    d = d0
    while d <= d1:
        HOLIDAYS[d] = f
        d += timedelta(days=1)
_hol(date(2025, 1, 1), date(2025, 1, 1), (0.5, 0.7, 1.05))
_hol(date(2025, 1, 25), date(2025, 1, 27), (0.35, 0.5, 0.8))
_hol(date(2025, 1, 28), date(2025, 1, 31), (0.06, 0.12, 0.45))
_hol(date(2025, 2, 1), date(2025, 2, 2), (0.4, 0.5, 0.8))
_hol(date(2025, 4, 7), date(2025, 4, 7), (0.6, 0.8, 1.05))
_hol(date(2025, 4, 30), date(2025, 5, 4), (0.45, 0.6, 1.1))
_hol(date(2025, 8, 30), date(2025, 9, 2), (0.45, 0.6, 1.1))
_hol(date(2026, 1, 1), date(2026, 1, 1), (0.5, 0.7, 1.05))
_hol(date(2026, 2, 14), date(2026, 2, 15), (0.4, 0.55, 0.85))
_hol(date(2026, 2, 16), date(2026, 2, 19), (0.05, 0.1, 0.4))
_hol(date(2026, 2, 20), date(2026, 2, 22), (0.35, 0.45, 0.75))
_hol(date(2026, 4, 26), date(2026, 4, 27), (0.6, 0.8, 1.05))
_hol(date(2026, 4, 30), date(2026, 5, 3), (0.45, 0.6, 1.1))
_hol(date(2026, 9, 2), date(2026, 9, 2), (0.5, 0.7, 1.05))

# ---------------------------------------------------------------- scenarios
FRAUD_BASE = {
    "preact_fabricated": 0.009, "preact_leaked": 0.007, "agent_own_id": 0.004,
    "walkin_extra": 0.02, "simbox_farm": 0.005, "sms_spam_farm": 0.002, "otp_farm": 0.006,
    "idtheft_ring": 0.005, "bought_docs_mass": 0.005, "ekyc_helper": 0.002,
    "restandardised": 0.002, "rented_id_personal": 0.003, "secondhand_resale": 0.002,
    "nice_number_stockpile": 0.001,
}
LEGIT_BASE = {
    "two_sims": 0.035, "family_bundle": 0.035, "family_parent_name": 0.012,
    "ekyc_for_parent": 0.01, "multi_sim_business": 0.015, "data_sim": 0.025,
    "corporate_bulk": 0.015, "corp_employee_list": 0.006, "iot": 0.015, "school": 0.008,
    "factory_gate": 0.02, "tourist": 0.008, "foreign_resident": 0.004, "overseas_vn": 0.002,
    "cccd_update": 0.02, "lost_sim_swap": 0.02, "ownership_transfer": 0.004,
    "recycled_number": 0.004, "port_in": 0.01, "typo": 0.006, "elderly": 0.03,
    "ekyc_failed_then_store": 0.004, "device_change": 0.003, "border_trader": 0.0,
    "reverify": 0.0, "family_shared_device": 0.006, "ekyc_assisted": 0.004,
}
SCENARIOS = {
    "national_default": dict(
        start=date(2025, 8, 25), days=42, lag=16, geo="national", stealth=0.2,
        channels=(0.22, 0.48, 0.24, 0.06), fraud_mult=1.0, fraud={}, legit={}, bom=False,
        desc="nationwide six weeks around National Day, mixed carriers"),
    "stealth_mimic": dict(
        start=date(2025, 10, 13), days=42, lag=14, geo="national", stealth=0.92,
        channels=(0.22, 0.47, 0.25, 0.06), fraud_mult=0.9,
        fraud={"simbox_farm": 0.008, "otp_farm": 0.009, "preact_fabricated": 0.004},
        legit={"two_sims": 0.04, "multi_sim_business": 0.02}, bom=False,
        desc="fraud operators copy legitimate timing, identities, devices and usage"),
    "stealth_insider": dict(
        start=date(2025, 11, 3), days=42, lag=18, geo="national", stealth=0.88,
        channels=(0.24, 0.50, 0.21, 0.05), fraud_mult=1.0,
        fraud={"walkin_extra": 0.045, "ekyc_helper": 0.012, "preact_leaked": 0.011,
               "agent_own_id": 0.006, "preact_fabricated": 0.003, "simbox_farm": 0.003,
               "otp_farm": 0.003, "sms_spam_farm": 0.001},
        legit={"two_sims": 0.05, "family_parent_name": 0.02, "family_shared_device": 0.01},
        bom=False, desc="complicit shop staff and eKYC helpers hide inside genuine visits"),
    "crackdown_circular08": dict(
        start=date(2026, 4, 15), days=47, lag=12, geo="national", stealth=0.55,
        channels=(0.30, 0.38, 0.28, 0.04), fraud_mult=0.5,
        fraud={"restandardised": 0.006, "ekyc_helper": 0.004},
        legit={"cccd_update": 0.09, "reverify": 0.08, "device_change": 0.02,
               "lost_sim_swap": 0.03, "ekyc_assisted": 0.012}, bom=False, c08=True,
        desc="Circular 08/2026 period: face authentication, CMND re-verification, locks"),
    "border_province": dict(
        start=date(2025, 6, 2), days=42, lag=15, geo="border", stealth=0.3,
        channels=(0.18, 0.60, 0.18, 0.04), fraud_mult=1.0,
        fraud={"simbox_farm": 0.02, "rented_id_personal": 0.015, "sms_spam_farm": 0.004,
               "bought_docs_mass": 0.008},
        legit={"border_trader": 0.03, "foreign_resident": 0.02, "tourist": 0.01,
               "school": 0.002, "factory_gate": 0.008}, bom=True,
        desc="northern and south-western border provinces, cross-border workers and SIM boxes"),
    "metro_hcmc": dict(
        start=date(2025, 7, 14), days=42, lag=15, geo="hcmc", stealth=0.35,
        channels=(0.25, 0.35, 0.32, 0.08), fraud_mult=1.0,
        fraud={"otp_farm": 0.012, "idtheft_ring": 0.008, "preact_fabricated": 0.006},
        legit={"tourist": 0.03, "school": 0.03, "factory_gate": 0.03,
               "foreign_resident": 0.012, "data_sim": 0.035, "corporate_bulk": 0.02,
               "iot": 0.02}, bom=False,
        desc="Ho Chi Minh City metro in summer / new semester, airport and industrial belt"),
    "low_fraud_rural": dict(
        start=date(2025, 3, 3), days=42, lag=20, geo="rural", stealth=0.2,
        channels=(0.12, 0.70, 0.15, 0.03), fraud_mult=0.12, fraud={},
        legit={"elderly": 0.07, "factory_gate": 0.0, "tourist": 0.001, "school": 0.003,
               "corporate_bulk": 0.006, "iot": 0.01, "foreign_resident": 0.0005},
        bom=False, desc="rural provinces, dealer-heavy, elderly customers, very little fraud"),
    "tet_rush": dict(
        start=date(2026, 1, 26), days=42, lag=14, geo="national", stealth=0.4,
        channels=(0.20, 0.52, 0.23, 0.05), fraud_mult=1.1,
        fraud={"preact_fabricated": 0.014, "walkin_extra": 0.028},
        legit={"factory_gate": 0.035, "family_bundle": 0.05, "tourist": 0.01},
        bom=True, tet=True,
        desc="Lunar New Year 2026: pre-Tet rush, closed shops, migrants returning"),
    "simfarm_wave": dict(
        start=date(2025, 5, 5), days=35, lag=16, geo="national", stealth=0.3,
        channels=(0.22, 0.48, 0.24, 0.06), fraud_mult=1.0,
        fraud={"simbox_farm": 0.03, "sms_spam_farm": 0.012, "otp_farm": 0.025,
               "bought_docs_mass": 0.012, "preact_fabricated": 0.014},
        legit={"iot": 0.025, "data_sim": 0.03}, bom=False,
        desc="a wave of SIM-box, SMS-spam and OTP farms buying registered SIMs"),
}

# ---------------------------------------------------------------- small helpers
def luhn(body):
    """Return body + Luhn check digit."""
    total = 0
    dbl = True
    for ch in reversed(body):
        d = ord(ch) - 48
        if dbl:
            d += d
            if d > 9:
                d -= 9
        total += d
        dbl = not dbl
    return body + chr(48 + (10 - total % 10) % 10)


_ASCII_CACHE = {}
def unaccent(s):
    r = _ASCII_CACHE.get(s)
    if r is None:
        t = unicodedata.normalize("NFD", s)
        t = "".join(ch for ch in t if unicodedata.category(ch) != "Mn")
        r = t.replace("đ", "d").replace("Đ", "D")
        _ASCII_CACHE[s] = r
    return r


def cum(weights):
    out, t = [], 0.0
    for w in weights:
        t += w
        out.append(t)
    return out


class Picker:
    """Weighted choice via cumulative weights and bisect."""
    __slots__ = ("items", "cw", "tot")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cw = cum([p[1] for p in pairs])
        self.tot = self.cw[-1]

    def pick(self, r):
        return self.items[bisect.bisect_right(self.cw, r() * self.tot)]


# hour-of-day weights per activity kind
HOURS = {
    "store":  [0, 0, 0, 0, 0, 0, 0, 0.1, 0.7, 1.0, 1.1, 1.0, 0.65, 0.6, 0.8, 0.9, 1.0, 1.1,
               1.2, 1.0, 0.6, 0.08, 0, 0],
    "agent":  [0, 0, 0, 0, 0, 0, 0.05, 0.4, 0.8, 1.0, 1.0, 0.9, 0.6, 0.55, 0.7, 0.85, 0.95,
               1.1, 1.25, 1.15, 0.85, 0.4, 0.08, 0],
    "street": [0, 0, 0, 0, 0, 0, 0.15, 0.5, 0.7, 0.8, 0.9, 1.1, 1.2, 0.8, 0.7, 0.75, 0.9,
               1.2, 1.4, 1.3, 0.9, 0.5, 0.15, 0],
    "app":    [0.2, 0.1, 0.05, 0.03, 0.03, 0.06, 0.2, 0.45, 0.7, 0.85, 0.9, 0.95, 0.9, 0.8,
               0.85, 0.9, 0.95, 1.0, 1.05, 1.2, 1.45, 1.5, 1.1, 0.55],
    "online": [0.1, 0.04, 0.02, 0.02, 0.02, 0.05, 0.2, 0.6, 1.0, 1.1, 1.1, 1.0, 0.8, 0.9,
               1.0, 1.05, 1.0, 0.95, 0.9, 0.8, 0.75, 0.6, 0.4, 0.2],
    "enterprise": [0, 0, 0, 0, 0, 0, 0, 0, 0.9, 1.2, 1.2, 0.9, 0.2, 0.4, 1.1, 1.2, 1.0, 0.5,
                   0, 0, 0, 0, 0, 0],
    "airport": [0.7, 0.8, 0.4, 0.15, 0.1, 0.2, 0.45, 0.7, 0.9, 1.0, 1.1, 1.2, 1.1, 0.9, 0.8,
                0.8, 0.9, 0.9, 0.8, 0.7, 0.8, 0.9, 1.1, 1.0],
    "campus": [0, 0, 0, 0, 0, 0, 0, 0.3, 1.0, 1.2, 1.2, 0.8, 0.4, 0.7, 1.1, 1.2, 1.0, 0.5,
               0.1, 0, 0, 0, 0, 0],
    "night":  [1.0, 0.8, 0.5, 0.25, 0.15, 0.3, 0.4, 0.2, 0.05, 0.05, 0.05, 0.08, 0.15, 0.1,
               0.05, 0.05, 0.05, 0.05, 0.08, 0.12, 0.3, 0.6, 0.9, 1.0],
}
# weekday factors Mon..Sun, and index into HOLIDAYS factor tuple
WEEK = {
    "store": ([1.0, 0.95, 0.95, 0.95, 1.0, 1.2, 0.95], 0),
    "agent": ([1.0, 0.95, 0.95, 0.97, 1.05, 1.2, 1.1], 1),
    "street": ([0.8, 0.8, 0.8, 0.8, 0.9, 1.3, 1.6], 1),
    "app": ([1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.15], 2),
    "online": ([1.05, 1.0, 1.0, 1.0, 1.0, 0.85, 0.85], 2),
    "enterprise": ([1.0, 1.05, 1.05, 1.0, 0.95, 0.12, 0.0], 0),
    "airport": ([1.0, 0.95, 0.95, 1.0, 1.1, 1.15, 1.1], None),
    "campus": ([1.1, 1.1, 1.05, 1.0, 0.95, 0.25, 0.0], 0),
    "night": ([1.0] * 7, None),
}


# ---------------------------------------------------------------- the world
class Person:
    __slots__ = ("idt", "idn", "name", "dob", "g", "by", "bprov", "rprov", "face", "phone",
                 "nat", "age")


# internal row layout (list indices)
(R_C, R_NSN, R_IMSI, R_ICCID, R_SUB, R_IDT, R_IDN, R_NAME, R_DOB, R_G, R_NAT, R_PROV,
 R_TS, R_CH, R_AGENT, R_DEV, R_SELFIE, R_FM, R_POP, R_STATUS, R_FU, R_USAGE, R_JUNK, R_NO,
 R_PAT, R_HIST) = range(26)

DAY = 86400


class World:
    def __init__(self, rows, seed, scen):
        self.N = rows
        self.scen = scen
        S = self.S = SCENARIOS[scen]
        self.rng = random.Random("indep22|%d|%s|%s" % (rows, seed, scen))
        rng = self.rng
        self.r = rng.random
        self.start = S["start"]
        self.ndays = S["days"]
        self.export_ts = (self.ndays + S["lag"]) * DAY
        self.year = self.start.year
        self.stealth = S["stealth"]
        self.c08 = bool(S.get("c08")) or self.start >= date(2026, 4, 15)
        # geography
        geo = S["geo"]
        pw = {}
        for code in PROV_CODES:
            w = PROV_POP[code]
            if geo == "hcmc":
                w = {"079": 60.0, "074": 8.0, "075": 5.5, "080": 3.0, "077": 2.0}.get(code, w * 0.3)
            elif geo == "border":
                w = BORDER_PROV.get(code, 0.0) * 6.0 + w * 0.12
            elif geo == "rural":
                if code in METROS or code in INDUSTRIAL:
                    w *= 0.06
                elif PROV_REGION[code] in ("NM", "NCC", "CH", "MD"):
                    w *= 1.3
            pw[code] = w
        tot = sum(pw.values())
        self.prov_share = {k: v / tot for k, v in pw.items()}
        self.prov_pick = Picker(list(pw.items()))
        self.pop_pick = Picker([(c, PROV_POP[c]) for c in PROV_CODES])
        south = [(c, PROV_POP[c] * (2.2 if PROV_REGION[c] in ("MD", "NCC") else
                                    (1.2 if PROV_REGION[c] in ("SCC", "CH") else 0.35)))
                 for c in PROV_CODES if c not in ("079", "074", "075")]
        north = [(c, PROV_POP[c] * (2.0 if PROV_REGION[c] in ("NM", "NCC") else
                                    (1.3 if PROV_REGION[c] == "RRD" else 0.25)))
                 for c in PROV_CODES if c not in ("001", "027")]
        self.origin_s = Picker(south)
        self.origin_n = Picker(north)
        shares = [c[1] for c in CARRIERS]
        if geo == "border":
            shares = [s * (1.3 if c[0] == "VIETTEL" else 1.0) for s, c in zip(shares, CARRIERS)]
        self.car_share = [s / sum(shares) for s in shares]
        self.car_pick = Picker(list(zip(range(len(CARRIERS)), self.car_share)))
        self.big3_pick = Picker([(0, 0.55), (1, 0.23), (2, 0.22)])
        self.pfx_pick = [Picker(c[5]) for c in CARRIERS]
        self.sur = Picker(SURNAMES)
        self.sur_nm = Picker(SURNAMES_NM)
        self.sur_kh = Picker(SURNAMES_KH)
        self.mid_m = Picker(MID_M)
        self.mid_f = Picker(MID_F)
        self.smart = Picker(list(zip(TAC_SMART, TAC_SMART_W)))
        self.tourist_nat = Picker(TOURIST_NAT)
        self.resident_nat = Picker(RESIDENT_NAT)
        ch = S["channels"]
        self.chan_pick = Picker([("STORE", ch[0]), ("AGENT", ch[1]), ("EKYC_APP", ch[2]),
                                 ("ONLINE", ch[3])])
        # registries
        self.ids = set()
        self.nsns = set()
        self.imeis = set()
        self.iccid_ctr = []
        self.imsi_base = []
        self.iccid_sub = []
        seen_iin = {}
        for c in CARRIERS:
            L = c[4] - 7
            sub = seen_iin.get(c[3], 0)     # MVNOs sharing an issuer code get their own range
            seen_iin[c[3]] = sub + 1
            self.iccid_sub.append(sub)
            self.iccid_ctr.append((self.year % 100) * 10 ** (L - 2) + sub * 10 ** (L - 3)
                                  + rng.randrange(10 ** (L - 6), 10 ** (L - 5)))
            self.imsi_base.append(rng.randrange(10 ** 9, 8 * 10 ** 9) + sub * 3 * 10 ** 8)
        self.ctr0 = list(self.iccid_ctr)
        self.loose = set()
        self.agent_ctr = [rng.randrange(100, 900) for _ in CARRIERS]
        self.net = {}
        self.special = {}
        self.victims = []          # leaked identities (real people)
        self.rows = []
        self._pt_ctr = 0
        self.kit_src = {}
        self._time_tables()

    # ------------------------------------------------------------ time
    def _time_tables(self):
        S = self.S
        noise = [self.rng.lognormvariate(0, 0.07) for _ in range(self.ndays)]
        tet = date(2026, 2, 17)
        self.day_cw, self.hour_cw = {}, {}
        for kind, (wk, hi) in WEEK.items():
            ws = []
            for d in range(self.ndays):
                dt = self.start + timedelta(days=d)
                w = wk[dt.weekday()] * noise[d]
                h = HOLIDAYS.get(dt)
                if h is not None:
                    w *= h[hi] if hi is not None else (1.3 if kind == "airport" else 1.0)
                if kind == "street" and dt.day in (1, 2, 3, 10, 11, 15, 16):
                    w *= 1.2
                if S.get("tet"):
                    delta = (dt - tet).days
                    if -16 <= delta <= -4 and kind in ("store", "agent", "street", "app"):
                        w *= 1.35
                    if 6 <= delta <= 20 and kind == "street":
                        w *= 1.7
                if S.get("c08") and d < 14 and kind in ("store", "app"):
                    w *= 1.3
                ws.append(max(w, 1e-4))
            self.day_cw[kind] = cum(ws)
            self.hour_cw[kind] = cum(HOURS[kind])

    def day(self, kind):
        cw = self.day_cw[kind]
        return bisect.bisect_right(cw, self.r() * cw[-1])

    def ts(self, kind, day=None):
        r = self.r
        if day is None:
            cw = self.day_cw[kind]
            day = bisect.bisect_right(cw, r() * cw[-1])
        hw = self.hour_cw[kind]
        h = bisect.bisect_right(hw, r() * hw[-1])
        return day * DAY + h * 3600 + int(r() * 3600)

    def dd(self, d):
        """Keep a derived day inside the period (reflect at the end)."""
        n = self.ndays - 1
        if d > n:
            d = 2 * n - d
            if d < 0:
                d = int(self.r() * n)
        return d

    def days_left(self, ts):
        return (self.export_ts - ts) / DAY

    # ------------------------------------------------------------ identities
    def cccd(self, bprov, by, g):
        G = (by // 100 - 19) * 2 + (1 if g == "F" else 0)
        head = int(bprov) * 10 ** 9 + G * 10 ** 8 + (by % 100) * 10 ** 6
        ids, r = self.ids, self.r
        while True:
            n = head + int(r() * 1000000)
            if n not in ids:
                ids.add(n)
                return "%012d" % n

    def cmnd9(self, prov):
        pfx = CMND_PFX.get(prov, "01")
        k = 9 - len(pfx)
        ids, r = self.ids, self.r
        while True:
            s = pfx + "%0*d" % (k, int(r() * 10 ** k))
            n = 10 ** 13 + int(s)
            if n not in ids:
                ids.add(n)
                return s

    def cccd_random(self, sloppy):
        """Fabricated number: structure right, content invented."""
        r = self.r
        if sloppy and r() < 0.25:
            p = "%03d" % int(r() * 100)
        else:
            p = self.pop_pick.pick(r)
        by = 1960 + int(r() * 44)
        g = "M" if r() < 0.6 else "F"
        return p, by, g

    def vn_passport(self):
        r = self.r
        return "%s%07d" % ("CBNPK"[int(r() * 5)] if r() < 0.9 else "A", int(r() * 10 ** 7))

    def foreign_passport(self, nat):
        r = self.r
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        d = lambda k: "%0*d" % (k, int(r() * 10 ** k))
        a = lambda: L[int(r() * len(L))]
        if nat == "KR":
            return "M" + d(8)
        if nat == "CN":
            return ("E" + d(8)) if r() < 0.7 else ("E" + a() + d(7))
        if nat in ("JP", "TH"):
            return a() + a() + d(7)
        if nat in ("US",):
            return d(9) if r() < 0.6 else (a() + d(8))
        if nat in ("TW", "GB", "RU"):
            return d(9)
        if nat == "AU":
            return "P" + a() + d(7)
        if nat == "FR":
            return d(2) + a() + a() + d(5)
        if nat == "DE":
            return "C" + "".join((a() if r() < 0.4 else d(1)) for _ in range(8))
        if nat == "SG":
            return "K" + d(7) + a()
        if nat == "MY":
            return "A" + d(8)
        if nat == "KH":
            return "N" + d(8)
        return a() + d(7)

    def tax_code(self, prov, branch=False):
        r = self.r
        pfx = {"001": "01", "079": "03", "031": "02", "048": "04"}.get(prov, "%02d" % (5 + int(r() * 90)))
        s = pfx + "%08d" % int(r() * 10 ** 8)
        return s + ("-%03d" % (1 + int(r() * 12)) if branch else "")

    # ------------------------------------------------------------ numbers and devices
    def nsn(self, ci, pfx=None):
        r = self.r
        if pfx is None:
            pfx = self.pfx_pick[ci].pick(r)
        k = 9 - len(pfx)
        base = int(pfx) * 10 ** k
        span = 10 ** k
        nsns = self.nsns
        while True:
            n = base + int(r() * span)
            if n not in nsns:
                nsns.add(n)
                return str(n)

    def nsn_run(self, ci, count):
        """Consecutive national numbers (enterprise / IoT number blocks)."""
        r = self.r
        pfx = self.pfx_pick[ci].pick(r)
        k = 9 - len(pfx)
        while True:
            start = int(pfx) * 10 ** k + int(r() * (10 ** k - count - 1))
            start -= start % 10
            run = range(start, start + count)
            if not any(n in self.nsns for n in run):
                self.nsns.update(run)
                return [str(n) for n in run]

    def block(self, ci):
        """A 4-digit number block: kits in one box carry numbers from one block."""
        pfx = self.pfx_pick[ci].pick(self.r)
        k = 4 - len(pfx)
        return pfx + "%0*d" % (k, int(self.r() * 10 ** k))

    def imei(self, tacs=None):
        r = self.r
        if tacs is None:
            tac = self.smart.pick(r)
        else:
            tac = tacs[int(r() * len(tacs))]
        imeis = self.imeis
        while True:
            body = tac + "%06d" % int(r() * 1000000)
            if body not in imeis:
                imeis.add(body)
                return luhn(body)

    def imei_run(self, tacs, count):
        r = self.r
        tac = tacs[int(r() * len(tacs))]
        start = int(r() * (1000000 - count - 1))
        out = []
        for i in range(count):
            body = tac + "%06d" % (start + i)
            self.imeis.add(body)
            out.append(luhn(body))
        return out

    def iccid(self, ci, serial):
        c = CARRIERS[ci]
        L = c[4] - 7
        return luhn("8984" + c[3] + "%0*d" % (L, serial % 10 ** L))

    def imsi(self, ci, serial):
        return "452" + CARRIERS[ci][2] + "%010d" % (self.imsi_base[ci] + serial - self.ctr0[ci])

    def face(self):
        return self.rng.getrandbits(64)

    def capture(self, face, k=None):
        r = self.r
        if k is None:
            x = r()
            k = 0 if x < 0.05 else 1 if x < 0.2 else 2 if x < 0.45 else 3 if x < 0.7 else \
                4 if x < 0.88 else 5 if x < 0.96 else 6
        for _ in range(k):
            face ^= 1 << int(r() * 64)
        return face

    # ------------------------------------------------------------ retail network
    def _agent_code(self, ci, prov, kind):
        self.agent_ctr[ci] += 1 + int(self.r() * 4)
        n = self.agent_ctr[ci]
        c = CARRIERS[ci][0]
        st = kind in ("STORE", "AIRPORT", "ENTERPRISE")
        if c == "VIETTEL":
            return "VTT%s%s%05d" % (prov, "C" if st else "D", n)
        if c == "VINAPHONE":
            return ("VNP-%s-CH%04d" % (prov, n)) if st else ("VNP-%s-%05d" % (prov, n))
        if c == "MOBIFONE":
            return ("MBFCH%s%04d" % (prov, n)) if st else ("MBF%s%06d" % (prov, n))
        if c == "VIETNAMOBILE":
            return "VNM_%s_%04d" % (prov, n)
        if c == "GMOBILE":
            return "GTEL%s%04d" % (prov, n)
        if c == "ITEL":
            return "ITL%06d" % n
        if c == "REDDI":
            return "RD%s%04d" % (prov, n)
        if c == "WINTEL":
            return "WT%s%04d" % (prov, n)
        if c == "ASIM":
            return "ASIM-%05d" % n
        if c == "DIGILIFE":
            return "DGL%05d" % n
        return "LC%s%04d" % (prov, n)

    def _mk_point(self, ci, prov, kind, busy):
        r = self.r
        if kind in ("STORE", "AIRPORT", "ENTERPRISE"):
            devs = [self.imei(TAC_TABLET) for _ in range(2 + int(r() * 4))]
            typing = "proper" if r() < 0.96 else "upper"
        else:
            x = r()
            devs = [self.imei() for _ in range(1 if x < 0.7 else 2)] if x < 0.95 else [self.imei(TAC_TABLET)]
            y = r()
            typing = "proper" if y < 0.84 else "ascii" if y < 0.93 else "upper" if y < 0.985 else "lower"
        self._pt_ctr += 1
        # some dealers make the activation call for customers on a shop test phone
        test = (self.imei(TAC_FEATURE + TAC_CHEAP), 0.1 + r() * 0.45) \
            if (kind in ("AGENT", "STREET") and r() < 0.2) else None
        return [self._agent_code(ci, prov, kind), kind, devs, [0, 0, ""], busy, typing, ci, prov,
                self._pt_ctr, test]

    def _build_net(self, ci, prov):
        rng = self.rng
        E = self.N * self.car_share[ci] * max(self.prov_share.get(prov, 0.0), 0.0005)
        cname = CARRIERS[ci][0]
        stores, agents = [], []
        if cname not in MVNO:
            for _ in range(max(1, int(round(E / 1500.0)))):
                stores.append(self._mk_point(ci, prov, "STORE", rng.lognormvariate(1.7, 0.35)))
        for _ in range(max(2 if cname not in MVNO else 1, int(round(E / 90.0)))):
            kind = "STREET" if self.r() < 0.35 else "AGENT"
            agents.append(self._mk_point(ci, prov, kind, min(40.0, rng.paretovariate(1.45))))
        v = (stores, cum([p[4] for p in stores]) if stores else None,
             agents, cum([p[4] for p in agents]))
        self.net[(ci, prov)] = v
        return v

    def point(self, ci, prov, want="AGENT"):
        v = self.net.get((ci, prov)) or self._build_net(ci, prov)
        if want == "STORE" and v[0]:
            lst, cw = v[0], v[1]
        else:
            lst, cw = v[2], v[3]
        return lst[bisect.bisect_right(cw, self.r() * cw[-1])]

    def special_point(self, ci, prov, kind, idx=0):
        key = (ci, prov, kind, idx)
        pt = self.special.get(key)
        if pt is None:
            if kind == "WAREHOUSE":
                self._pt_ctr += 1
                pt = ["", kind, [], [0, 0, ""], 1.0, "proper", ci, prov, self._pt_ctr, None]
            else:
                pt = self._mk_point(ci, prov, kind, 1.0)
            self.special[key] = pt
        return pt

    def warehouse(self, ci):
        return self.special_point(ci, "000", "WAREHOUSE")

    def kit(self, pt, choose=0.08, box_size=None):
        r = self.r
        box = pt[3]
        ci = pt[6]
        if box[0] >= box[1]:
            size = box_size or {"STORE": 200, "AIRPORT": 200, "ENTERPRISE": 500, "WAREHOUSE": 500,
                                "STREET": 50}.get(pt[1], 100)
            box[0] = self.iccid_ctr[ci]
            box[1] = box[0] + size
            box[2] = self.block(ci)
            # the boxes in between went to shops outside this batch
            self.iccid_ctr[ci] += size * (1 + int(r() * 3) if r() < 0.5 else 1)
        serial = box[0]
        box[0] += 1 if r() > 0.08 else 2 + int(r() * 3)
        nsn = self.nsn(ci, box[2]) if r() > choose else self.nsn(ci)
        iccid = self.iccid(ci, serial)
        self.kit_src[iccid] = pt[8]
        return iccid, self.imsi(ci, serial), nsn

    def loose_kit(self, ci, year=None):
        """A SIM from an earlier production year (history rows, old SIMs)."""
        r = self.r
        L = CARRIERS[ci][4] - 7
        if year is None or year >= self.year:
            year = self.year - 1 - int(r() * 6)
        while True:
            serial = (year % 100) * 10 ** (L - 2) + self.iccid_sub[ci] * 10 ** (L - 3) \
                + int(r() * 10 ** (L - 3))
            msin = int(r() * 10 ** 10)
            b = self.imsi_base[ci]
            if (ci, serial) not in self.loose and (CARRIERS[ci][2], msin) not in self.loose \
                    and not (b - 10 ** 6 <= msin <= b + 10 ** 8):
                self.loose.add((ci, serial))
                self.loose.add((CARRIERS[ci][2], msin))
                return self.iccid(ci, serial), "452" + CARRIERS[ci][2] + "%010d" % msin

    # ------------------------------------------------------------ people
    def age(self):
        r = self.r
        x = r()
        if x < 0.04:
            return 14 + int(r() * 4)
        if x < 0.30:
            return 18 + int(r() * 7)
        if x < 0.56:
            return 25 + int(r() * 10)
        if x < 0.74:
            return 35 + int(r() * 10)
        if x < 0.89:
            return 45 + int(r() * 15)
        return 60 + int(r() * 25)

    def dob(self, by):
        r = self.r
        m = 1 + int(r() * 12)
        dim = (31, 29 if by % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
        return "%04d-%02d-%02d" % (by, m, 1 + int(r() * dim))

    def name(self, g, by, bprov, surname=None):
        r = self.r
        if surname is None:
            if PROV_REGION.get(bprov) == "NM" and r() < 0.35:
                surname = self.sur_nm.pick(r)
            elif bprov in KHMER_PROV and r() < 0.18:
                surname = self.sur_kh.pick(r)
            else:
                surname = self.sur.pick(r)
        young = by >= 1998
        if young and r() < 0.3:
            pool = YOUNG_M if g == "M" else YOUNG_F
            return surname + " " + pool[int(r() * len(pool))]
        mp = self.mid_m if g == "M" else self.mid_f
        mid = mp.pick(r)
        if young and mid in ("Văn", "Thị") and r() < 0.65:
            mid = mp.pick(r)
        pool = GIVEN_M if g == "M" else GIVEN_F
        given = pool[int(r() * len(pool))]
        while given == mid:
            given = pool[int(r() * len(pool))]
        if g == "F" and r() < 0.14:
            g2 = GIVEN_F[int(r() * len(GIVEN_F))]
            if g2 != given and g2 != mid:
                given = g2 + " " + given
        return surname + " " + mid + " " + given

    def person(self, rprov=None, age=None, g=None, surname=None, bprov=None, local=None):
        r = self.r
        p = Person()
        if rprov is None:
            rprov = self.prov_pick.pick(r)
        if age is None:
            age = self.age()
        if g is None:
            g = "M" if r() < 0.52 else "F"
        if bprov is None:
            mig = MIGRANT_DEST.get(rprov, 0.12) if local is None else (0.0 if local else 1.0)
            if r() < mig:
                bprov = (self.origin_s if PROV_REGION[rprov] in ("SE", "MD", "CH", "SCC")
                         else self.origin_n).pick(r)
            else:
                bprov = rprov
        by = self.year - age - (1 if r() < 0.4 else 0)
        p.age = age
        p.by = by
        p.g = g
        p.bprov = bprov
        p.rprov = rprov
        p.dob = self.dob(by)
        p.name = self.name(g, by, bprov, surname)
        p.idt = "CCCD"
        p.idn = self.cccd(bprov, by, g)
        p.face = self.face()
        p.phone = self.imei(TAC_FEATURE if (age >= 60 and r() < 0.45) else None)
        p.nat = "VN"
        return p

    def foreigner(self, nat, rprov, age=None):
        r = self.r
        sur, giv, sfirst, _ = FOREIGN[nat]
        p = Person()
        p.age = age if age is not None else 20 + int(r() * 45)
        p.by = self.year - p.age
        p.g = "M" if r() < 0.55 else "F"
        s, gv = sur[int(r() * len(sur))], giv[int(r() * len(giv))]
        p.name = (s + " " + gv) if (sfirst or r() < 0.3) else (gv + " " + s)
        p.dob = self.dob(p.by)
        p.idt = "PASSPORT"
        p.idn = self.foreign_passport(nat)
        p.bprov = ""
        p.rprov = rprov
        p.face = self.face()
        p.phone = self.imei()
        p.nat = nat
        return p

    # ------------------------------------------------------------ verification outcomes
    def fm_legit(self, p, ch):
        r = self.rng
        if ch == "EKYC_APP":
            v = r.gauss(0.925, 0.035)
            return max(0.8, min(0.995, v))
        if r.random() < 0.045:   # glare, a 15-year-old card photo, weight change
            return 0.42 + r.random() * 0.33
        mu = 0.82 if p.age >= 60 else 0.9
        return max(0.52, min(0.995, r.gauss(mu, 0.055)))

    def pop_legit(self, ch):
        x = self.r()
        if ch == "EKYC_APP":
            return "MATCH" if x < 0.993 else "MISMATCH"
        if ch == "STORE":
            return "MATCH" if x < 0.972 else "MISMATCH" if x < 0.986 else "NOT_FOUND" if x < 0.99 else "UNCHECKED"
        if ch == "AGENT":
            return "MATCH" if x < 0.955 else "MISMATCH" if x < 0.974 else "NOT_FOUND" if x < 0.981 else "UNCHECKED"
        return "MATCH" if x < 0.98 else "MISMATCH" if x < 0.99 else "UNCHECKED"

    def status(self, ts, pop, risk=0.0):
        r = self.r
        dl = self.days_left(ts)
        if pop in ("NOT_FOUND", "MISMATCH") and dl > 6 and r() < 0.7:
            if dl > 22 and r() < 0.5:
                return "TWO_WAY_LOCKED"
            return "ONE_WAY_LOCKED"
        if risk > 0.0 and r() < risk * min(1.0, dl / 20.0):
            return "TWO_WAY_LOCKED" if r() < 0.7 else "ONE_WAY_LOCKED"
        if r() < 0.002:
            return "TERMINATED"
        return "ACTIVE"

    # ------------------------------------------------------------ early-life usage
    def topup(self):
        r = self.r
        if r() < 0.13:
            return 0
        t = 0
        for _ in range(1 + int(r() * r() * 4)):
            y = r()
            t += (10000 if y < 0.12 else 20000 if y < 0.3 else 30000 if y < 0.36 else
                  50000 if y < 0.66 else 100000 if y < 0.9 else 200000 if y < 0.98 else 500000)
        if r() < 0.3:
            t += (70000, 90000, 120000, 125000, 135000, 150000)[int(r() * 6)]
        return t

    def usage(self, prof):
        """(active_days, out_calls, in_calls, out_sms, in_sms, distinct_callees, topup, data_mb)"""
        r = self.r
        lv = self.rng.lognormvariate
        if prof in ("normal", "heavy", "light", "personal", "resold"):
            if prof == "light":
                ad = 3 + int(r() * 18)
            else:
                ad = max(1, 30 - int(lv(0.6, 1.0)))
            f = ad / 30.0
            k = 2.6 if prof == "heavy" else 0.45 if prof == "light" else 1.0
            oc = int(lv(3.35, 0.85) * f * k)
            ic = int(lv(3.45, 0.8) * f * k)
            os_ = int(lv(0.8, 1.1) * f)
            is_ = int(lv(2.7, 0.6) * (0.5 + f / 2))
            dc = min(oc + os_, int(oc * (0.2 + r() * 0.35)) + int(os_ * 0.6) + (1 if oc else 0))
            tp = self.topup() + (int(r() * 3) * 50000 if prof == "heavy" else 0)
            dm = int(lv(7.9, 1.2) * f * (1.8 if prof == "heavy" else 1.0))
            if prof == "resold":  # buyer started later, after a dealer activation call
                late = int(r() * ad)
                ad = max(1, ad - late)
                oc, ic, dm = int(oc * 0.6) + 1, int(ic * 0.6), int(dm * 0.6)
            return (ad, oc, ic, os_, is_, dc, tp, dm)
        if prof == "feature":
            ad = max(1, 30 - int(lv(0.8, 1.0)))
            oc = int(lv(2.7, 0.7))
            ic = int(lv(3.1, 0.6))
            dc = min(oc, max(1 if oc else 0, int(oc * (0.15 + r() * 0.2))))
            tp = (0, 10000, 20000, 20000, 30000, 50000, 50000, 100000)[int(r() * 8)]
            return (ad, oc, ic, int(r() * 2), int(lv(1.9, 0.6)), dc, tp, 0)
        if prof == "data_only":
            ad = max(1, 30 - int(lv(0.8, 1.1)))
            tp = (0, 70000, 90000, 120000, 150000, 200000, 300000)[int(r() * 7)]
            return (ad, 0, int(r() * 2), 0, int(lv(1.7, 0.7)), 0, tp, int(lv(9.8, 0.9)))
        if prof == "tourist":
            ad = 3 + int(r() * 14)
            oc = int(lv(1.4, 1.0))
            return (ad, oc, int(lv(1.3, 1.0)), int(r() * 3), int(lv(2.0, 0.5)),
                    min(oc, 1 + int(oc * 0.6)) if oc else 0,
                    (0, 0, 0, 100000, 200000)[int(r() * 5)], int(lv(8.4, 0.7)))
        if prof == "iot":
            os_ = int(r() * 3) * int(lv(1.5, 0.8))
            return (28 + int(r() * 3), 0, 0, os_, int(r() * 2), min(os_, 1), 0, int(lv(3.2, 1.3)))
        if prof == "corp":
            ad = 18 + int(r() * 13)
            oc = int(lv(4.4, 0.7))
            ic = int(lv(4.1, 0.7))
            os_ = int(lv(1.2, 1.0))
            return (ad, oc, ic, os_, int(lv(2.9, 0.6)), min(oc + os_, int(oc * (0.3 + r() * 0.3)) + 1),
                    0, int(lv(8.1, 1.0)))
        if prof == "telesales":   # call-centre / debt-collection lines of a registered company
            ad = 20 + int(r() * 11)
            oc = int(lv(6.5, 0.5))
            return (ad, oc, int(lv(3.9, 0.7)), int(lv(1.8, 1.0)), int(lv(2.5, 0.6)),
                    int(oc * (0.7 + r() * 0.25)), 0, int(lv(4.8, 1.0)))
        if prof == "backup":
            oc = int(r() * 4)
            return (int(r() * 5), oc, int(r() * 4), 0, 1 + int(r() * 6), oc, (0, 0, 10000, 20000)[int(r() * 4)],
                    int(r() * 60))
        if prof == "unused":
            return (0, 0, 0, 0, int(r() * 3), 0, 0, 0)
        if prof == "preact":
            oc = 1 if r() < 0.7 else 0
            return (1 + (1 if r() < 0.2 else 0), oc, 0, int(r() * 1.3), 2 + int(r() * 5), oc, 0, int(r() * 3))
        if prof == "simbox":
            ad = 5 + int(r() * 26)
            oc = int(lv(7.3, 0.45) * ad / 30.0)
            return (ad, oc, int(lv(1.2, 1.0)), 0, int(lv(1.4, 0.8)), int(oc * (0.85 + r() * 0.14)),
                    int(lv(13.4, 0.5) / 10000) * 10000, 0)
        if prof == "sms_spam":
            ad = 3 + int(r() * 18)
            os_ = int(lv(7.8, 0.55) * ad / 20.0)
            return (ad, int(r() * 4), int(r() * 5), os_, int(lv(1.3, 0.8)), int(os_ * (0.9 + r() * 0.1)),
                    int(lv(12.6, 0.5) / 10000) * 10000, 0)
        if prof == "otp":
            ad = 5 + int(r() * 26)
            return (ad, 0, int(r() * 2), int(r() * 2), int(lv(4.4, 0.8) * ad / 30.0) + 3, int(r() * 2),
                    (0, 0, 10000, 10000, 20000)[int(r() * 5)], 0)
        if prof == "scam_call":
            ad = 2 + int(r() * 11)
            oc = int(lv(5.7, 0.6) * ad / 8.0)
            return (ad, oc, int(lv(2.0, 1.0)), int(lv(1.5, 1.0)), int(lv(2.0, 0.7)),
                    int(oc * (0.8 + r() * 0.18)), int(lv(12.0, 0.6) / 10000) * 10000, int(lv(3.0, 1.5)))
        if prof == "warm":  # stealth farm: warmed-up SIMs with human-looking traffic
            ad = 18 + int(r() * 13)
            oc = int(lv(4.9, 0.5))
            ic = int(lv(3.1, 0.7))
            os_ = int(lv(1.6, 0.9))
            return (ad, oc, ic, os_, int(lv(2.7, 0.6)), min(oc + os_, int(oc * (0.5 + r() * 0.3))),
                    (100000, 120000, 150000, 200000)[int(r() * 4)], int(lv(5.3, 1.0)))
        if prof == "mule":
            oc = int(r() * 3)
            return (1 + int(r() * 6), oc, int(r() * 4), 0, int(lv(2.2, 0.6)), oc, 0, int(lv(2.0, 1.5)))
        return None

    # ------------------------------------------------------------ row assembly
    def add(self, ci, nsn, imsi, iccid, sub, idt, idn, name, dob, g, nat, prov, ts, ch, agent,
            dev, selfie, fm, pop, status, fu, usage, junk, no, pat, hist=False):
        end = self.ndays * DAY
        if ts >= end:   # follow-ups that would fall after the cut-off of the period
            ts = end - 4 * 3600 - int(self.r() * 6 * 3600)
        self.rows.append([ci, nsn, imsi, iccid, sub, idt, idn, name, dob, g, nat, prov, ts, ch,
                          agent, dev, selfie, fm, pop, status, fu, usage, junk, no, pat, hist])

    def typed(self, name, pt):
        t = pt[5] if pt is not None else "proper"
        if t == "proper":
            return name
        if t == "ascii":
            return unaccent(name)
        if t == "upper":
            return name.upper()
        return name.lower()

    def chan_for(self, p, ci=None):
        r = self.r
        ch = self.chan_pick.pick(r)
        if p.age >= 60 and ch in ("EKYC_APP", "ONLINE") and r() < 0.8:
            ch = "AGENT" if r() < 0.7 else "STORE"
        elif p.age < 30 and ch in ("STORE", "AGENT") and r() < 0.15:
            ch = "EKYC_APP"
        if ci is not None and CARRIERS[ci][0] in MVNO and ch == "STORE":
            ch = "ONLINE" if r() < 0.4 else "AGENT"
        return ch

    def place(self, ci, prov, ch):
        """Point of sale and time-kind for a channel."""
        if ch == "STORE":
            pt = self.point(ci, prov, "STORE")
            if pt[1] != "STORE":
                ch = "AGENT"
        elif ch == "AGENT":
            pt = self.point(ci, prov, "AGENT")
        else:
            return ch, None, ("app" if ch == "EKYC_APP" else "online")
        tk = "store" if ch == "STORE" else ("street" if pt[1] == "STREET" else "agent")
        return ch, pt, tk

    def reg(self, p, ci, ch, pt, ts, pat, prof="normal", fu=None, kit=None, sk=None,
            fm=None, pop=None, dev=None, selfie=None, name=None, junk=0, no=0, status=None,
            choose=0.08):
        """One registration of person p; defaults describe an honest registration."""
        r = self.r
        if kit is None:
            kit = self.kit(pt if pt is not None else self.warehouse(ci),
                           choose=choose if pt is not None else 0.25)
        iccid, imsi, nsn = kit
        if pt is not None and ch in ("STORE", "AGENT"):
            agent = pt[0]
            if dev is None:
                ds = pt[2]
                dev = ds[int(r() * len(ds))]
        else:
            agent = ""
            if dev is None:
                dev = p.phone if (ch == "EKYC_APP" or r() < 0.55) else ""
        if selfie is None:
            selfie = self.capture(p.face, sk)
        elif selfie is False:
            selfie = None
        if fm is None:
            fm = self.fm_legit(p, ch)
        elif fm is False:
            fm = None
        if pop is None:
            pop = self.pop_legit(ch) if p.nat == "VN" and p.idt != "PASSPORT" else \
                ("UNCHECKED" if r() < 0.88 else "NOT_FOUND")
        if status is None:
            status = self.status(ts, pop)
        if fu is None:
            if pt is not None and pt[9] is not None and r() < pt[9][1]:
                fu = pt[9][0]
            else:
                fu = p.phone if r() < 0.93 else ""
        self.add(ci, nsn, imsi, iccid, "INDIVIDUAL", p.idt, p.idn,
                 name if name is not None else self.typed(p.name, pt), p.dob, p.g, p.nat,
                 p.rprov, ts, ch, agent, dev, selfie, fm, pop, status, fu, prof, junk, no, pat)
        return nsn

    def old_ts(self, y0, y1):
        """A registration time years before the period (history rows)."""
        r = self.r
        days = (date(y0, 1, 1) - self.start).days + int(r() * 365 * (y1 - y0 + 1))
        days = min(days, -20)
        return days * DAY + (8 + int(r() * 12)) * 3600 + int(r() * 3600)

    def human_prof(self, p):
        r = self.r
        if p.age >= 60:
            return "feature" if p.phone[:8] in TAC_FEATURE else "light"
        x = r()
        return "normal" if x < 0.66 else "heavy" if x < 0.78 else "light" if x < 0.94 else \
            "backup" if x < 0.98 else "unused"

    # ================================================================ legitimate generators
    def sz(self, lo, hi):
        c = min(2.5, max(0.1, (self.N / 200000.0) ** 0.5))
        return max(1, int(round(self.rng.uniform(lo, hi) * c)))

    def g_base(self, budget):
        r = self.r
        p = self.person()
        ci = self.car_pick.pick(r)
        ch = self.chan_for(p, ci)
        prov = p.rprov if r() > 0.07 else self.prov_pick.pick(r)
        ch, pt, tk = self.place(ci, prov, ch)
        pat = {"STORE": "legit_walkin_store", "AGENT": "legit_walkin_agent",
               "EKYC_APP": "legit_ekyc_self", "ONLINE": "legit_online_delivery"}[ch]
        self.reg(p, ci, ch, pt, self.ts(tk), pat, self.human_prof(p))
        return 1

    def g_two_sims(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        p = self.person(age=19 + int(r() * 42))
        ci = self.car_pick.pick(r)
        ch = self.chan_for(p, ci)
        if ch == "ONLINE":
            ch = "EKYC_APP"
        ch, pt, tk = self.place(ci, p.rprov, ch)
        ts = self.ts(tk)
        k = 3 if (budget >= 3 and r() < 0.12) else 2
        sel = self.capture(p.face)
        fm = self.fm_legit(p, ch)
        dual = r() < 0.55
        for i in range(k):
            prof, fu = self.human_prof(p), p.phone
            if i:
                x = r()
                if dual and i == 1:
                    prof = "light" if x < 0.6 else "data_only"
                elif x < 0.45:
                    fu, prof = self.imei(TAC_ROUTER + TAC_TABLET), "data_only"
                elif x < 0.8:
                    fu, prof = self.imei(), "normal"
                else:
                    fu, prof = ("", "backup") if r() < 0.5 else (p.phone, "backup")
            reuse = i > 0 and r() < 0.45
            self.reg(p, ci, ch, pt, ts, "legit_two_sims_same_visit", prof, fu=fu,
                     selfie=sel if reuse else None, fm=fm if reuse else None)
            ts += 40 + int(r() * 220)
        return k

    def g_family_bundle(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        prov = self.prov_pick.pick(r)
        sur = self.sur.pick(r)
        fa = self.person(prov, age=38 + int(r() * 20), g="M", surname=sur)
        mo = self.person(prov, age=max(30, fa.age - int(r() * 7)), g="F")
        members = [fa, mo]
        for _ in range(int(r() * 3)):
            members.append(self.person(prov, age=14 + int(r() * 10), surname=sur,
                                       bprov=prov if r() < 0.85 else None))
        if r() < 0.25:
            members.append(self.person(prov, age=64 + int(r() * 22), local=True))
        self.rng.shuffle(members)
        n = min(len(members), budget, 2 + int(r() * r() * 4))
        ci = self.car_pick.pick(r) if r() < 0.3 else self.big3_pick.pick(r)
        ch, pt, tk = self.place(ci, prov, "STORE" if r() < 0.55 else "AGENT")
        ts = self.ts(tk)
        for m in members[:n]:
            self.reg(m, ci, ch, pt, ts, "legit_family_bundle", self.human_prof(m))
            ts += 90 + int(r() * 330)
        return n

    def g_family_parent_name(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        p = self.person(age=32 + int(r() * 25))
        ci = self.car_pick.pick(r)
        ch, pt, tk = self.place(ci, p.rprov, "STORE" if r() < 0.4 else "AGENT")
        ts = self.ts(tk)
        k = min(budget, 2 + (1 if r() < 0.35 else 0) + (1 if r() < 0.1 else 0))
        sel = self.capture(p.face)
        fm = self.fm_legit(p, ch)
        for i in range(k):
            if i == 0:
                prof, fu = self.human_prof(p), p.phone
            else:
                x = r()
                if x < 0.35:    # child's GPS smartwatch
                    fu, prof = self.imei(TAC_IOT[:2]), "light"
                elif x < 0.75:  # child's first phone
                    fu, prof = self.imei(TAC_CHEAP), "light"
                else:           # grandparent's feature phone
                    fu, prof = self.imei(TAC_FEATURE), "feature"
            reuse = i > 0 and r() < 0.5
            self.reg(p, ci, ch, pt, ts, "legit_family_parent_name", prof, fu=fu,
                     selfie=sel if reuse else None, fm=fm if reuse else None)
            ts += 50 + int(r() * 200)
        return k

    def g_ekyc_for_parent(self, budget):
        r = self.r
        child = self.person(age=22 + int(r() * 20))
        parent = self.person(rprov=child.bprov, age=min(88, child.age + 22 + int(r() * 14)), local=True)
        ci = self.car_pick.pick(r)
        ts = self.ts("app")
        n = 0
        if budget >= 2 and r() < 0.4:
            self.reg(child, ci, "EKYC_APP", None, ts, "legit_ekyc_self", self.human_prof(child))
            ts += 120 + int(r() * 900)
            n += 1
        self.reg(parent, ci, "EKYC_APP", None, ts, "legit_ekyc_for_parent",
                 "feature" if parent.phone[:8] in TAC_FEATURE else "light",
                 dev=child.phone, fu=parent.phone if r() < 0.85 else "")
        return n + 1

    def g_family_shared_device(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        a = self.person(age=24 + int(r() * 30))
        b = self.person(a.rprov, age=max(18, a.age - 6 + int(r() * 10)),
                        g="F" if a.g == "M" else "M")
        ci = self.car_pick.pick(r)
        ts = self.ts("app")
        dev = a.phone
        for m in ([a, b] if r() < 0.5 else [b, a]):
            self.reg(m, ci, "EKYC_APP", None, ts, "legit_family_shared_device",
                     self.human_prof(m), dev=dev)
            ts += 180 + int(r() * 1500)
        return 2

    def g_multi_sim_business(self, budget):
        r = self.r
        p = self.person(age=22 + int(r() * 28))
        k = min(budget, 3 + int(r() * r() * 5))
        phones = [p.phone, self.imei(), self.imei(TAC_CHEAP)]
        cis = [self.big3_pick.pick(r)]
        if r() < 0.4:
            cis.append(self.car_pick.pick(r))
        count = {}
        day = self.day("agent")
        for i in range(k):
            ci = cis[0] if (i < 2 or r() < 0.6) else cis[-1]
            c = count.get(ci, 0)
            count[ci] = c + 1
            if c >= 3:
                ch = "STORE"
            else:
                ch = "EKYC_APP" if r() < 0.45 else ("AGENT" if r() < 0.7 else "STORE")
            ch, pt, tk = self.place(ci, p.rprov, ch)
            if r() < 0.6:
                day = self.dd(day + int(r() * 9))
            self.reg(p, ci, ch, pt, self.ts(tk, day), "legit_multi_sim_business",
                     "heavy" if r() < 0.6 else "normal", fu=phones[int(r() * 3)])
        return k

    def g_data_sim(self, budget):
        r = self.r
        p = self.person(age=20 + int(r() * 45))
        ci = self.car_pick.pick(r)
        ch, pt, tk = self.place(ci, p.rprov, self.chan_for(p, ci))
        ts = self.ts(tk)
        n = 0
        if budget >= 2 and r() < 0.35:
            self.reg(p, ci, ch, pt, ts, "legit_data_sim", self.human_prof(p))
            ts += 60 + int(r() * 200)
            n = 1
        self.reg(p, ci, ch, pt, ts, "legit_data_sim", "data_only" if r() < 0.85 else "backup",
                 fu=self.imei(TAC_ROUTER + TAC_TABLET) if r() < 0.9 else "")
        return n + 1

    def org_name(self, iot=False):
        r = self.r
        nm = COMPANY_NAME[int(r() * len(COMPANY_NAME))]
        if iot:
            s = IOT_ORG[int(r() * len(IOT_ORG))] + " " + nm
        else:
            s = "%s %s %s" % (COMPANY_KIND[int(r() * len(COMPANY_KIND))],
                              COMPANY_WORD[int(r() * len(COMPANY_WORD))], nm)
        if r() < 0.08:
            s += ", Chi nhánh " + ("Hà Nội", "Đà Nẵng", "TP.HCM", "Cần Thơ", "Hải Phòng")[int(r() * 5)]
        return s

    def g_corporate_bulk(self, budget):
        r = self.r
        prov = self.prov_pick.pick(r)
        n = min(budget, self.sz(8, 70) * (4 if r() < 0.08 else 1))
        ci = self.big3_pick.pick(r) if r() < 0.9 else self.car_pick.pick(r)
        ent = r() < 0.8
        pt = self.special_point(ci, prov, "ENTERPRISE") if ent else self.point(ci, prov, "AGENT")
        ch = "STORE" if ent else "AGENT"
        rep = self.person(prov, age=30 + int(r() * 25))
        callc = r() < 0.15
        name = self.org_name()
        if callc:
            name = "%s %s %s" % (COMPANY_KIND[int(r() * 3)],
                                 ("Dịch vụ Viễn thông", "Truyền thông", "Tài chính", "Chăm sóc Khách hàng",
                                  "Thu hồi Công nợ")[int(r() * 5)],
                                 COMPANY_NAME[int(r() * len(COMPANY_NAME))])
        idn = self.tax_code(prov, branch=r() < 0.2)
        sel = self.capture(rep.face) if r() < 0.55 else None
        fm = self.fm_legit(rep, ch) if sel is not None else None
        pop = "UNCHECKED" if r() < 0.75 else "MATCH"
        run = self.nsn_run(ci, n) if r() < 0.45 else None
        ts = self.ts("enterprise")
        ds = pt[2]
        dev = ds[int(r() * len(ds))]
        for i in range(n):
            iccid, imsi, nsn = self.kit(pt, choose=0.0)
            if run is not None:
                self.nsns.discard(int(nsn))
                nsn = run[i]
            self.add(ci, nsn, imsi, iccid, "ORGANIZATION", "ORG", idn, name, "", "", "VN", prov,
                     ts, ch, pt[0], dev, sel, fm, pop, "ACTIVE",
                     self.imei() if r() < 0.85 else "", "telesales" if callc else "corp", 0, 0,
                     "legit_corporate_callcentre" if callc else "legit_corporate_bulk")
            ts += 15 + int(r() * 60)
        return n

    def g_ekyc_assisted(self, budget):
        """Commune volunteers help elderly villagers register / re-verify on one phone."""
        r = self.r
        prov = self.pop_pick.pick(r) if r() < 0.6 else self.prov_pick.pick(r)
        n = min(budget, self.sz(8, 45))
        hdev = [self.imei() for _ in range(1 + (1 if r() < 0.4 else 0))]
        ci = self.big3_pick.pick(r)
        for t in self.queue_times(self.day("store"), 8, 16.5, n, 420):
            v = self.person(prov, age=58 + int(r() * 30), local=True)
            self.reg(v, ci, "EKYC_APP", None, t, "legit_ekyc_assisted",
                     "feature" if v.phone[:8] in TAC_FEATURE else "light", dev=hdev[int(r() * len(hdev))])
        return n

    def g_corp_employee_list(self, budget):
        r = self.r
        prov = self.prov_pick.pick(r)
        n = min(budget, self.sz(5, 40))
        ci = self.big3_pick.pick(r)
        pt = self.special_point(ci, prov, "ENTERPRISE")
        ts = self.ts("enterprise")
        for _ in range(n):
            e = self.person(prov, age=20 + int(r() * 32))
            self.reg(e, ci, "STORE", pt, ts, "legit_corporate_employee_list", "corp", choose=0.0)
            ts += 30 + int(r() * 100)
        return n

    def g_iot(self, budget):
        r = self.r
        prov = self.prov_pick.pick(r)
        n = min(budget, self.sz(20, 300) * (3 if r() < 0.1 else 1))
        ci = self.big3_pick.pick(r)
        online = r() < 0.4
        pt = self.special_point(ci, prov, "ENTERPRISE", 1)
        name = self.org_name(iot=True)
        idn = self.tax_code(prov)
        run = self.nsn_run(ci, n) if r() < 0.7 else None
        mods = self.imei_run(TAC_IOT, n)
        deployed = r() < 0.85
        ts = self.ts("enterprise")
        step = (1, 6) if online else (8, 25)
        dev = "" if online else pt[2][0]
        for i in range(n):
            iccid, imsi, nsn = self.kit(pt, choose=0.0, box_size=1000)
            if run is not None:
                self.nsns.discard(int(nsn))
                nsn = run[i]
            use = deployed and r() < 0.93
            self.add(ci, nsn, imsi, iccid, "ORGANIZATION", "ORG", idn, name, "", "", "VN", prov,
                     ts, "ONLINE" if online else "STORE", "" if online else pt[0], dev, None, None,
                     "UNCHECKED", "ACTIVE", mods[i] if use else "", "iot" if use else "unused",
                     0, 0, "legit_iot_m2m")
            ts += step[0] + int(r() * (step[1] - step[0]))
        return n

    def queue_times(self, day, h0, h1, n, mean_gap):
        """Arrival times of a queue at a booth / shop over one or more days."""
        r = self.rng
        out = []
        t = day * DAY + int(h0 * 3600 + r.random() * 1800)
        for _ in range(n):
            t += int(r.expovariate(1.0 / mean_gap)) + 25
            if t % DAY > h1 * 3600:
                day = self.dd(day + 1)
                t = day * DAY + int(h0 * 3600 + r.random() * 600)
            out.append(t)
        return out

    def g_school(self, budget):
        r = self.r
        prov = ("001", "079", "048", "046", "092", "040", "019", "052")[int(r() * 8)] \
            if self.S["geo"] != "hcmc" else "079"
        ci = self.big3_pick.pick(r)
        pt = self.special_point(ci, prov, "CAMPUS", int(r() * 4))
        n = min(budget, self.sz(40, 220))
        sem = [d for d in range(self.ndays)
               if date(self.start.year, 8, 12) <= self.start + timedelta(days=d) <= date(self.start.year, 9, 30)
               and (self.start + timedelta(days=d)).weekday() < 5]
        day = sem[int(r() * len(sem))] if sem else self.day("campus")
        times = self.queue_times(day, 8, 17, n, 100)
        for t in times:
            s = self.person(prov, age=18 + int(r() * 3), bprov=self.pop_pick.pick(r))
            self.reg(s, ci, "AGENT", pt, t, "legit_student_campus", "heavy" if r() < 0.5 else "normal",
                     choose=0.0)
        return n

    def g_factory_gate(self, budget):
        r = self.r
        cands = [(p, self.prov_share[p]) for p in sorted(INDUSTRIAL) if self.prov_share[p] > 0.002]
        if not cands:
            return self.g_base(budget)
        prov = Picker(cands).pick(r)
        ci = self.big3_pick.pick(r)
        pt = self.special_point(ci, prov, "STREET", int(r() * 5))
        n = min(budget, self.sz(10, 60))
        day = self.day("street")
        h0 = 11 if r() < 0.4 else 17
        times = self.queue_times(day, h0, h0 + 2.5, n, 150)
        for t in times:
            w = self.person(prov, age=18 + int(r() * 22), local=False)
            self.reg(w, ci, "AGENT", pt, t, "legit_factory_gate_rush", self.human_prof(w))
        return n

    def g_tourist(self, budget):
        r = self.r
        prov = "079" if self.S["geo"] == "hcmc" else Picker(list(AIRPORT_PROV.items())).pick(r)
        ci = self.big3_pick.pick(r)
        pt = self.special_point(ci, prov, "AIRPORT")
        n = min(budget, 3 + int(r() * 22))
        ts = self.ts("airport")
        nat0 = self.tourist_nat.pick(r)
        for _ in range(n):
            nat = nat0 if r() < 0.65 else self.tourist_nat.pick(r)
            p = self.foreigner(nat, prov, age=18 + int(r() * 50))
            p.rprov = prov if r() < 0.5 else ""
            self.reg(p, ci, "STORE", pt, ts, "legit_tourist_airport", "tourist",
                     fm=max(0.6, min(0.99, self.rng.gauss(0.88, 0.05))), choose=0.0)
            ts += 30 + int(r() * 160)
        return n

    def g_foreign_resident(self, budget):
        r = self.r
        prov = Picker([(p, self.prov_share[p] * (3 if p in METROS or p in INDUSTRIAL else 0.3))
                       for p in PROV_CODES]).pick(r)
        p = self.foreigner(self.resident_nat.pick(r), prov, age=24 + int(r() * 35))
        ci = self.big3_pick.pick(r)
        ch, pt, tk = self.place(ci, prov, "STORE" if r() < 0.75 else "AGENT")
        ts = self.ts(tk)
        k = 2 if (budget >= 2 and r() < 0.2) else 1
        for _ in range(k):
            self.reg(p, ci, ch, pt, ts, "legit_foreign_resident", "normal",
                     fm=max(0.6, min(0.99, self.rng.gauss(0.88, 0.05))))
            ts += 60 + int(r() * 200)
        return k

    def g_overseas_vn(self, budget):
        r = self.r
        p = self.person(age=25 + int(r() * 45))
        if r() < 0.6:
            p.idt, p.idn = "PASSPORT", self.vn_passport()
            pop = "UNCHECKED" if r() < 0.7 else "MATCH"
        else:
            nat = ("US", "AU", "FR", "DE", "GB")[int(r() * 5)]
            p.idt, p.idn, p.nat = "PASSPORT", self.foreign_passport(nat), nat
            pop = "UNCHECKED"
            if r() < 0.5:
                p.name = unaccent(p.name).upper()
        ci = self.big3_pick.pick(r)
        if r() < 0.4:
            prov = "079" if r() < 0.6 else "001"
            ch, pt = "STORE", self.special_point(ci, prov, "AIRPORT")
            tk = "airport"
        else:
            ch, pt, tk = self.place(ci, p.rprov, "STORE")
        self.reg(p, ci, ch, pt, self.ts(tk), "legit_overseas_vietnamese", "tourist" if r() < 0.5 else "normal",
                 pop=pop)
        return 1

    def history_row(self, p, ci, nsn, iccid, imsi, ts, pat, idt=None, idn=None, status="ACTIVE",
                    selfie=False, prov=None, name=None, ch=None, junk=0, no=0, pop="UNCHECKED"):
        r = self.r
        prov = prov or p.rprov or "001"
        if ch is None:
            ch = "AGENT" if r() < 0.7 else "STORE"
        pt = self.point(ci, prov, ch)
        ch = "STORE" if pt[1] == "STORE" else "AGENT"
        nm = name if name is not None else (unaccent(p.name).upper() if r() < 0.35 else p.name)
        self.add(ci, nsn, imsi if r() < 0.8 else "", iccid, "INDIVIDUAL", idt or p.idt, idn or p.idn,
                 nm, p.dob, p.g if r() < 0.8 else "", p.nat, prov, ts, ch, pt[0],
                 pt[2][0] if r() < 0.5 else "", self.capture(p.face) if selfie else None,
                 None, pop, status, "", None, junk, no, pat, True)

    def g_cccd_update(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        p = self.person(age=26 + int(r() * 52))
        ci = self.car_pick.pick(r) if r() < 0.4 else self.big3_pick.pick(r)
        nsn = self.nsn(ci)
        old_t = self.old_ts(2012, 2021)
        iccid, imsi = self.loose_kit(ci, (self.start + timedelta(days=old_t // DAY)).year)
        oldprov = p.bprov if r() < 0.6 else p.rprov
        if r() < 0.15:  # legacy 12-digit CMND: same number carried over, or unrelated digits
            old_id = p.idn if r() < 0.5 else "%012d" % int(r() * 10 ** 12)
        else:
            old_id = self.cmnd9(oldprov)
        self.history_row(p, ci, nsn, iccid, imsi, old_t, "legit_cccd_update",
                         idt="CMND", idn=old_id, prov=oldprov,
                         status="ONE_WAY_LOCKED" if (self.c08 and r() < 0.3) else "ACTIVE")
        x = r()
        ch = "EKYC_APP" if x < 0.5 else "STORE" if x < 0.8 else "AGENT"
        if p.age >= 60 and ch == "EKYC_APP":
            ch = "AGENT"
        ch, pt, tk = self.place(ci, p.rprov, ch)
        self.reg(p, ci, ch, pt, self.ts(tk), "legit_cccd_update",
                 self.human_prof(p) if r() < 0.4 else None, kit=(iccid, imsi, nsn), pop="MATCH")
        return 2

    def g_lost_sim_swap(self, budget):
        r = self.r
        p = self.person(age=20 + int(r() * 50))
        ci = self.car_pick.pick(r) if r() < 0.3 else self.big3_pick.pick(r)
        nsn = self.nsn(ci)
        n = 0
        if budget >= 2 and r() < 0.5:
            y = 2016 + int(r() * 9)
            oi, om = self.loose_kit(ci, y)
            if y < 2021:
                self.history_row(p, ci, nsn, oi, om, self.old_ts(y, y), "legit_lost_sim_replacement",
                                 idt="CMND", idn=self.cmnd9(p.bprov))
            else:
                self.history_row(p, ci, nsn, oi, om, self.old_ts(y, y), "legit_lost_sim_replacement",
                                 selfie=True, pop="MATCH")
            n = 1
        ch, pt, tk = self.place(ci, p.rprov, "STORE" if r() < 0.8 else "AGENT")
        iccid, imsi, k_nsn = self.kit(pt, choose=0.0)
        self.nsns.discard(int(k_nsn))
        if r() < 0.5:
            p.phone = self.imei()  # the phone was lost with the SIM
        self.reg(p, ci, ch, pt, self.ts(tk), "legit_lost_sim_replacement",
                 "normal" if r() < 0.4 else None, kit=(iccid, imsi, nsn), pop="MATCH")
        return n + 1

    def g_ownership_transfer(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        old = self.person(age=55 + int(r() * 30))
        new = self.person(old.rprov, age=max(20, old.age - 25 - int(r() * 10)),
                          surname=old.name.split()[0] if old.g == "M" else None)
        ci = self.big3_pick.pick(r)
        nsn = self.nsn(ci)
        y = 2010 + int(r() * 14)
        oi, om = self.loose_kit(ci, y)
        if y < 2021:
            self.history_row(old, ci, nsn, oi, om, self.old_ts(y, y), "legit_ownership_transfer",
                             idt="CMND", idn=self.cmnd9(old.bprov))
        else:
            self.history_row(old, ci, nsn, oi, om, self.old_ts(y, y), "legit_ownership_transfer",
                             selfie=True, pop="MATCH")
        ch, pt, tk = self.place(ci, new.rprov, "STORE")
        kit = (oi, om, nsn)
        if r() < 0.3:
            iccid, imsi, k_nsn = self.kit(pt, choose=0.0)
            self.nsns.discard(int(k_nsn))
            kit = (iccid, imsi, nsn)
        self.reg(new, ci, ch, pt, self.ts(tk), "legit_ownership_transfer", None, kit=kit)
        return 2

    def g_recycled_number(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        ci = self.big3_pick.pick(r)
        nsn = self.nsn(ci)
        y = 2019 + int(r() * 5)
        oi, om = self.loose_kit(ci, y)
        if r() < 0.5:   # former junk SIM revoked in the 2023 clean-up
            fp, by, g = self.cccd_random(True)
            old = self.person(age=self.year - by, g=g)
            old.idn = self.cccd(fp if fp in PROV_POP else "001", by, g)
            self.history_row(old, ci, nsn, oi, om, self.old_ts(y, y), "legit_recycled_number",
                             status="TERMINATED", pop="NOT_FOUND")
        else:
            old = self.person(age=30 + int(r() * 40))
            self.history_row(old, ci, nsn, oi, om, self.old_ts(y, y), "legit_recycled_number",
                             status="TERMINATED", pop="MATCH" if y >= 2022 else "UNCHECKED")
        p = self.person()
        ch, pt, tk = self.place(ci, p.rprov, self.chan_for(p, ci))
        iccid, imsi, k_nsn = self.kit(pt if pt is not None else self.warehouse(ci), choose=0.0)
        self.nsns.discard(int(k_nsn))
        self.reg(p, ci, ch, pt, self.ts(tk), "legit_recycled_number", self.human_prof(p),
                 kit=(iccid, imsi, nsn))
        return 2

    def g_port_in(self, budget):
        r = self.r
        p = self.person(age=20 + int(r() * 45))
        ci = self.big3_pick.pick(r) if r() < 0.85 else self.car_pick.pick(r)
        donor = ci
        while donor == ci or CARRIERS[donor][0] in ("REDDI", "ASIM", "DIGILIFE", "LOCAL"):
            donor = self.car_pick.pick(r)
        nsn = self.nsn(ci, self.pfx_pick[donor].pick(r))
        ch = "STORE" if r() < 0.7 else "ONLINE"
        ch, pt, tk = self.place(ci, p.rprov, ch)
        iccid, imsi, k_nsn = self.kit(pt if pt is not None else self.warehouse(ci), choose=0.0)
        self.nsns.discard(int(k_nsn))
        self.reg(p, ci, ch, pt, self.ts(tk), "legit_port_in", self.human_prof(p),
                 kit=(iccid, imsi, nsn))
        return 1

    def g_typo(self, budget):
        r = self.r
        p = self.person()
        ci = self.car_pick.pick(r)
        ch, pt, tk = self.place(ci, p.rprov, "AGENT" if r() < 0.8 else "STORE")
        ts = self.ts(tk)
        y, m, d = p.dob.split("-")
        dob, g, idn, name, pop = p.dob, p.g, p.idn, self.typed(p.name, pt), "MISMATCH"
        x = r()
        if x < 0.25 and int(d) <= 12 and d != m:
            dob = "%s-%s-%s" % (y, d, m)
        elif x < 0.4:
            dob = "%04d-%s-%s" % (int(y) + (1 if r() < 0.5 else -1), m, d if d != "29" else "28")
        elif x < 0.6:
            g = "F" if g == "M" else "M"
            pop = "MATCH"
        elif x < 0.82:
            parts = name.split()
            i = 1 + int(r() * (len(parts) - 1))
            parts[i] = unaccent(parts[i]) if r() < 0.6 else parts[i][:-1] + parts[i][-1] * 2
            name = " ".join(parts)
        else:
            k = 6 + int(r() * 6)
            idn = idn[:k] + str((int(idn[k]) + 1 + int(r() * 8)) % 10) + idn[k + 1:]
            pop = "NOT_FOUND" if r() < 0.6 else "MISMATCH"
        q = Person()
        for a in Person.__slots__:
            setattr(q, a, getattr(p, a))
        q.dob, q.g, q.idn = dob, g, idn
        if budget >= 2 and r() < 0.3:
            nsn = self.reg(q, ci, ch, pt, ts, "legit_typo_corrected", None, pop=pop, name=name,
                           status="ACTIVE")
            self.rows[-1][R_HIST] = True
            last = self.rows[-1]
            ts2 = self.ts(tk, self.dd(ts // DAY + int(r() * 6)))
            if ts2 <= ts:
                ts2 = ts + 1800 + int(r() * 5400)
            self.reg(p, ci, ch, pt, ts2, "legit_typo_corrected", self.human_prof(p),
                     kit=(last[R_ICCID], last[R_IMSI], nsn), pop="MATCH")
            return 2
        self.reg(q, ci, ch, pt, ts, "legit_clerical_typo", self.human_prof(p), pop=pop, name=name,
                 fu=p.phone)
        return 1

    def g_elderly(self, budget):
        r = self.r
        p = self.person(age=60 + int(r() * 28))
        if r() < 0.7 and p.phone[:8] not in TAC_FEATURE:
            p.phone = self.imei(TAC_FEATURE)
        ci = self.car_pick.pick(r) if r() < 0.3 else self.big3_pick.pick(r)
        ch, pt, tk = self.place(ci, p.rprov, "AGENT" if r() < 0.65 else "STORE")
        pop = "MISMATCH" if r() < 0.03 else None
        self.reg(p, ci, ch, pt, self.ts(tk), "legit_elderly_feature_phone",
                 "feature" if p.phone[:8] in TAC_FEATURE else "light", pop=pop)
        return 1

    def g_ekyc_failed_then_store(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        p = self.person(age=18 + int(r() * 50))
        ci = self.car_pick.pick(r)
        ts = self.ts("app")
        self.reg(p, ci, "EKYC_APP", None, ts, "legit_ekyc_failed_then_store", "unused",
                 fm=round(0.45 + r() * 0.33, 3), pop="MISMATCH" if r() < 0.6 else "NOT_FOUND",
                 status="TWO_WAY_LOCKED" if r() < 0.7 else "TERMINATED", fu="")
        day = self.dd(ts // DAY + 1 + int(r() * 5))
        ch, pt, tk = self.place(ci, p.rprov, "STORE" if r() < 0.6 else "AGENT")
        self.reg(p, ci, ch, pt, self.ts(tk, day), "legit_ekyc_failed_then_store", self.human_prof(p),
                 pop="MATCH")
        return 2

    def g_device_change(self, budget):
        r = self.r
        p = self.person(age=18 + int(r() * 45))
        ci = self.car_pick.pick(r)
        ch = "EKYC_APP" if r() < 0.6 else "AGENT"
        ch, pt, tk = self.place(ci, p.rprov, ch)
        ts = self.ts(tk)
        old = p.phone
        p.phone = self.imei()
        st = None
        if self.c08 and r() < 0.4:
            st = "ONE_WAY_LOCKED"
        self.reg(p, ci, ch, pt, ts, "legit_device_change", self.human_prof(p),
                 dev=old if ch == "EKYC_APP" else None, fu=p.phone, status=st)
        return 1

    def g_border_trader(self, budget):
        r = self.r
        bp = [(p, w) for p, w in BORDER_PROV.items()]
        prov = Picker(bp).pick(r)
        if r() < 0.3:
            nat = "CN" if prov in ("020", "010", "022", "004", "002") else \
                ("KH" if prov in ("089", "072", "091") else "LA")
            p = self.foreigner(nat, prov, age=25 + int(r() * 35))
            pat = "legit_foreign_trader"
        else:
            p = self.person(prov, age=22 + int(r() * 40), local=r() < 0.8)
            pat = "legit_border_trader"
        k = min(budget, 1 + int(r() * 3))
        day = self.day("agent")
        for i in range(k):
            ci = self.big3_pick.pick(r) if i else 0
            ch, pt, tk = self.place(ci, prov, "AGENT" if r() < 0.75 else "STORE")
            self.reg(p, ci, ch, pt, self.ts(tk, day), pat, "heavy" if r() < 0.5 else "normal",
                     fm=None if p.nat == "VN" else max(0.6, min(0.99, self.rng.gauss(0.87, 0.05))))
            if r() < 0.6:
                day = self.dd(day + int(r() * 10))
        return k

    def g_reverify(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        p = self.person(age=18 + int(r() * 60))
        ci = self.car_pick.pick(r)
        nsn = self.nsn(ci)
        y = 2018 + int(r() * 8)
        oi, om = self.loose_kit(ci, y)
        self.history_row(p, ci, nsn, oi, om, min(self.old_ts(y, y), -3 * DAY),
                         "legit_reverification", selfie=r() < 0.5,
                         pop="MATCH" if y >= 2022 or r() < 0.6 else "UNCHECKED")
        x = r()
        ch = "EKYC_APP" if x < 0.65 else "STORE" if x < 0.9 else "AGENT"
        if p.age >= 65 and ch == "EKYC_APP" and r() < 0.6:
            ch = "STORE"
        ch, pt, tk = self.place(ci, p.rprov, ch)
        self.reg(p, ci, ch, pt, self.ts(tk), "legit_reverification", None, kit=(oi, om, nsn),
                 pop="MATCH")
        return 2

    # ================================================================ fraud actors
    def fraud_prov(self):
        r = self.r
        if not hasattr(self, "_fpick"):
            boost = {"079": 1.6, "001": 1.4, "074": 1.5, "075": 1.5, "027": 1.4, "089": 1.3,
                     "020": 1.3, "072": 1.3, "040": 1.1, "048": 1.1}
            self._fpick = Picker([(p, self.prov_share[p] * boost.get(p, 1.0) + 1e-6)
                                  for p in PROV_CODES])
        return self._fpick.pick(r)

    def fraud_carrier(self):
        r = self.r
        x = r()
        if x < 0.82:
            return self.big3_pick.pick(r)
        return self.car_pick.pick(r) if x < 0.93 else CAR_IDX["VIETNAMOBILE"]

    def dealer(self, ci, prov, insider=False):
        r = self.r
        if not hasattr(self, "_bad"):
            self._bad = {}
        lst = self._bad.setdefault((ci, insider), [])
        if lst and r() < 0.5:
            return lst[int(r() * len(lst))]
        pt = self.point(ci, prov, "STORE" if insider else "AGENT")
        lst.append(pt)
        return pt

    def fraud_times(self, n, st, session=(15, 80), gap=(20, 120), span=(7, 28), kind="night"):
        r = self.r
        out = []
        if not st:
            while len(out) < n:
                t = self.ts(kind if r() < 0.6 else "agent")
                m = session[0] + int(r() * (session[1] - session[0]))
                for _ in range(min(n - len(out), m)):
                    out.append(t)
                    t += gap[0] + int(r() * (gap[1] - gap[0]))
        else:
            d0 = min(self.day("agent"), max(0, self.ndays - span[0]))
            w = span[0] + int(r() * (span[1] - span[0]))
            for _ in range(n):
                out.append(self.ts("agent", self.dd(d0 + int(r() * w))))
            out.sort()
        return out

    def fab_person(self, prov, sloppy, st):
        """A fabricated identity: invented number, name and birth date."""
        r = self.r
        if st:
            bprov = prov if r() < 0.6 else self.pop_pick.pick(r)
            by, g = self.year - 19 - int(r() * 35), ("M" if r() < 0.55 else "F")
        else:
            bprov, by, g = self.cccd_random(sloppy)
        p = Person()
        p.age, p.by, p.g, p.bprov = self.year - by, by, g, bprov
        p.rprov = prov if r() < 0.8 else ""
        p.dob = self.dob(by)
        p.name = self.name(g, by, bprov if bprov in PROV_REGION else prov)
        G = (by // 100 - 19) * 2 + (1 if g == "F" else 0)
        n = (int(bprov) * 10 ** 9 + G * 10 ** 8 + (by % 100) * 10 ** 6 + int(r() * 10 ** 6))
        while n in self.ids:
            n += 1
        self.ids.add(n)
        p.idt, p.idn = "CCCD", "%012d" % n
        if sloppy and r() < 0.45:   # declared data inconsistent with the number
            if r() < 0.5:
                p.g = "F" if g == "M" else "M"
            else:
                p.dob = self.dob(by + (1 + int(r() * 6)) * (1 if r() < 0.5 else -1))
        p.face = self.face()
        p.phone = ""
        p.nat = "VN"
        return p

    def leak_source(self):
        r = self.r
        if not hasattr(self, "_leaks"):
            self._leaks = []
        if self._leaks and r() < 0.6:
            return self._leaks[int(r() * len(self._leaks))]
        src = (self.prov_pick.pick(r) if r() < 0.7 else self.pop_pick.pick(r),
               18 + int(r() * 20), 8 + int(r() * 30))
        self._leaks.append(src)
        return src

    def victim(self, src=None):
        """A real person whose documents leaked (hotel, lender app, pawn shop, data sale)."""
        r = self.r
        if self.victims and r() < 0.15:
            return self.victims[int(r() * len(self.victims))]
        if src is None:
            src = self.leak_source()
        prov, a0, aw = src
        v = self.person(prov if r() < 0.75 else None, age=a0 + int(r() * aw))
        self.victims.append(v)
        if r() < 0.1:   # the victim also registers a genuine SIM of their own
            ci = self.car_pick.pick(r)
            ch, pt, tk = self.place(ci, v.rprov, self.chan_for(v, ci))
            self.reg(v, ci, ch, pt, self.ts(tk), "legit_walkin_agent" if ch == "AGENT" else
                     "legit_walkin_store" if ch == "STORE" else "legit_ekyc_self", self.human_prof(v))
        return v

    def poor_person(self):
        r = self.r
        prov = POOR_PROV[int(r() * len(POOR_PROV))]
        age = 18 + int(r() * 6) if r() < 0.55 else 50 + int(r() * 26)
        return self.person(prov, age=age, local=True)

    def f_row(self, p, ci, ch, pt, ts, pat, junk, no, prof, selfie, fm, pop, fu, kit=None, dev=None,
              risk=0.0, status=None):
        return self.reg(p, ci, ch, pt, ts, pat, prof, fu=fu, kit=kit, fm=fm if fm is not None else False,
                        pop=pop, dev=dev, selfie=selfie if selfie is not None else False,
                        junk=junk, no=no, status=status if status is not None else self.status(ts, pop, risk),
                        choose=0.0)

    def resale_prof(self, st):
        x = self.r()
        if st:
            return "resold" if x < 0.55 else "preact" if x < 0.8 else "unused"
        return "preact" if x < 0.5 else "resold" if x < 0.75 else "unused"

    # ---------------------------------------------------------------- F1
    def g_preact_fabricated(self, budget):
        r = self.r
        st = r() < self.stealth
        ci = self.fraud_carrier()
        prov = self.fraud_prov()
        pts = [self.dealer(ci, prov)] + ([self.dealer(ci, prov), self.dealer(ci, self.fraud_prov())] if st else [])
        n = min(budget, self.sz(30, 240))
        sloppy = (not st) and r() < 0.5
        cmnd = (not st) and r() < 0.2
        templates = [self.face() for _ in range(2 + int(r() * 5))]
        act = [self.imei(TAC_FEATURE + TAC_CHEAP) for _ in range(1 + int(r() * 3))]
        for i, ts in enumerate(self.fraud_times(n, st)):
            pt = pts[int(r() * len(pts))]
            p = self.fab_person(pt[7], sloppy, st)
            if cmnd:
                p.idt, p.idn = "CMND", self.cmnd9(pt[7])
            if st:
                sel = self.capture(p.face)
                fm = round(0.72 + r() * 0.2, 3)
                pop = "UNCHECKED" if r() < 0.7 else "NOT_FOUND"
                fu = "" if r() < 0.5 else self.imei()
            else:
                sel = self.capture(templates[i % len(templates)], int(r() * 4)) if r() < 0.85 else None
                fm = round(0.15 + r() * 0.45, 3) if (sel is not None and r() < 0.8) else None
                x = r()
                pop = "NOT_FOUND" if x < 0.55 else "MISMATCH" if x < 0.7 else "UNCHECKED"
                fu = act[int(r() * len(act))] if r() < 0.7 else ""
            self.f_row(p, ci, "STORE" if pt[1] == "STORE" else "AGENT", pt, ts,
                       "preact_fabricated_id", 1, 0, self.resale_prof(st), sel, fm, pop, fu,
                       kit=self.kit(pt, choose=0.0, box_size=500), risk=0.05)
        return n

    # ---------------------------------------------------------------- F2
    def g_preact_leaked(self, budget):
        r = self.r
        st = r() < self.stealth
        ci = self.fraud_carrier()
        prov = self.fraud_prov()
        pts = [self.dealer(ci, prov, insider=st and r() < 0.3)]
        if st:
            pts.append(self.dealer(ci, self.fraud_prov()))
        n = min(budget, self.sz(25, 180))
        src = self.leak_source()
        lazy = (not st) and r() < 0.4
        dface = self.face()
        act = [self.imei(TAC_FEATURE + TAC_CHEAP) for _ in range(1 + int(r() * 2))]
        times = self.fraud_times(n, st)
        i = 0
        while i < n:
            v = self.victim(src)
            k = min(n - i, 1 + int(r() * (2 if st else 4)))
            for _ in range(k):
                pt = pts[int(r() * len(pts))]
                if lazy:
                    sel, fm = self.capture(dface, int(r() * 4)), round(0.25 + r() * 0.3, 3)
                elif st:
                    sel, fm = self.capture(v.face, 3 + int(r() * 4)), round(0.78 + r() * 0.15, 3)
                else:
                    sel, fm = self.capture(v.face, 5 + int(r() * 5)), round(0.55 + r() * 0.25, 3)
                fu = (act[int(r() * len(act))] if r() < 0.65 else "") if not st else \
                    ("" if r() < 0.5 else self.imei())
                self.f_row(v, ci, "STORE" if pt[1] == "STORE" else "AGENT", pt, times[i],
                           "preact_leaked_identity", 1, 1, self.resale_prof(st), sel, fm, "MATCH",
                           fu, kit=self.kit(pt, choose=0.0, box_size=300), risk=0.04)
                i += 1
        return n

    # ---------------------------------------------------------------- F3
    def g_agent_own_id(self, budget):
        r = self.r
        st = r() < self.stealth
        ci = self.fraud_carrier()
        prov = self.fraud_prov()
        pt = self.dealer(ci, prov)
        owner = self.person(prov, age=25 + int(r() * 30))
        ids = [owner]
        if st:   # spread over the family's documents
            sur = owner.name.split()[0]
            ids.append(self.person(prov, age=owner.age - 2 + int(r() * 6), g="F" if owner.g == "M" else "M"))
            for _ in range(1 + int(r() * 3)):
                ids.append(self.person(prov, age=owner.age + 20 + int(r() * 10), surname=sur,
                                       bprov=owner.bprov))
        n = min(budget, self.sz(20, 180) if not st else self.sz(8, 40))
        sel0 = self.capture(owner.face)
        act = [self.imei(TAC_FEATURE) for _ in range(1 + int(r() * 2))]
        times = self.fraud_times(n, st, session=(10, 50), gap=(30, 150), kind="night")
        for i in range(n):
            p = ids[i % len(ids)] if st else owner
            if p is owner:
                sel = sel0 if (not st and r() < 0.6) else self.capture(owner.face)
                fm = round(0.86 + r() * 0.11, 3)
            else:   # relatives' documents, the owner's face or a stored photo
                sel = self.capture(p.face, 4 + int(r() * 5)) if r() < 0.6 else self.capture(owner.face)
                fm = round(0.74 + r() * 0.18, 3) if sel != sel0 else round(0.3 + r() * 0.3, 3)
            fu = act[int(r() * len(act))] if (not st and r() < 0.6) else ""
            self.f_row(p, ci, "STORE" if pt[1] == "STORE" else "AGENT", pt, times[i],
                       "agent_own_id_mass", 1, 1, self.resale_prof(st), sel, fm, "MATCH", fu,
                       kit=self.kit(pt, choose=0.0, box_size=300), risk=0.03)
        return n

    # ---------------------------------------------------------------- F4: SIM box / SMS spam farm
    def g_simbox_farm(self, budget, spam=False):
        r = self.r
        st = r() < self.stealth
        ci = self.fraud_carrier()
        geo = self.S["geo"]
        prov = Picker(list(BORDER_PROV.items())).pick(r) if (geo == "border" or r() < 0.25) else self.fraud_prov()
        n = min(budget, self.sz(40, 260))
        ports = (8, 16, 32, 64)[int(r() * 4)]
        modules = self.imei_run(TAC_GATEWAY, ports)
        src = ("fab", "leak", "bought")[int(r() * 3)] if not st else ("leak" if r() < 0.6 else "bought")
        no = 0 if src == "fab" else 1
        pat = "sms_spam_farm" if spam else "simbox_farm"
        prof = "warm" if st else ("sms_spam" if spam else "simbox")
        risk = 0.12 if st else 0.45
        pts = [self.dealer(ci, prov)] + ([self.dealer(ci, self.fraud_prov()), self.dealer(ci, prov)] if st else [])
        times = self.fraud_times(n, st, session=(20, 90), gap=(15, 90))
        lsrc = self.leak_source()
        templ = [self.face() for _ in range(2 + int(r() * 4))]
        i = 0
        while i < n:
            if src == "fab":
                p, k = self.fab_person(pts[0][7], not st and r() < 0.5, st), 1 + int(r() * 2)
            elif src == "leak":
                p, k = self.victim(lsrc), 1 + int(r() * (2 if st else 3))
            else:
                p, k = self.poor_person(), (2 + int(r() * 2)) if st else (4 + int(r() * 12))
            for _ in range(min(k, n - i)):
                pt = pts[int(r() * len(pts))]
                if src == "bought":
                    sel, fm = self.capture(p.face), round(0.85 + r() * 0.12, 3)
                    pop = "MATCH"
                elif src == "leak":
                    sel, fm, pop = self.capture(p.face, 5 + int(r() * 5)), round(0.55 + r() * 0.35, 3), "MATCH"
                else:
                    if st:
                        sel, fm = self.capture(p.face), round(0.7 + r() * 0.2, 3)
                    elif r() < 0.7:
                        sel, fm = self.capture(templ[i % len(templ)], int(r() * 4)), round(0.2 + r() * 0.4, 3)
                    else:
                        sel, fm = None, None
                    pop = "UNCHECKED" if (st or r() < 0.4) else "NOT_FOUND"
                fu = self.imei() if st else (modules[i % ports] if r() < 0.9 else "")
                self.f_row(p, ci, "STORE" if pt[1] == "STORE" else "AGENT", pt, times[i], pat, 1, no,
                           prof, sel, fm, pop, fu, kit=self.kit(pt, choose=0.0, box_size=500), risk=risk)
                i += 1
        return n

    def g_sms_spam_farm(self, budget):
        return self.g_simbox_farm(budget, spam=True)

    # ---------------------------------------------------------------- F5: OTP farm via the app
    def g_otp_farm(self, budget):
        r = self.r
        st = r() < self.stealth
        ci = self.fraud_carrier()
        n = min(budget, self.sz(30, 220))
        bank = self.imei_run(TAC_MODEM, (32, 64, 128)[int(r() * 3)])
        phones = [self.imei(TAC_CHEAP) for _ in range(2 + int(r() * 3))]
        # kits bought in bulk from one dealer, registered through the app
        kit_pt = self.dealer(ci, self.fraud_prov())
        i = 0
        if st:
            d0 = min(self.day("app"), max(0, self.ndays - 14))
        dev = phones[0]
        used = 0
        while i < n:
            p = self.poor_person() if r() < 0.7 else self.victim()
            k = min(n - i, (1 + int(r() * 3)) if st else (3 + int(r() * 4)))
            for _ in range(k):
                if st:
                    ts = self.ts("app", self.dd(d0 + int(r() * 20)))
                    if used >= 3 + int(r() * 3):
                        dev, used = self.imei(), 0
                    used += 1
                    fu = self.imei(TAC_CHEAP) if r() < 0.5 else ""
                    kit = self.kit(self.warehouse(ci), choose=0.0) if r() < 0.6 else \
                        self.kit(kit_pt, choose=0.0, box_size=200)
                else:
                    if i == 0 or r() < 0.08:
                        ts = self.ts("night" if r() < 0.6 else "app")
                    ts += 60 + int(r() * 240)
                    dev = phones[int(r() * len(phones))]
                    fu = bank[i % len(bank)] if r() < 0.9 else ""
                    kit = self.kit(kit_pt, choose=0.0, box_size=500)
                self.f_row(p, ci, "EKYC_APP", None, ts, "otp_sim_farm", 1, 1, "otp",
                           self.capture(p.face, 2 + int(r() * 5)), round(0.8 + r() * 0.15, 3), "MATCH",
                           fu, kit=kit, dev=dev, risk=0.1)
                i += 1
        return n

    # ---------------------------------------------------------------- F6: identity-theft ring
    def g_idtheft_ring(self, budget):
        r = self.r
        st = r() < self.stealth
        ci = self.fraud_carrier()
        n = min(budget, self.sz(20, 150))
        ops = [self.face() for _ in range(1 + int(r() * 3))]
        devs = [self.imei() for _ in range(1 + int(r() * 3))]
        app = r() < 0.7
        pt = None if app else self.dealer(ci, self.fraud_prov())
        ch = "EKYC_APP" if app else ("STORE" if pt[1] == "STORE" else "AGENT")
        lazy = (not st) and r() < 0.5
        scam = r() < 0.6
        src = self.leak_source()
        dev, used = devs[0], 0
        if st:
            d0 = min(self.day("app"), max(0, self.ndays - 14))
        ts = self.ts("night")
        i = 0
        while i < n:
            v = self.victim(src)
            k = min(n - i, 1 + int(r() * (2 if st else 3)))
            for _ in range(k):
                if st:
                    ts = self.ts("app" if app else "agent", self.dd(d0 + int(r() * 25)))
                    if used >= 2 + int(r() * 3):
                        dev, used = self.imei(), 0
                    used += 1
                    sel, fm = self.capture(v.face, 2 + int(r() * 4)), round(0.8 + r() * 0.15, 3)
                    fu = "" if r() < 0.3 else self.imei()
                else:
                    if r() < 0.1:
                        ts = self.ts("night")
                    ts += 90 + int(r() * 600)
                    dev = devs[int(r() * len(devs))]
                    if lazy:
                        sel, fm = self.capture(ops[int(r() * len(ops))]), round(0.38 + r() * 0.32, 3)
                    else:
                        sel, fm = self.capture(v.face, 6 + int(r() * 5)), round(0.6 + r() * 0.22, 3)
                    fu = dev if r() < 0.5 else devs[int(r() * len(devs))]
                self.f_row(v, ci, ch, pt, ts, "identity_theft_ring", 1, 1,
                           "scam_call" if scam else "mule", sel, fm, "MATCH", fu,
                           dev=dev if app else None, risk=0.5 if scam else 0.08,
                           kit=self.kit(pt if pt is not None else self.warehouse(ci), choose=0.0))
                i += 1
        return n

    # ---------------------------------------------------------------- F7: extra SIMs on walk-in documents
    def g_walkin_extra(self, budget):
        r = self.r
        st = r() < self.stealth
        ci = self.fraud_carrier()
        prov = self.fraud_prov()
        insider = r() < (0.35 if st else 0.15)
        pt = self.dealer(ci, prov, insider=insider)
        ch = "STORE" if pt[1] == "STORE" else "AGENT"
        tk = "store" if ch == "STORE" else ("street" if pt[1] == "STREET" else "agent")
        q = 0.14 if st else 0.3
        target = min(budget, self.sz(25, 140))
        act = [self.imei(TAC_FEATURE + TAC_CHEAP) for _ in range(1 + int(r() * 2))]
        made = 0
        d0 = min(self.day(tk), max(0, self.ndays - 10))
        while made < target:
            p = self.person(prov if r() < 0.8 else None)
            ts = self.ts(tk, self.dd(d0 + int(r() * 30)))
            sel = self.capture(p.face)
            fm = self.fm_legit(p, ch)
            nm = self.typed(p.name, pt)
            self.reg(p, ci, ch, pt, ts, "legit_walkin_store" if ch == "STORE" else "legit_walkin_agent",
                     self.human_prof(p), selfie=sel, fm=fm, name=nm, pop="MATCH")
            made += 1
            if r() >= q or made >= target:
                continue
            k = 1 if st else min(3, 1 + int(r() * r() * 3))
            for _ in range(min(k, target - made)):
                if st:
                    x = r()
                    if x < 0.5:
                        t2 = (ts // DAY) * DAY + (21 + int(r() * 2)) * 3600 + int(r() * 3600)
                    elif x < 0.8:
                        t2 = (ts // DAY + 1) * DAY + (7 * 3600) + int(r() * 5400)
                    else:
                        t2 = ts + int((2 + r() * 10) * DAY)
                    t2 = max(t2, ts + 600)
                    s2, f2 = self.capture(p.face, 2 + int(r() * 3)), max(0.5, min(0.995, fm + self.rng.gauss(0, 0.02)))
                    fu = "" if r() < 0.6 else self.imei()
                else:
                    t2 = ts + 60 + int(r() * 400)
                    s2 = sel if r() < 0.7 else self.capture(sel, 1)
                    f2 = fm
                    fu = act[int(r() * len(act))] if r() < 0.6 else ""
                self.reg(p, ci, ch, pt, t2, "walkin_extra_sims", self.resale_prof(st), fu=fu,
                         fm=round(f2, 3), pop="MATCH", selfie=s2, name=nm, junk=1, no=1,
                         status=self.status(t2, "MATCH", 0.03), choose=0.0)
                made += 1
        return made

    # ---------------------------------------------------------------- F8: documents bought from poor people
    def g_bought_docs_mass(self, budget):
        r = self.r
        st = r() < self.stealth
        prov = self.fraud_prov()
        cis = [self.fraud_carrier()]
        if st:
            cis += [self.fraud_carrier(), self.fraud_carrier()]
        pts = {ci: self.dealer(ci, prov) for ci in cis}
        n = min(budget, self.sz(30, 200))
        use = ("simbox", "otp", "scam_call", "unused")[int(r() * 4)]
        act = [self.imei(TAC_FEATURE) for _ in range(2)]
        i = 0
        day = self.day("agent")
        while i < n:
            p = self.poor_person()
            k = min(n - i, (2 + int(r() * 4)) if st else (5 + int(r() * 16)))
            if st:
                day = self.dd(day + int(r() * 3))
                ts = self.ts("agent", day)
            else:
                ts = self.ts("agent", day) if r() < 0.3 else (day * DAY + (9 + int(r() * 8)) * 3600)
                if r() < 0.3:
                    day = self.dd(day + 1 + int(r() * 6))
            for j in range(k):
                ci = cis[j % len(cis)] if st else cis[0]
                pt = pts[ci]
                if st and j and j % len(cis) == 0:
                    ts += int((0.5 + r() * 3) * DAY)
                self.f_row(p, ci, "STORE" if pt[1] == "STORE" else "AGENT", pt, ts,
                           "bought_documents_mass", 1, 1, use if r() < 0.8 else "unused",
                           self.capture(p.face), round(0.84 + r() * 0.13, 3), "MATCH",
                           act[int(r() * 2)] if (not st and r() < 0.4) else "",
                           kit=self.kit(pt, choose=0.0, box_size=300),
                           risk=0.4 if use in ("simbox", "scam_call") else 0.05)
                ts += 45 + int(r() * 150)
                i += 1
        return n

    # ---------------------------------------------------------------- F9: eKYC "helpers" harvesting elderly villagers
    def g_ekyc_helper(self, budget):
        r = self.r
        st = r() < self.stealth
        ci = self.fraud_carrier()
        prov = self.pop_pick.pick(r) if r() < 0.6 else self.prov_pick.pick(r)
        hdev = [self.imei() for _ in range(1 + (1 if r() < 0.4 else 0))]
        target = min(budget, self.sz(15, 90))
        day = self.day("store")
        made = 0
        while made < target:
            v = self.person(prov, age=55 + int(r() * 30), local=True)
            ts = self.ts("agent", day)
            if r() < 0.35:   # a genuine assisted registration for the villager
                self.reg(v, ci, "EKYC_APP", None, ts, "legit_ekyc_assisted",
                         "feature" if v.phone[:8] in TAC_FEATURE else "light",
                         dev=hdev[int(r() * len(hdev))])
                made += 1
                if made >= target:
                    break
            k = min(target - made, 1 + (1 if r() < 0.35 else 0))
            for _ in range(k):
                t2 = ts + 200 + int(r() * 900) if not st else \
                    (ts // DAY) * DAY + (20 + int(r() * 3)) * 3600 + int(r() * 3600) + int(r() * 4) * DAY
                self.f_row(v, ci, "EKYC_APP", None, t2, "ekyc_helper_harvest", 1, 1,
                           self.resale_prof(st) if r() < 0.7 else "otp",
                           self.capture(v.face, (1 + int(r() * 3)) if not st else (3 + int(r() * 3))),
                           round(0.82 + r() * 0.14, 3), "MATCH", "" if r() < 0.6 else self.imei(TAC_CHEAP),
                           dev=hdev[int(r() * len(hdev))] if not st or r() < 0.6 else self.imei(),
                           risk=0.05)
                made += 1
            if r() < 0.15:
                day = self.dd(day + 1 + int(r() * 5))
        return made

    # ---------------------------------------------------------------- F10: junk SIMs "standardised" onto bought identities
    def g_restandardised(self, budget):
        r = self.r
        if budget < 2:
            return self.g_base(budget)
        st = r() < self.stealth
        ci = self.fraud_carrier()
        pt = self.dealer(ci, self.fraud_prov())
        n = min(budget // 2, self.sz(10, 70))
        dface = self.face()
        times = self.fraud_times(n, st, session=(10, 40), gap=(40, 200))
        for i in range(n):
            nsn = self.nsn(ci)
            y = 2017 + int(r() * 7)
            oi, om = self.loose_kit(ci, y)
            fake = self.fab_person(pt[7], True, False)
            self.history_row(fake, ci, nsn, oi, om, self.old_ts(y, y), "restandardised_junk",
                             status="ONE_WAY_LOCKED", pop="NOT_FOUND" if y >= 2022 else "UNCHECKED",
                             ch="AGENT", junk=1, no=0)
            v = self.victim() if r() < 0.5 else self.poor_person()
            if st or r() < 0.5:
                sel, fm = self.capture(v.face, 4 + int(r() * 5)), round(0.7 + r() * 0.2, 3)
            else:
                sel, fm = self.capture(dface), round(0.3 + r() * 0.3, 3)
            self.f_row(v, ci, "STORE" if pt[1] == "STORE" else "AGENT", pt, times[i],
                       "restandardised_junk", 1, 1, None if r() < 0.5 else ("warm" if st else "simbox"),
                       sel, fm, "MATCH",
                       "" if r() < 0.5 else self.imei(), kit=(oi, om, nsn), risk=0.1)
        return 2 * n

    # ---------------------------------------------------------------- F11: rented / borrowed document, genuine user
    def g_rented_id_personal(self, budget):
        r = self.r
        geo = self.S["geo"]
        prov = Picker(list(BORDER_PROV.items())).pick(r) if (geo == "border" or r() < 0.3) else self.fraud_prov()
        owner = self.poor_person() if r() < 0.6 else self.person(prov, age=45 + int(r() * 35))
        foreign = prov in BORDER_PROV and r() < 0.55
        user_face = self.face()
        if foreign:
            tac = TAC_SMART[12:24]
            user_phone = self.imei(tac)
        else:
            user_phone = self.imei()
        ci = self.big3_pick.pick(r)
        pt = self.point(ci, prov, "AGENT")
        tk = "street" if pt[1] == "STREET" else "agent"
        ts = self.ts(tk)
        x = r()
        if x < 0.6:      # the user's own face against the owner's card photo, clerk overrides
            sel, fm = self.capture(user_face), round(0.2 + r() * 0.4, 3)
        elif x < 0.85:   # owner came along once
            sel, fm = self.capture(owner.face), round(0.82 + r() * 0.15, 3)
        else:            # selfie skipped
            sel, fm = None, None
        k = 2 if (budget >= 2 and r() < 0.15) else 1
        for _ in range(k):
            self.f_row(owner, ci, "AGENT", pt, ts, "rented_id_personal_use", 0, 1, "personal", sel, fm,
                       "MATCH", user_phone if r() < 0.95 else "", kit=self.kit(pt, choose=0.05), risk=0.01)
            ts += 60 + int(r() * 300)
        return k

    # ---------------------------------------------------------------- F12: number sold on without transfer
    def g_secondhand_resale(self, budget):
        r = self.r
        p = self.person(age=20 + int(r() * 40))
        ci = self.car_pick.pick(r)
        ch, pt, tk = self.place(ci, p.rprov, self.chan_for(p, ci))
        buyer_phone = self.imei()
        nsn = self.nice_nsn(ci) if r() < 0.6 else None
        kit = None
        if nsn is not None:
            iccid, imsi, k_nsn = self.kit(pt if pt is not None else self.warehouse(ci), choose=0.0)
            self.nsns.discard(int(k_nsn))
            kit = (iccid, imsi, nsn)
        self.reg(p, ci, ch, pt, self.ts(tk), "secondhand_sold_on", "resold", fu=buyer_phone, kit=kit,
                 junk=0, no=1)
        return 1

    def nice_nsn(self, ci):
        r = self.r
        pfx = self.pfx_pick[ci].pick(r)
        k = 9 - len(pfx)
        for _ in range(50):
            x = r()
            if x < 0.25:
                tail = ("6868", "8888", "6666", "9999", "8686", "3979", "7979", "1368")[int(r() * 8)]
            elif x < 0.5:
                d = str(int(r() * 10))
                tail = d * (4 + int(r() * 2))
            elif x < 0.75:
                a = int(r() * 5)
                tail = "".join(str(a + j) for j in range(5))
            else:
                tail = "%02d%02d%02d" % (1 + int(r() * 28), 1 + int(r() * 12), 70 + int(r() * 30))
            if k - len(tail) < 1:
                continue
            mid = "%0*d" % (k - len(tail), int(r() * 10 ** (k - len(tail))))
            s = pfx + mid + tail
            if int(s) not in self.nsns:
                self.nsns.add(int(s))
                return s
        return self.nsn(ci)

    def g_nice_number_stockpile(self, budget):
        """A number shop registers nice numbers on the owner's / relatives' documents to resell."""
        r = self.r
        st = r() < self.stealth
        ci = self.big3_pick.pick(r)
        prov = self.fraud_prov()
        pt = self.dealer(ci, prov)
        owner = self.person(prov, age=28 + int(r() * 25))
        ids = [owner] + ([self.person(prov, age=owner.age + 22 + int(r() * 8), bprov=owner.bprov)]
                         if st else [])
        n = min(budget, self.sz(6, 40))
        times = self.fraud_times(n, True, span=(10, 35))
        for i in range(n):
            p = ids[i % len(ids)]
            iccid, imsi, k_nsn = self.kit(pt, choose=0.0)
            self.nsns.discard(int(k_nsn))
            nsn = self.nice_nsn(ci)
            self.f_row(p, ci, "STORE" if pt[1] == "STORE" else "AGENT", pt, times[i],
                       "nice_number_stockpile", 1, 1, "resold" if r() < 0.5 else "unused",
                       self.capture(p.face), round(0.85 + r() * 0.12, 3), "MATCH",
                       "" if r() < 0.5 else self.imei(), kit=(iccid, imsi, nsn))
        return n

    # ================================================================ orchestration
    def run(self):
        S, N = self.S, self.N
        fr = dict(FRAUD_BASE)
        fr.update(S["fraud"])
        lg = dict(LEGIT_BASE)
        lg.update(S["legit"])
        quotas = [[k, N * v * S["fraud_mult"]] for k, v in fr.items()] + \
                 [[k, N * v] for k, v in lg.items()]
        tot = sum(q[1] for q in quotas)
        f = min(1.0, 0.85 * N / tot) if tot > 0 else 1.0
        active = []
        for q in quotas:
            q[1] = int(round(q[1] * f))
            if q[1] > 0:
                active.append(q)
        # rounds interleave the actors so that shared shop stock is consumed by all of them
        while active:
            nxt = []
            for q in active:
                before = len(self.rows)
                budget = min(q[1], N - before, max(1, q[1] // 3 + 1) if q[1] > 300 else q[1])
                if budget <= 0:
                    continue
                getattr(self, "g_" + q[0])(budget)
                made = len(self.rows) - before
                q[1] -= max(made, 1)
                if q[1] > 0:
                    nxt.append(q)
            active = nxt
        while len(self.rows) < N:
            self.g_base(1)
        if len(self.rows) > N:
            self._trim(len(self.rows) - N)
        self._order_kits()

    def _trim(self, excess):
        drop = set()
        base = ("legit_walkin_store", "legit_walkin_agent", "legit_ekyc_self", "legit_online_delivery")
        rows = self.rows
        for i in range(len(rows) - 1, -1, -1):
            if excess <= 0:
                break
            if rows[i][R_PAT] in base and not rows[i][R_HIST]:
                drop.add(i)
                excess -= 1
        i = len(rows) - 1
        while excess > 0 and i >= 0:
            if i not in drop:
                drop.add(i)
                excess -= 1
            i -= 1
        self.rows = [row for j, row in enumerate(rows) if j not in drop]

    def _order_kits(self):
        """Shops sell kits from a box in order: give each point's kits to its rows by time."""
        src = self.kit_src
        seen = {}
        for row in self.rows:
            ic = row[R_ICCID]
            seen[ic] = seen.get(ic, 0) + 1
        groups = {}
        for row in self.rows:
            ic = row[R_ICCID]
            g = src.get(ic)
            if g is None or seen[ic] != 1 or row[R_HIST]:
                continue
            groups.setdefault(g, []).append(row)
        for g, rows in groups.items():
            if len(rows) < 2:
                continue
            kits = sorted((row[R_ICCID], row[R_IMSI]) for row in rows)
            rows.sort(key=lambda x: x[R_TS])
            for row, (ic, im) in zip(rows, kits):
                row[R_ICCID] = ic
                row[R_IMSI] = im

    # ================================================================ export
    def write(self, outdir):
        os.makedirs(outdir, exist_ok=True)
        rng = random.Random("indep22|%d|export|%s" % (self.N, self.rng.random()))
        r = rng.random
        rows = self.rows
        rows.sort(key=lambda x: (x[R_C], x[R_TS], x[R_NSN]))
        start = self.start
        dcache = {}
        export_ts = self.export_ts
        styles = [EXPORT[c] for c in CAR_NAMES]
        if self.c08:   # Circular 08: face capture is mandatory for every new H2H subscriber
            styles = [e[:3] + (max(e[3], 0.99),) + e[4:] for e in styles]
        name_pickers = [Picker(list(zip(("keep", "upper", "ascii_upper", "ascii"), e[1]))) for e in styles]
        alias = {"VIETTEL": ("Viettel", "viettel"), "VINAPHONE": ("Vinaphone", "VinaPhone"),
                 "MOBIFONE": ("MobiFone", "Mobifone"), "VIETNAMOBILE": ("Vietnamobile",),
                 "ITEL": ("iTel",), "GMOBILE": ("Gmobile",)}
        name_cache = {}
        labels = {}
        order = []
        path = os.path.join(outdir, "batch.csv")
        with open(path, "w", encoding="utf-8", newline="") as fh:
            if self.S.get("bom"):
                fh.write("\ufeff")
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(COLUMNS)
            for row in rows:
                ci = row[R_C]
                cname = CAR_NAMES[ci]
                st = styles[ci]
                nsn = row[R_NSN]
                key = (cname, "84" + nsn)
                lab = labels.get(key)
                if lab is None:
                    order.append(key)
                    labels[key] = (row[R_TS], row[R_JUNK], row[R_NO], row[R_PAT])
                elif row[R_TS] >= lab[0]:
                    labels[key] = (row[R_TS], row[R_JUNK], row[R_NO], row[R_PAT])
                x = r()
                # carrier code
                car = cname
                if x < 0.012 and cname in alias:
                    a = alias[cname]
                    car = a[int(r() * len(a))]
                elif x < 0.01205 and cname == "VINAPHONE":
                    car = "VNPT"                      # unknown code: rejected row
                # msisdn
                mf = st[0] if r() > 0.03 else ("0", "84", "+84")[int(r() * 3)]
                if r() < 0.0002:
                    ms = nsn                          # spreadsheet dropped the leading 0
                else:
                    ms = (mf + nsn) if mf != "0" else ("0" + nsn)
                hist = row[R_HIST]
                # name
                nm = row[R_NAME]
                if row[R_NAT] == "VN" or row[R_SUB] == "ORGANIZATION":
                    style = name_pickers[ci].pick(r)
                    if style != "keep":
                        ck = (nm, style)
                        v = name_cache.get(ck)
                        if v is None:
                            if style == "upper":
                                v = nm.upper()
                            elif style == "ascii_upper":
                                v = unaccent(nm).upper()
                            else:
                                v = unaccent(nm)
                            name_cache[ck] = v
                        nm = v
                    y = r()
                    if y < 0.03 and row[R_CH] == "EKYC_APP":
                        nm = unicodedata.normalize("NFD", nm)
                    elif y > 0.9985:
                        nm = nm.replace(" ", "  ", 1) if y > 0.9993 else (nm + " ")
                # id number
                idn = row[R_IDN]
                if row[R_IDT] == "CCCD" and idn[0] == "0" and r() < 0.0002:
                    idn = idn[1:]                     # spreadsheet dropped the leading 0
                dob = row[R_DOB]
                if dob and r() < 0.0001:
                    dob = "%s/%s/%s" % (dob[8:10], dob[5:7], dob[0:4])
                # time
                ts = row[R_TS]
                tstyle = st[6]
                t = ts - 7 * 3600 if tstyle == "utc" else ts
                d = t // DAY
                sec = t - d * DAY
                ds = dcache.get(d)
                if ds is None:
                    ds = dcache[d] = (start + timedelta(days=d)).isoformat()
                reg_at = "%sT%02d:%02d:%02d" % (ds, sec // 3600, (sec // 60) % 60, sec % 60)
                if tstyle == "utc":
                    reg_at += "+00:00"
                elif tstyle == "millis":
                    reg_at += ".%03d+07:00" % int(r() * 1000)
                else:
                    reg_at += "+07:00"
                # optional fields by carrier export habits
                imsi = row[R_IMSI] if r() < st[5] else ""
                iccid = row[R_ICCID]
                if r() < 0.00005:
                    iccid = iccid[:-1] + str((int(iccid[-1]) + 3) % 10)   # bad check digit
                sub = row[R_SUB]
                if sub == "INDIVIDUAL" and cname in ("VINAPHONE", "ITEL", "LOCAL") and r() < 0.6:
                    sub = ""
                g = row[R_G] if r() > 0.02 else ""
                nat = row[R_NAT]
                if nat == "VN" and cname in ("MOBIFONE", "VIETNAMOBILE", "DIGILIFE") and r() < 0.45:
                    nat = ""
                prov = row[R_PROV] if r() > 0.025 else ""
                dev = row[R_DEV] if r() > 0.015 else ""
                sel = row[R_SELFIE]
                fm = row[R_FM]
                if sel is None or r() > st[3]:
                    sel_s, fm_s = "", ""
                else:
                    sel_s = ("%016X" % sel) if cname == "MOBIFONE" else ("%016x" % sel)
                    fm_s = "" if fm is None else "%.*f" % (st[4], fm)
                pop = row[R_POP]
                if cname in MVNO and r() < 0.3:
                    pop = ""
                status = row[R_STATUS]
                if status == "ACTIVE" and cname in ("VIETNAMOBILE", "GMOBILE", "REDDI") and r() < 0.3:
                    status = ""
                fu = row[R_FU] or ""
                prof = row[R_USAGE]
                if st[2] and prof is not None and not hist and ts + 30 * DAY <= export_ts and r() > 0.03:
                    u = self.usage(prof)
                    usage = [str(v) for v in u] if u is not None else [""] * 8
                else:
                    usage = [""] * 8
                w.writerow([car, ms, imsi, iccid, sub, row[R_IDT], idn, nm, dob, g, nat, prov,
                            reg_at, row[R_CH], row[R_AGENT], dev, sel_s, fm_s, pop, status, fu] + usage)
        with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
            fh.write("carrier,msisdn,junk,non_owner,pattern\n")
            for key in order:
                lab = labels[key]
                fh.write("%s,%s,%d,%d,%s\n" % (key[0], key[1], lab[1], lab[2], lab[3]))


def main(argv=None):
    ap = argparse.ArgumentParser(description="independent synthetic SIM-registration batch generator")
    ap.add_argument("--rows", type=int, default=None)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out", default=None)
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for name in SCENARIOS:
            print(name)
        return 0
    if a.rows is None or a.out is None:
        ap.error("--rows and --out are required")
    if a.rows < 1:
        ap.error("--rows must be >= 1")
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r; use --list-scenarios" % a.scenario)
    w = World(a.rows, a.seed, a.scenario)
    w.run()
    w.write(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
