#!/usr/bin/env python3
"""indep25_gen.py - independent synthetic population generator for the
SIM-registration fraud auditor (Vietnam).

Written only from shared/spec/batch-format.md (the batch CSV contract) and
shared/spec/domain-vietnam.md (domain fact sheet).  Standard library only.

    python3 tools/indep25_gen.py --rows N --seed S --scenario NAME --out DIR
    python3 tools/indep25_gen.py --list-scenarios

Writes DIR/batch.csv (contract header, every row valid per the contract) and
DIR/labels.csv (carrier,msisdn,junk,non_owner,pattern), one label row per
(carrier, normalised msisdn) key present in the batch.  Label keys use the
normalised form: upper-case carrier code and msisdn as 84 + 9 digits (the
batch itself uses each carrier's own export format: 0..., 84... or +84...).

Model summary
-------------
The population is generated as "groups" (a walk-in customer, a family
registering on one phone, a company fleet, an airport flight burst, a dealer's
pre-activation wave, a SIM farm, a theft ring ...).  Each scenario is a mix of
group types given as row shares.  Rows are written ordered by registration
time (external bucket sort, so memory stays bounded).  A subscription may
appear twice (history row + current row) for legit_typo corrections and
legit_transfer ownership changes; it gets exactly one label.

Labelling (contract section 2):
  JUNK      = not a genuine end user at activation (pre-activated / mass
              registered for resale, fabricated / borrowed / bought / leaked
              identities, SIM farm / SIM box / OTP-sink use).
  NON_OWNER = registered in the name of a real person who is not the holder
              (stolen / leaked documents, dealer extras on walk-in customers,
              identities sold or rented out).
Fabricated identities and shell companies are JUNK only (no real person).
"""
import argparse
import datetime
import os
import random
import sys
import tempfile
import unicodedata
from functools import lru_cache

HEADER = ("carrier,msisdn,imsi,iccid,subscriber_type,id_type,id_number,full_name,"
          "date_of_birth,gender,nationality,province,registered_at,channel,agent_id,"
          "device_imei,selfie_hash,face_match,popdb_check,status,first_use_imei,"
          "active_days_30d,out_calls_30d,in_calls_30d,out_sms_30d,in_sms_30d,"
          "distinct_callees_30d,topup_vnd_30d,data_mb_30d")
LABEL_HEADER = "carrier,msisdn,junk,non_owner,pattern"
NCOLS = HEADER.count(",") + 1

# ---------------------------------------------------------------------------
# Provinces (Circular 07/2016 codes = GSO codes); population in units of 100k
# tags: city, ind (industrial belt), nb (northern border), mk (Mekong delta),
#       kb (Cambodia border), north/central/south/high (Central Highlands)
# ---------------------------------------------------------------------------
PROVINCES = [
    ("001", "Hà Nội", 85, "city north"), ("002", "Hà Giang", 9, "nb north"),
    ("004", "Cao Bằng", 5.4, "nb north"), ("006", "Bắc Kạn", 3.2, "nb north"),
    ("008", "Tuyên Quang", 8, "north"), ("010", "Lào Cai", 7.7, "nb north"),
    ("011", "Điện Biên", 6.4, "nb north"), ("012", "Lai Châu", 4.8, "nb north"),
    ("014", "Sơn La", 13, "nb north"), ("015", "Yên Bái", 8.4, "north"),
    ("017", "Hòa Bình", 8.7, "north"), ("019", "Thái Nguyên", 13.4, "ind north"),
    ("020", "Lạng Sơn", 8, "nb north"), ("022", "Quảng Ninh", 13.5, "nb north"),
    ("024", "Bắc Giang", 19, "ind north"), ("025", "Phú Thọ", 15, "north"),
    ("026", "Vĩnh Phúc", 12, "ind north"), ("027", "Bắc Ninh", 15, "ind north"),
    ("030", "Hải Dương", 19.5, "north"), ("031", "Hải Phòng", 21, "city ind north"),
    ("033", "Hưng Yên", 13, "north"), ("034", "Thái Bình", 18.7, "north"),
    ("035", "Hà Nam", 8.8, "north"), ("036", "Nam Định", 18.8, "north"),
    ("037", "Ninh Bình", 10, "north"), ("038", "Thanh Hóa", 37.5, "central"),
    ("040", "Nghệ An", 35, "central"), ("042", "Hà Tĩnh", 13, "central"),
    ("044", "Quảng Bình", 9, "central"), ("045", "Quảng Trị", 6.4, "central"),
    ("046", "Thừa Thiên Huế", 11.6, "central"), ("048", "Đà Nẵng", 12.5, "city central"),
    ("049", "Quảng Nam", 15, "central"), ("051", "Quảng Ngãi", 12.5, "central"),
    ("052", "Bình Định", 15, "central"), ("054", "Phú Yên", 8.8, "central"),
    ("056", "Khánh Hòa", 12.5, "central"), ("058", "Ninh Thuận", 6, "central"),
    ("060", "Bình Thuận", 12.5, "central"), ("062", "Kon Tum", 5.8, "high"),
    ("064", "Gia Lai", 15.9, "high"), ("066", "Đắk Lắk", 19, "high"),
    ("067", "Đắk Nông", 6.7, "high"), ("068", "Lâm Đồng", 13.3, "high"),
    ("070", "Bình Phước", 10.4, "kb south"), ("072", "Tây Ninh", 11.9, "kb south"),
    ("074", "Bình Dương", 27, "ind south"), ("075", "Đồng Nai", 33, "ind south"),
    ("077", "Bà Rịa–Vũng Tàu", 12, "ind south"), ("079", "TP Hồ Chí Minh", 94, "city south"),
    ("080", "Long An", 17.5, "mk kb south"), ("082", "Tiền Giang", 17.8, "mk south"),
    ("083", "Bến Tre", 12.9, "mk south"), ("084", "Trà Vinh", 10, "mk south"),
    ("086", "Vĩnh Long", 10.3, "mk south"), ("087", "Đồng Tháp", 16, "mk kb south"),
    ("089", "An Giang", 19, "mk kb south"), ("091", "Kiên Giang", 17.5, "mk kb south"),
    ("092", "Cần Thơ", 12.5, "city mk south"), ("093", "Hậu Giang", 7.3, "mk south"),
    ("094", "Sóc Trăng", 12, "mk south"), ("095", "Bạc Liêu", 9.2, "mk south"),
    ("096", "Cà Mau", 12, "mk south"),
]
PROV_CODES = [p[0] for p in PROVINCES]
PROV_POP = {p[0]: p[2] for p in PROVINCES}
PROV_TAGS = {p[0]: set(p[3].split()) for p in PROVINCES}
MIGRANT_HUBS = {"079", "074", "075", "001", "027", "048", "092", "077", "031", "019", "024", "026"}
AIRPORTS = ["079", "001", "048", "056", "091", "031"]
CAMPUS = ["001", "079", "048", "092", "019", "040", "046", "066", "052"]
IND_ZONES = ["027", "074", "075", "019", "031", "024", "026", "077", "080"]

# legacy 9-digit CMND prefixes of the issuing provincial police (approximate)
CMND_PFX = {
    "001": "01", "079": "02", "031": "03", "011": "04", "012": "04", "014": "05",
    "010": "06", "015": "06", "002": "07", "008": "07", "020": "08", "004": "08",
    "019": "09", "006": "09", "022": "10", "017": "11", "024": "12", "027": "12",
    "025": "13", "026": "13", "030": "14", "033": "14", "034": "15", "036": "16",
    "035": "16", "037": "16", "038": "17", "040": "18", "042": "18", "044": "19",
    "045": "19", "046": "19", "048": "20", "049": "20", "051": "21", "052": "21",
    "054": "22", "056": "22", "062": "23", "064": "23", "066": "24", "067": "24",
    "068": "25", "058": "26", "060": "26", "075": "27", "077": "27", "074": "280",
    "070": "285", "072": "29", "080": "30", "082": "31", "083": "32", "086": "33",
    "084": "33", "087": "34", "089": "35", "092": "36", "093": "36", "094": "36",
    "091": "37", "096": "38", "095": "38",
}

# ---------------------------------------------------------------------------
# Carriers.  pre = leading digits of the 9-digit national number.
# names = weights of (diacritics, UPPER diacritics, ascii, UPPER ASCII)
# mask  = usage columns reported: active,out_calls,in_calls,out_sms,in_sms,
#         distinct_callees,topup,data ("" = no usage reported at all)
# ---------------------------------------------------------------------------
CARRIERS = {
    "VIETTEL": dict(share=53.0, pre="86 96 97 98 32 33 34 35 36 37 38 39", mnc="04", iss="04",
                    ilen=20, fmt="84", names=(78, 6, 11, 5), mask="11111111", umiss=0.03,
                    fmdec=2, utc=0, fill="imsi iccid subtype nat prov gender dev selfie fm popdb fu",
                    omit_active=0, pfx="VTT"),
    "VINAPHONE": dict(share=22.0, pre="88 91 94 81 82 83 84 85", mnc="02", iss="02",
                      ilen=19, fmt="0", names=(20, 58, 6, 16), mask="11111011", umiss=0.08,
                      fmdec=3, utc=0, fill="imsi iccid prov gender dev selfie fm popdb fu",
                      omit_active=0, pfx="VNP"),
    "MOBIFONE": dict(share=19.5, pre="89 90 93 70 76 77 78 79", mnc="01", iss="01",
                     ilen=19, fmt="+84", names=(45, 5, 12, 38), mask="11111111", umiss=0.05,
                     fmdec=3, utc=0, fill="imsi iccid subtype nat prov gender dev selfie fm popdb fu",
                     omit_active=0, pfx="MBF"),
    "VIETNAMOBILE": dict(share=2.4, pre="92 56 58 52", mnc="05", iss="05", ilen=19, fmt="0",
                         names=(10, 0, 22, 68), mask="", umiss=1.0, fmdec=2, utc=0,
                         fill="imsi iccid subtype nat gender dev fm popdb fu", omit_active=1, pfx="VNM"),
    "GMOBILE": dict(share=0.5, pre="993 994 995 996 997 59", mnc="07", iss="07", ilen=19, fmt="0",
                    names=(0, 0, 0, 100), mask="", umiss=1.0, fmdec=2, utc=0,
                    fill="imsi iccid nat prov gender dev fm popdb", omit_active=1, pfx="GMB"),
    "ITEL": dict(share=1.2, pre="87", mnc="08", iss="08", ilen=19, fmt="0", names=(60, 0, 40, 0),
                 mask="10000001", umiss=0.1, fmdec=2, utc=1,
                 fill="imsi iccid subtype nat prov gender dev selfie fm popdb fu", omit_active=0, pfx="ITL"),
    "REDDI": dict(share=0.2, pre="55", mnc="09", iss="09", ilen=19, fmt="84", names=(70, 0, 30, 0),
                  mask="", umiss=1.0, fmdec=2, utc=0, fill="imsi iccid nat gender dev fm popdb fu",
                  omit_active=0, pfx="RDI"),
    "WINTEL": dict(share=0.35, pre="55", mnc="", iss="09", ilen=19, fmt="+84", names=(70, 0, 30, 0),
                   mask="11100001", umiss=0.1, fmdec=3, utc=0,
                   fill="iccid subtype nat prov gender dev selfie fm popdb fu", omit_active=0, pfx="WTL"),
    "ASIM": dict(share=0.2, pre="89", mnc="", iss="10", ilen=19, fmt="0", names=(50, 50, 0, 0),
                 mask="", umiss=1.0, fmdec=2, utc=0, fill="iccid nat gender dev selfie fm popdb fu",
                 omit_active=1, pfx="ASM"),
    "DIGILIFE": dict(share=0.1, pre="83", mnc="", iss="11", ilen=19, fmt="84", names=(100, 0, 0, 0),
                     mask="", umiss=1.0, fmdec=2, utc=0, fill="iccid subtype nat prov gender dev fm",
                     omit_active=0, pfx="DGL"),
    "LOCAL": dict(share=0.35, pre="81", mnc="", iss="12", ilen=19, fmt="0", names=(40, 0, 60, 0),
                  mask="11111111", umiss=0.3, fmdec=2, utc=0,
                  fill="iccid nat prov gender dev selfie fm popdb fu", omit_active=0, pfx="LCL"),
}
BIG3 = ("VIETTEL", "VINAPHONE", "MOBIFONE")

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 3),
            ("Phan", 4.5), ("Vũ", 2.5), ("Võ", 2.5), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4),
            ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.8), ("Trịnh", 0.6),
            ("Mai", 0.5), ("Đào", 0.5), ("Lương", 0.4), ("Tô", 0.3), ("Hà", 0.5), ("Tạ", 0.3),
            ("Lâm", 0.4), ("Châu", 0.3), ("Cao", 0.4), ("Quách", 0.2), ("Thái", 0.3), ("Kiều", 0.1),
            ("Lưu", 0.3), ("Triệu", 0.2), ("La", 0.1), ("Vương", 0.2), ("Trương", 0.8), ("Hứa", 0.1),
            ("Nông", 0.1), ("Văn", 0.1), ("Tăng", 0.1), ("Khúc", 0.05), ("Phùng", 0.2), ("Doãn", 0.05)]
ETHNIC_SURNAMES = [("Nông", 5), ("Hoàng", 4), ("Lò", 3), ("Lường", 2), ("Sùng", 3), ("Giàng", 3),
                   ("Vàng", 3), ("Thào", 2), ("Hầu", 1), ("Ma", 1.5), ("Triệu", 2), ("Bế", 1.5),
                   ("Lục", 1), ("Lù", 1), ("Cầm", 1), ("Lý", 2), ("Mùa", 1), ("Tòng", 1)]
KHMER_SURNAMES = [("Thạch", 5), ("Sơn", 4), ("Danh", 4), ("Kim", 2), ("Lâm", 2), ("Chau", 2),
                  ("Lý", 1), ("Huỳnh", 1), ("Trần", 1)]
MID_M = ("Văn Văn Văn Hữu Đức Minh Quang Thành Công Xuân Anh Quốc Gia Hoàng Tuấn Ngọc Trọng "
         "Đình Bảo Thanh Duy Tiến Mạnh Việt Hải Nhật Phúc Thế").split()
MID_F = ("Thị Thị Thị Ngọc Thu Thanh Hồng Phương Kim Mỹ Bảo Khánh Minh Thùy Diệu Hải Quỳnh "
         "Ánh Mai Hoài Tuyết Lan Như Thảo Cẩm Bích").split()
GIV_M = ("An Anh Bảo Bình Cường Công Dũng Duy Đạt Đức Dương Giang Hải Hào Hiếu Hiệp Hòa "
         "Hoàng Hùng Huy Hưng Khang Khánh Khoa Kiên Lâm Lộc Long Lực Mạnh Minh Nam Nghĩa "
         "Nhân Phát Phong Phúc Quân Quang Sơn Tài Tâm Thắng Thành Thiện Thịnh Toàn Trí "
         "Trung Tú Tuấn Tùng Việt Vinh Vũ Hậu Lợi Tín Thuận Quý Sang Tân Chiến Định").split()
GIV_F = ("An Anh Bích Châu Chi Diệp Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hồng Huế "
         "Hương Huyền Lan Liên Linh Loan Ly Mai My Nga Ngân Ngọc Nhung Oanh Phương "
         "Quyên Tâm Thảo Thoa Thu Thủy Trang Trâm Tuyết Uyên Vân Vy Xuân Yến Nhi Hân Thư "
         "Hoa Lụa Nhàn Sen Đào Cúc Hường").split()
FOREIGN = {
    "KR": ("KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM".split(),
           "MIN JUN|SEO YEON|JI HOON|HYUN WOO|SO YEON|JAE HO|EUN JI|DONG HYUN|YU NA|SUNG MIN".split("|")),
    "CN": ("WANG LI ZHANG LIU CHEN YANG ZHAO HUANG ZHOU WU XU SUN".split(),
           "WEI|FANG|LEI|JING|HAO|XIU YING|JUN|MIN|YONG|GUO QIANG|HUI|XIAO MING".split("|")),
    "TW": ("CHEN LIN HUANG CHANG LI WANG WU LIU TSAI".split(),
           "CHIA HAO|YU TING|CHIH MING|SHU FEN|WEN HSIUNG|MEI LING".split("|")),
    "JP": ("SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA".split(),
           "HIROSHI|YUKI|TAKESHI|AYAKA|KENJI|HARUTO|SAKURA|DAIKI".split("|")),
    "US": ("SMITH JOHNSON WILLIAMS BROWN JONES MILLER DAVIS GARCIA NGUYEN TRAN".split(),
           "JOHN|MICHAEL|DAVID|JENNIFER|SARAH|EMILY|JAMES|ROBERT|KEVIN|LINDA".split("|")),
    "AU": ("WILSON TAYLOR ANDERSON THOMAS WHITE MARTIN THOMPSON".split(),
           "JACK|OLIVER|CHARLOTTE|AMELIA|LIAM|CHLOE".split("|")),
    "GB": ("SMITH JONES TAYLOR BROWN EVANS WALKER HUGHES".split(),
           "OLIVER|GEORGE|HARRY|EMMA|SOPHIE|JESSICA".split("|")),
    "DE": ("MUELLER SCHMIDT SCHNEIDER FISCHER WEBER MEYER WAGNER".split(),
           "LUKAS|JONAS|LEONIE|HANNAH|FELIX|ANNA".split("|")),
    "FR": ("MARTIN BERNARD DUBOIS THOMAS ROBERT PETIT".split(),
           "LUCAS|HUGO|CHLOE|MANON|LOUIS|CAMILLE".split("|")),
    "RU": ("IVANOV SMIRNOV KUZNETSOV POPOV SOKOLOV VOLKOVA".split(),
           "ALEXANDER|DMITRY|SERGEI|OLGA|ANNA|IVAN".split("|")),
    "IN": ("SHARMA PATEL SINGH KUMAR GUPTA REDDY".split(),
           "RAHUL|PRIYA|AMIT|ANJALI|VIKRAM|SNEHA".split("|")),
    "KH": ("SOK CHAN KIM HENG LIM SAO MEAS".split(),
           "DARA|SOPHEAP|VANNA|CHANTHA|SREY MOM|PISETH".split("|")),
    "TH": ("SRISAI WONGSA CHAIYAPORN SUKSAN".split(), "SOMCHAI|NATTAPONG|SIRIPORN|KANYA".split("|")),
}
ORG_WORDS1 = ("VẬN TẢI|GIAO HÀNG NHANH|CÔNG NGHỆ|THƯƠNG MẠI|XÂY DỰNG|ĐIỆN TỬ|LOGISTICS|"
              "DỊCH VỤ BẢO VỆ|THỰC PHẨM|MAY MẶC|GIÁM SÁT HÀNH TRÌNH|THANH TOÁN ĐIỆN TỬ|"
              "NĂNG LƯỢNG|NƯỚC SẠCH|BẤT ĐỘNG SẢN|DU LỊCH|Y TẾ|GIÁO DỤC|VIỄN THÔNG|CƠ KHÍ").split("|")
ORG_WORDS2 = ("AN PHÁT|HOÀNG LONG|MINH KHANG|ĐẠI VIỆT|SAO MAI|PHƯƠNG ĐÔNG|TÂN PHÚ|THÀNH CÔNG|"
              "VẠN XUÂN|HƯNG THỊNH|NAM Á|BÌNH MINH|TRƯỜNG SƠN|HẢI ĐĂNG|KIM CƯƠNG|ÁNH DƯƠNG|"
              "ĐÔNG DƯƠNG|SONG HÀNH|THIÊN PHÚC|VIỆT NHẬT").split("|")
ORG_FORMS = ["CÔNG TY TNHH", "CÔNG TY CỔ PHẦN", "CÔNG TY TNHH MTV", "CÔNG TY TNHH", "HỢP TÁC XÃ"]

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
_DBL = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_digit(s):
    """Check digit to append to the digit string s (Luhn)."""
    tot = 0
    dbl = True
    for ch in reversed(s):
        d = ord(ch) - 48
        tot += _DBL[d] if dbl else d
        dbl = not dbl
    return chr(48 + (10 - tot % 10) % 10)


def luhn_ok(s):
    tot = 0
    dbl = False
    for ch in reversed(s):
        d = ord(ch) - 48
        tot += _DBL[d] if dbl else d
        dbl = not dbl
    return tot % 10 == 0


@lru_cache(maxsize=400000)
def strip_dia(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def render_name(name, style):
    if style == 0:
        return name
    if style == 1:
        return name.upper()
    if style == 2:
        return strip_dia(name)
    return strip_dia(name).upper()


def csvq(s):
    if "," in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def cum(ws):
    out, t = [], 0.0
    for w in ws:
        t += w
        out.append(t)
    return out


BASE_DATE = datetime.date(2010, 1, 1)
BASE_ORD = BASE_DATE.toordinal()
DAYS = [datetime.date.fromordinal(BASE_ORD + i).isoformat() for i in range(7000)]
REF_ORD = datetime.date(2026, 1, 15).toordinal()


def day_of(d):
    return d.toordinal() - BASE_ORD


TET_2026 = day_of(datetime.date(2026, 2, 17))

# hour-of-day weights
H_SHOP = [0, 0, 0, 0, 0, 0, 0.1, 1, 3, 5, 5, 4, 3, 3, 4, 4, 4, 5, 6, 6, 5, 3, 0.5, 0]
H_APP = [1.2, 0.6, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 3.5, 3.5, 3, 3, 3, 3, 3, 3, 3.5, 4, 5, 6, 6, 5, 3]
H_NIGHT = [6, 5, 4, 3, 2, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 5]
H_OFFICE = [0, 0, 0, 0, 0, 0, 0, 0.5, 5, 6, 6, 4, 1, 3, 5, 6, 5, 2, 0, 0, 0, 0, 0, 0]
H_FLIGHT = [3, 4, 2, 1, 0.5, 0.5, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4]
H_EVENING = [0.5, 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.5, 0, 0, 0, 0, 1, 4, 6, 6, 4, 2]
HOURS = list(range(24))
NOTSET = object()


class P(object):
    """A person (or an organisation when org=True)."""
    __slots__ = ("idt", "idn", "name", "dob", "g", "nat", "bprov", "rprov", "face", "phone",
                 "age", "org")


class Agent(object):
    __slots__ = ("id", "car", "prov", "kind", "devs", "faces", "ptr", "end", "corrupt")


class CarrierCfg(object):
    pass


# ---------------------------------------------------------------------------
# Generator core
# ---------------------------------------------------------------------------
class Gen(object):
    def __init__(self, rows, seed, scenario):
        self.rows = rows
        self.sc = SCENARIOS[scenario]
        self.r = random.Random("indep25|%d|%s|%s" % (rows, seed, scenario))
        r = self.r
        sc = self.sc
        # carriers
        self.cfg = {}
        cars, shares = [], []
        for name, d in CARRIERS.items():
            c = CarrierCfg()
            c.name = name
            c.pre = d["pre"].split()
            c.mnc = d["mnc"]
            c.iss = d["iss"]
            c.bodylen = d["ilen"] - 7
            c.fmt = d["fmt"]
            c.names_cw = cum(d["names"])
            c.mask = [ch == "1" for ch in d["mask"]] if d["mask"] else None
            c.umiss = d["umiss"]
            c.fmfmt = "%%.%df" % d["fmdec"]
            c.utc = d["utc"]
            f = set(d["fill"].split())
            for k in ("imsi", "iccid", "subtype", "nat", "prov", "gender", "dev", "selfie", "fm",
                      "popdb", "fu"):
                setattr(c, "f_" + k, k in f)
            c.omit_active = d["omit_active"]
            c.pfx = d["pfx"]
            c.icc_next = r.randrange(10 ** 9, 6 * 10 ** 9)
            c.central = None
            c.agent_serial = r.randrange(1000, 20000)
            self.cfg[name] = c
            s = d["share"] * sc.get("carrier_mult", {}).get(name, 1.0)
            cars.append(name)
            shares.append(s)
        self.cars = cars
        self.car_cw = cum(shares)
        tot = sum(shares)
        self.car_share = {c: s / tot for c, s in zip(cars, shares)}
        self.big_pre = [p for c in BIG3 for p in self.cfg[c].pre]
        # provinces
        mult = sc.get("region", {})
        pw = []
        for code in PROV_CODES:
            m = 1.0
            for t in PROV_TAGS[code]:
                m = max(m, mult.get(t, 1.0))
            m = mult.get(code, m)
            pw.append(PROV_POP[code] * m)
        self.prov_cw = cum(pw)
        tot = sum(pw)
        self.prov_share = {c: w / tot for c, w in zip(PROV_CODES, pw)}
        self.nat_cw = cum([PROV_POP[c] for c in PROV_CODES])
        # time window
        self.d0 = day_of(sc["start"])
        self.ndays = sc["days"]
        dw = []
        for i in range(self.ndays):
            d = self.d0 + i
            w = 1.0
            wd = (BASE_DATE.weekday() + d) % 7
            if wd == 6:
                w = 1.15
            elif wd == 5:
                w = 1.1
            if TET_2026 - 2 <= d <= TET_2026 + 3:
                w *= 0.3
            elif TET_2026 - 10 <= d < TET_2026 - 2:
                w *= 1.35
            dw.append(w)
        self.day_cw = cum(dw)
        self.hcw = {}
        for nm, h in (("shop", H_SHOP), ("app", H_APP), ("night", H_NIGHT), ("office", H_OFFICE),
                      ("flight", H_FLIGHT), ("evening", H_EVENING)):
            self.hcw[nm] = cum(h)
        self.ch_names = ["STORE", "AGENT", "EKYC_APP", "ONLINE"]
        self.ch_cw = cum(sc.get("channels", (17, 43, 34, 6)))
        self.ch_cw_mvno = cum((4, 36, 38, 22))
        self.p_ethnic = sc.get("ethnic", 0.3)   # share of minority names among people born in nb provinces
        self.p_khmer = sc.get("khmer", 0.06)    # share of Khmer names among people born in the Mekong
        # device TAC pools (fixed across runs)
        tr = random.Random("indep25-tac-pools")
        seen = set()

        def tacs(n, pfxs):
            out = []
            while len(out) < n:
                t = tr.choice(pfxs) + "%06d" % tr.randrange(10 ** 6)
                if t not in seen:
                    seen.add(t)
                    out.append([t, 0, tr.randrange(10 ** 6), tr.choice((7, 13, 17, 19, 23, 29, 31, 37, 41, 43)) * 1009])
            return out
        self.tac = {
            "smart": tacs(260, ["35", "35", "86", "86", "86", "01"]),
            "feature": tacs(40, ["35", "86"]),
            "tablet": tacs(25, ["35", "86"]),
            "router": tacs(15, ["86", "35"]),
            "watch": tacs(10, ["86"]),
            "iot": tacs(25, ["86", "35"]),
            "modem": tacs(12, ["86", "35"]),
        }
        self.tac_cw = {k: cum([1.0 / (i + 1) ** 0.9 for i in range(len(v))]) for k, v in self.tac.items()}
        # state
        self.used_ms = set()
        self.used_id = set()
        self.cells = {}
        self.corrupt = []
        self.special = {}
        self.leak = []
        self.leak_cap = 40000
        self.cur = []
        self.fm_cw = cum([0.06, 0.22, 0.30, 0.22, 0.13, 0.05, 0.02])

    # ----------------------------------------------------------- samplers
    def carrier(self):
        return self.cars[_bisect(self.car_cw, self.r.random() * self.car_cw[-1])]

    def big3(self):
        r = self.r.random() * 94.5
        return "VIETTEL" if r < 53 else ("VINAPHONE" if r < 75 else "MOBIFONE")

    def province(self):
        return PROV_CODES[_bisect(self.prov_cw, self.r.random() * self.prov_cw[-1])]

    def nat_province(self):
        return PROV_CODES[_bisect(self.nat_cw, self.r.random() * self.nat_cw[-1])]

    def pick_prov(self, tag_or_list):
        lst = tag_or_list if isinstance(tag_or_list, list) else [c for c in PROV_CODES if tag_or_list in PROV_TAGS[c]]
        w = cum([self.prov_share[c] for c in lst])
        return lst[_bisect(w, self.r.random() * w[-1])]

    def channel(self, car, p=None):
        r = self.r
        cw = self.ch_cw if car in BIG3 or car == "VIETNAMOBILE" else self.ch_cw_mvno
        ch = self.ch_names[_bisect(cw, r.random() * cw[-1])]
        if p is not None and (ch == "EKYC_APP" or ch == "ONLINE") and p.age >= 60 and r.random() < 0.7:
            ch = "AGENT"
        return ch

    def day(self):
        return self.d0 + _bisect(self.day_cw, self.r.random() * self.day_cw[-1])

    def tod(self, prof):
        cw = self.hcw[prof]
        h = _bisect(cw, self.r.random() * cw[-1])
        return h * 3600 + self.r.randrange(3600)

    def ts(self, prof="shop", day=None):
        if day is None:
            day = self.day()
        return day * 86400 + self.tod(prof)

    def clamp_day(self, d):
        return min(max(d, self.d0), self.d0 + self.ndays - 1)

    def cap(self, f, kmin=0):
        """A new capture of face f: flips a few bits (usually <= 4)."""
        r = self.r
        k = _bisect(self.fm_cw, r.random())
        if k < kmin:
            k = kmin
        for _ in range(k):
            f ^= 1 << r.randrange(64)
        return f

    def flip(self, f, k):
        for _ in range(k):
            f ^= 1 << self.r.randrange(64)
        return f

    def fm_good(self, p):
        r = self.r
        x = r.betavariate(14, 1.6)
        if p.age >= 65:
            x -= r.uniform(0.0, 0.22)
        elif p.age <= 17:
            x -= r.uniform(0.0, 0.1)
        return min(max(x, 0.3), 0.999)

    def popdb_legit(self, p):
        if p.nat != "VN":
            return "UNCHECKED" if self.r.random() < 0.65 else "NOT_FOUND"
        x = self.r.random()
        if x < 0.952:
            return "MATCH"
        if x < 0.977:
            return "UNCHECKED"
        if x < 0.99:
            return "NOT_FOUND"
        return "MISMATCH"

    def status_legit(self):
        x = self.r.random()
        if x < 0.972:
            return "ACTIVE"
        if x < 0.984:
            return "TERMINATED"
        if x < 0.995:
            return "ONE_WAY_LOCKED"
        return "TWO_WAY_LOCKED"

    def status_fraud(self, caught=0.15):
        x = self.r.random()
        if x >= caught:
            return "ACTIVE"
        x = self.r.random()
        return "ONE_WAY_LOCKED" if x < 0.4 else ("TWO_WAY_LOCKED" if x < 0.85 else "TERMINATED")

    # ------------------------------------------------------------ devices
    def imei(self, kind="smart", seq=False):
        pool = self.tac[kind]
        cw = self.tac_cw[kind]
        t = pool[_bisect(cw, self.r.random() * cw[-1])]
        return self._imei_from(t, seq)

    def _imei_from(self, t, seq):
        t[1] += 1
        if seq:
            serial = (t[2] + t[1]) % 1000000
        else:
            serial = (t[2] + t[1] * t[3]) % 1000000
        s = t[0] + "%06d" % serial
        return s + luhn_digit(s)

    def imei_block(self, kind, n):
        """n consecutive IMEIs from one TAC (a device batch / a SIM box)."""
        pool = self.tac[kind]
        t = pool[self.r.randrange(len(pool))]
        t[1] += self.r.randrange(50, 5000)
        return [self._imei_from(t, True) for _ in range(n)]

    # ---------------------------------------------------------- identities
    def age_adult(self):
        return _age(self.r)

    def vn_name(self, g, age, surname=None, ethnic=None):
        r = self.r
        if surname is None:
            lst = SURNAMES if not ethnic else (ETHNIC_SURNAMES if ethnic == 1 else KHMER_SURNAMES)
            surname = _wchoice(r, lst)
        if g == "M":
            mid = r.choice(MID_M)
            if age < 30 and mid == "Văn" and r.random() < 0.6:
                mid = r.choice(MID_M[3:])
            giv = r.choice(GIV_M)
        else:
            mid = r.choice(MID_F)
            if age < 30 and mid == "Thị" and r.random() < 0.6:
                mid = r.choice(MID_F[3:])
            giv = r.choice(GIV_F)
        x = r.random()
        if x < 0.08:
            return "%s %s" % (surname, giv)
        if x < 0.2:
            return "%s %s %s %s" % (surname, mid, r.choice(MID_F if g == "F" else MID_M[3:]), giv)
        return "%s %s %s" % (surname, mid, giv)

    def cccd(self, bprov, year, g):
        r = self.r
        gd = (year // 100 - 19) * 2 + (1 if g == "F" else 0)
        while True:
            n = "%s%d%02d%06d" % (bprov, gd, year % 100, r.randrange(10 ** 6))
            k = int(n)
            if k not in self.used_id:
                self.used_id.add(k)
                return n

    def cmnd9(self, prov):
        pf = CMND_PFX.get(prov, "0" + str(self.r.randrange(1, 4)))
        while True:
            n = pf + "%0*d" % (9 - len(pf), self.r.randrange(10 ** (9 - len(pf))))
            k = int(n) + 10 ** 15
            if k not in self.used_id:
                self.used_id.add(k)
                return n

    def person(self, rprov=None, age=None, g=None, bprov=None, surname=None, ethnic=None,
               leak=True, phone="auto", idt="CCCD"):
        r = self.r
        p = P()
        if rprov is None:
            rprov = self.province()
        if age is None:
            age = _age(r)
        if g is None:
            g = "M" if r.random() < 0.5 else "F"
        if bprov is None:
            loc = 0.55 if rprov in MIGRANT_HUBS else 0.9
            bprov = rprov if r.random() < loc else self.nat_province()
        dob_ord = REF_ORD - int((age + r.random()) * 365.2425)
        d = DAYS[dob_ord - BASE_ORD] if dob_ord >= BASE_ORD else datetime.date.fromordinal(dob_ord).isoformat()
        year = int(d[:4])
        p.idt = idt
        if idt == "CCCD":
            p.idn = self.cccd(bprov, year, g)
        elif idt == "CMND":
            p.idn = self.cmnd9(bprov) if r.random() < 0.85 else self.cccd(bprov, year, g)
        if ethnic is None and surname is None:
            tg = PROV_TAGS[bprov]
            x = r.random()
            ethnic = 1 if ("nb" in tg and x < self.p_ethnic) else (2 if ("mk" in tg and x < self.p_khmer) else 0)
        p.name = self.vn_name(g, age, surname, ethnic)
        p.dob = d
        p.g = g
        p.nat = "VN"
        p.bprov = bprov
        p.rprov = rprov
        p.face = r.getrandbits(64)
        if phone == "auto":
            phone = "feature" if (age >= 62 and r.random() < 0.55) or r.random() < 0.04 else "smart"
        p.phone = self.imei(phone) if phone else ""
        p.age = age
        p.org = False
        if leak and r.random() < 0.045:
            if len(self.leak) < self.leak_cap:
                self.leak.append(p)
            else:
                self.leak[r.randrange(self.leak_cap)] = p
        return p

    def foreigner(self, nat, rprov, age=None):
        r = self.r
        p = P()
        sur, giv = FOREIGN[nat]
        g = "M" if r.random() < 0.55 else "F"
        if age is None:
            age = r.randint(20, 65)
        p.name = "%s %s" % (r.choice(sur), r.choice(giv))
        if nat in ("US", "AU", "DE", "FR", "GB") and r.random() < 0.5:
            p.name = "%s %s" % (r.choice(giv), r.choice(sur))
        p.idt = "PASSPORT"
        p.idn = _passport(r, nat)
        dob_ord = REF_ORD - int((age + r.random()) * 365.2425)
        p.dob = DAYS[dob_ord - BASE_ORD] if dob_ord >= BASE_ORD else datetime.date.fromordinal(dob_ord).isoformat()
        p.g = g
        p.nat = nat
        p.bprov = ""
        p.rprov = rprov
        p.face = r.getrandbits(64)
        p.phone = self.imei("smart")
        p.age = age
        p.org = False
        return p

    def org(self, prov, kind="staff"):
        r = self.r
        p = P()
        p.idt = "ORG"
        base = "0%09d" % r.randrange(100000000, 10 ** 9)
        p.idn = base if r.random() < 0.85 else base + "-%03d" % r.randint(1, 30)
        w1 = r.choice(ORG_WORDS1)
        if kind == "iot":
            w1 = r.choice(["GIÁM SÁT HÀNH TRÌNH", "THANH TOÁN ĐIỆN TỬ", "NĂNG LƯỢNG", "NƯỚC SẠCH",
                           "LOGISTICS", "CÔNG NGHỆ", "VIỄN THÔNG", "AN NINH"])
        nm = "%s %s %s" % (r.choice(ORG_FORMS), w1, r.choice(ORG_WORDS2))
        if r.random() < 0.12:
            nm += ", CHI NHÁNH " + PROVINCES[PROV_CODES.index(prov)][1].upper()
        p.name = nm
        p.dob = ""
        p.g = ""
        p.nat = "VN"
        p.bprov = ""
        p.rprov = prov
        p.face = r.getrandbits(64)  # the legal representative's face
        p.phone = ""
        p.age = 40
        p.org = True
        return p

    def victim(self, p_leak=0.6):
        """A real person whose documents were leaked / phished."""
        if self.leak and self.r.random() < p_leak:
            return self.r.choice(self.leak)
        return self.person(rprov=self.nat_province(), leak=False)

    def fabricated(self, sloppy=0.25):
        """A fabricated identity: plausible-looking numbers, no real person."""
        r = self.r
        p = self.person(rprov=self.nat_province(), age=r.randint(19, 60), leak=False,
                        idt="CMND" if r.random() < 0.15 else "CCCD", phone=None)
        if p.idt == "CCCD" and r.random() < sloppy:
            n = p.idn
            if r.random() < 0.5:   # century/gender digit inconsistent with declared gender
                gd = int(n[3]) ^ 1
                p.idn = n[:3] + str(gd) + n[4:]
            else:                  # birth year inconsistent with the declared DOB
                p.idn = n[:4] + "%02d" % r.randrange(100) + n[6:]
        return p

    # -------------------------------------------------------- agents/stock
    def new_agent(self, car, prov, kind, devkind=None, ndev=None):
        r = self.r
        c = self.cfg[car]
        a = Agent()
        c.agent_serial += r.randint(1, 9)
        if kind == "STORE":
            a.id = "%s-%s-CH%04d" % (c.pfx, prov, c.agent_serial % 10000)
        else:
            a.id = "%s-%s-DL%05d" % (c.pfx, prov, c.agent_serial % 100000)
        a.car = car
        a.prov = prov
        a.kind = kind
        if ndev is None:
            ndev = r.randint(2, 5) if kind == "STORE" else (1 if r.random() < 0.7 else 2)
        if devkind is None:
            devkind = "tablet" if kind == "STORE" or r.random() < 0.4 else "smart"
        a.devs = [self.imei(devkind) for _ in range(ndev)]
        a.faces = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        a.ptr = 0
        a.end = 0
        a.corrupt = False
        return a

    def agent(self, car, prov, kind):
        key = (car, prov, kind)
        cell = self.cells.get(key)
        if cell is None:
            r = self.r
            vol = self.rows * self.car_share[car] * self.prov_share[prov] * (0.17 if kind == "STORE" else 0.43)
            n = max(1, int(vol / (1500.0 if kind == "STORE" else 600.0)))
            ags = [self.new_agent(car, prov, kind) for _ in range(n)]
            cw = cum([min(r.paretovariate(1.3), 25.0) for _ in ags])
            cell = (ags, cw)
            self.cells[key] = cell
        ags, cw = cell
        return ags[_bisect(cw, self.r.random() * cw[-1])]

    def corrupt_agent(self, car=None, prov=None, reuse=0.5):
        r = self.r
        if self.corrupt and r.random() < reuse:
            cands = [a for a in self.corrupt if (car is None or a.car == car) and (prov is None or a.prov == prov)]
            if cands:
                return r.choice(cands)
        if car is None:
            car = self.big3() if r.random() < 0.85 else self.carrier()
        if prov is None:
            prov = self.province()
        a = self.agent(car, prov, "AGENT")
        a.corrupt = True
        self.corrupt.append(a)
        return a

    def special_agent(self, key, car, prov, kind, devkind="tablet", ndev=2):
        k = (key, car, prov)
        a = self.special.get(k)
        if a is None:
            a = self.new_agent(car, prov, kind, devkind, ndev)
            self.special[k] = a
        return a

    def icc_block(self, car, n):
        c = self.cfg[car]
        s = c.icc_next
        c.icc_next += n + self.r.randrange(0, 3000)
        return s

    def stock_iccid(self, ag, car):
        if ag is None or ag.car != car:
            c = self.cfg[car]
            if c.central is None:
                c.central = Agent()
                c.central.ptr = c.central.end = 0
            ag = c.central
            step = self.r.randint(1, 60)
        else:
            step = self.r.randint(1, 3) if self.r.random() < 0.9 else self.r.randint(4, 40)
        ag.ptr += step
        if ag.ptr >= ag.end:
            ag.ptr = self.icc_block(car, 20000)
            ag.end = ag.ptr + 20000
        return ag.ptr

    def new_msisdn(self, car):
        r = self.r
        pre = r.choice(self.big_pre) if r.random() < 0.04 else r.choice(self.cfg[car].pre)
        L = 9 - len(pre)
        base = int(pre) * 10 ** L
        lim = 10 ** L
        used = self.used_ms
        while True:
            n = base + r.randrange(lim)
            if n not in used:
                used.add(n)
                return n

    def seq_msisdns(self, car, n):
        r = self.r
        pre = r.choice(self.cfg[car].pre)
        L = 9 - len(pre)
        x = int(pre) * 10 ** L + r.randrange(10 ** L - n - 200)
        out = []
        used = self.used_ms
        while len(out) < n:
            if x not in used:
                used.add(x)
                out.append(x)
            x += 1
        return out

    def kit(self, car, n, seq_ms=True):
        """n SIMs from one box: consecutive ICCIDs (and MSISDNs if seq_ms)."""
        b = self.icc_block(car, n)
        ms = self.seq_msisdns(car, n) if seq_ms else [self.new_msisdn(car) for _ in range(n)]
        return [(ms[i], b + i) for i in range(n)]

    # -------------------------------------------------------------- output
    def emit(self, car, p, ts, ch, ag, dev, selfie, fm, popdb, status, fu, usage, lab,
             kit=None, name=None, dob=None, hist=False):
        c = self.cfg[car]
        r = self.r
        if kit is None:
            ms = self.new_msisdn(car)
            ib = self.stock_iccid(ag, car)
        else:
            ms, ib = kit
        ms9 = "%09d" % ms
        f = c.fmt
        msx = ("84" + ms9) if f == "84" else (("0" + ms9) if f == "0" else ("+84" + ms9))
        imsi = ("452" + c.mnc + "%010d" % (ib % 10000000000)) if (c.f_imsi and c.mnc) else ""
        if c.f_iccid:
            s = "8984" + c.iss + "%0*d" % (c.bodylen, ib)
            iccid = s + luhn_digit(s)
        else:
            iccid = ""
        if p.org:
            st = "ORGANIZATION"
        else:
            st = "INDIVIDUAL" if c.f_subtype else ""
        nm = name if name is not None else p.name
        if p.nat == "VN":
            nm = render_name(nm, _bisect(c.names_cw, r.random() * c.names_cw[-1]))
        if ag is not None and ag.kind == "STORE" and ch == "AGENT":
            ch = "STORE"
        tsl = ts - 25200 if c.utc else ts
        d, sec = divmod(tsl, 86400)
        reg = "%sT%02d:%02d:%02d%s" % (DAYS[d], sec // 3600, sec // 60 % 60, sec % 60,
                                      "+00:00" if c.utc else "+07:00")
        if usage is None or c.mask is None or (c.umiss and r.random() < c.umiss):
            us = ",,,,,,,"
        else:
            mk = c.mask
            us = ",".join([str(v) if mk[i] else "" for i, v in enumerate(usage)])
        if status == "ACTIVE" and c.omit_active:
            status = ""
        row = ",".join((
            car, msx, imsi, iccid, st, p.idt, p.idn, csvq(nm), dob if dob is not None else p.dob,
            p.g if c.f_gender else "",
            p.nat if (c.f_nat or p.nat != "VN") else "",
            p.rprov if c.f_prov else "",
            reg, ch, ag.id if ag is not None else "",
            (dev or "") if c.f_dev else "",
            ("%016x" % selfie) if (selfie is not None and c.f_selfie) else "",
            (c.fmfmt % fm) if (fm is not None and c.f_fm) else "",
            popdb if c.f_popdb else "",
            status,
            (fu or "") if c.f_fu else "",
            us))
        lab_s = "" if hist else "%s,84%s,%d,%d,%s" % (car, ms9, lab[0], lab[1], lab[2])
        self.cur.append((ts // 86400, "%010d\t%s\t%s\n" % (ts, row, lab_s)))
        return ms, ib

    # --------------------------------------------------------------- usage
    def usage(self, k):
        if k is None:
            return None
        r = self.r
        ri = r.randint
        ln = r.lognormvariate
        if k == "normal" or k == "student" or k == "resale" or k == "worker":
            ad = ri(16, 30) if k != "resale" else ri(4, 24)
            oc = int(ln(3.5, 0.8))
            ic = int(ln(3.6, 0.8))
            if k == "student":
                oc //= 2
                ic //= 2
            if k == "worker":
                oc //= 3
            os_ = int(ln(1.0, 1.2))
            is_ = int(ln(2.8, 0.7))
            dc = max(1, int(oc * r.uniform(0.2, 0.6))) if oc else 0
            top = int(ln(11.5, 0.6) / 10000) * 10000
            data = int(ln(8.0 if k != "student" else 8.9, 1.1))
            if k == "resale":
                scale = ad / 30.0
                oc, ic, dc, data = int(oc * scale), int(ic * scale), int(dc * scale), int(data * scale)
            return (ad, oc, ic, os_, is_, dc, top, data)
        if k == "light":
            oc = ri(2, 30)
            return (ri(10, 30), oc, ri(5, 50), ri(0, 3), ri(2, 15), max(1, min(oc, ri(2, 8))),
                    ri(2, 10) * 10000, 0 if r.random() < 0.7 else ri(1, 300))
        if k == "low":
            ad = ri(0, 8)
            if ad == 0:
                return (0, 0, 0, 0, ri(0, 6), 0, 0, 0)
            oc = ri(0, 5)
            return (ad, oc, ri(0, 6), ri(0, 2), ri(0, 15), min(oc, ri(0, 3)),
                    0 if r.random() < 0.5 else ri(1, 5) * 10000, ri(0, 800))
        if k == "data":
            oc = ri(0, 3)
            return (ri(20, 30), oc, ri(0, 3), 0, ri(2, 15), oc, ri(7, 30) * 10000, int(ln(9.4, 0.8)))
        if k == "iot":
            if r.random() < 0.15:
                return (0, 0, 0, 0, 0, 0, 0, 0)
            return (ri(26, 30), 0, 0, ri(0, 120) if r.random() < 0.3 else 0, ri(0, 6),
                    ri(0, 1), 0, ri(1, 250))
        if k == "tourist":
            oc = ri(0, 8)
            return (ri(3, 20), oc, ri(0, 10), ri(0, 3), ri(1, 6), oc, 0, int(ln(8.6, 0.8)))
        if k == "kidwatch":
            oc = ri(5, 40)
            return (ri(25, 30), oc, ri(10, 60), 0, ri(0, 5), ri(1, 4), ri(0, 5) * 10000, ri(30, 300))
        if k == "none":
            return (0, 0, 0, 0, 0, 0, 0, 0)
        if k == "scam":
            oc = int(ln(6.2, 0.6))
            return (ri(2, 12), oc, ri(0, 25), ri(0, 30), ri(0, 10), int(oc * r.uniform(0.7, 0.98)),
                    int(ln(12.8, 0.5) / 10000) * 10000, ri(0, 50))
        if k == "spam":
            os_ = int(ln(7.0, 0.7))
            return (ri(2, 10), ri(0, 10), ri(0, 5), os_, ri(0, 10), int(os_ * r.uniform(0.8, 0.99)),
                    int(ln(13.2, 0.5) / 10000) * 10000, 0)
        if k == "simbox":
            oc = int(ln(6.8, 0.6))
            return (ri(5, 30), oc, ri(0, 8), ri(0, 5), ri(0, 3), int(oc * r.uniform(0.6, 0.95)),
                    int(ln(13.0, 0.5) / 10000) * 10000, 0)
        if k == "otp":
            return (ri(3, 30), ri(0, 1), ri(0, 1), 0, int(ln(4.5, 0.8)), 0,
                    0 if r.random() < 0.7 else 10000, 0)
        if k == "mule":
            oc = ri(0, 10)
            return (ri(2, 10), oc, ri(0, 5), ri(0, 3), ri(5, 40), min(oc, ri(0, 5)),
                    0 if r.random() < 0.6 else ri(1, 2) * 10000, ri(0, 100))
        if k == "warmup":
            oc = ri(20, 80)
            return (ri(15, 30), oc, ri(15, 70), ri(3, 20), ri(10, 40), ri(5, 15),
                    ri(5, 15) * 10000, ri(200, 2000))
        if k == "stealth_scam":
            oc = ri(60, 220)
            return (ri(8, 25), oc, ri(5, 30), ri(0, 20), ri(5, 30), int(oc * r.uniform(0.6, 0.9)),
                    ri(10, 40) * 10000, ri(100, 1500))
        raise ValueError(k)

    def uk_for(self, p):
        x = self.r.random()
        if p.age >= 65:
            return "light" if x < 0.85 else "low"
        if x < 0.07:
            return "low"
        if p.age <= 22 and x < 0.6:
            return "student"
        return "normal"

    # ============================================================ legit
    def legit(self, p, pat, car=None, ch=None, ts=None, ag=None, dev=None, fu=NOTSET, uk=None,
              fm=None, popdb=None, face=None, prov=None, status=None, kit=None, name=None,
              dob=None, hist=False, prof=None, day=None, selfie=None):
        r = self.r
        if car is None:
            car = self.carrier()
        if ch is None:
            ch = ag.kind if ag is not None else self.channel(car, p)
        if ch == "STORE" or ch == "AGENT":
            if ag is None:
                ag = self.agent(car, prov or p.rprov, ch)
            if dev is None:
                dev = r.choice(ag.devs)
        else:
            ag = None
            if dev is None:
                dev = p.phone if ch == "EKYC_APP" else ""
        if ts is None:
            ts = self.ts(prof or ("shop" if ag is not None else "app"), day)
        sf = selfie if selfie is not None else self.cap(face if face is not None else p.face)
        if fm is None:
            fm = self.fm_good(p)
        if popdb is None:
            popdb = self.popdb_legit(p)
        if uk is None:
            uk = self.uk_for(p)
        if fu is NOTSET:
            fu = p.phone
        if uk == "none":
            fu = ""
        if status is None:
            status = self.status_legit()
        return self.emit(car, p, ts, ch, ag, dev, sf, fm, popdb, status, fu, self.usage(uk),
                         (0, 0, pat), kit, name, dob, hist)

    def g_normal(self):
        self.legit(self.person(), "legit_normal")

    def g_multi_sim(self):
        """One person, 2-3 SIMs over the window (dual-SIM phone, second network)."""
        r = self.r
        p = self.person()
        k = 2 if r.random() < 0.7 else 3
        car0 = self.carrier()
        d = self.day()
        self.legit(p, "legit_multi_sim", car=car0, day=d)
        for _ in range(k - 1):
            car = car0 if r.random() < 0.35 else self.big3()
            fu = p.phone if r.random() < 0.65 else self.imei(r.choice(("smart", "tablet", "router")))
            uk = r.choice(("low", "data", "normal", "low"))
            self.legit(p, "legit_multi_sim", car=car, fu=fu, uk=uk,
                       day=self.clamp_day(d + r.randint(-60, 60)))

    def g_power_user(self):
        """Online sellers, drivers, number collectors: 4-15 SIMs, 4th+ in person."""
        r = self.r
        p = self.person(age=r.randint(24, 55))
        k = r.randint(4, 9) if r.random() < 0.9 else r.randint(10, 15)
        car0 = self.big3()
        phones = [p.phone, self.imei("smart"), self.imei(r.choice(("router", "tablet", "smart")))]
        burst = r.random() < 0.4   # buys several numbers at one store visit
        d = self.day()
        ag = self.agent(car0, p.rprov, "STORE")
        ts0 = self.ts("shop", d)
        n_online = 0
        for i in range(k):
            car = car0 if r.random() < 0.75 else self.big3()
            uk = r.choice(("normal", "low", "data", "normal", "low"))
            fu = r.choice(phones)
            if burst and i >= 1:
                self.legit(p, "legit_power_user", car=car0, ag=ag, ts=ts0 + i * r.randint(60, 300),
                           fu=fu, uk=uk)
                continue
            ch = self.channel(car, p)
            if ch in ("EKYC_APP", "ONLINE"):
                n_online += 1
                if n_online > 3:
                    ch = "STORE"
            self.legit(p, "legit_power_user", car=car, ch=ch, fu=fu, uk=uk,
                       day=self.clamp_day(d + r.randint(-90, 90)))

    def g_family(self):
        """Head of household registers spouse, teenagers, elderly parents (own documents)."""
        r = self.r
        head = self.person(age=r.randint(30, 55))
        prov = head.rprov
        sur = head.name.split()[0] if head.g == "M" else None
        members = []
        if r.random() < 0.85:
            members.append(self.person(rprov=prov, age=max(22, head.age + r.randint(-6, 6)),
                                       g="F" if head.g == "M" else "M"))
        for _ in range(r.choice((0, 1, 1, 2, 2, 3))):
            a = r.randint(14, 24)
            if head.age - a >= 18:
                members.append(self.person(rprov=prov, age=a, surname=sur, bprov=head.bprov))
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            members.append(self.person(rprov=prov, age=r.randint(62, 90)))
        if not members or r.random() < 0.55:
            members.insert(0, head)
        car = self.big3() if r.random() < 0.8 else self.carrier()
        d = self.day()
        if r.random() < 0.55:       # on the head's phone through the carrier app, one evening
            ts = self.ts("evening", d)
            for m in members:
                ts += r.randint(90, 900)
                self.legit(m, "legit_family", car=car, ch="EKYC_APP", dev=head.phone, ts=ts)
        else:                       # together at the dealer
            ag = self.agent(car, prov, "AGENT" if r.random() < 0.7 else "STORE")
            dev = r.choice(ag.devs)
            ts = self.ts("shop", d)
            for m in members:
                ts += r.randint(120, 600)
                self.legit(m, "legit_family", car=car, ag=ag, dev=dev, ts=ts)
        if r.random() < 0.2:        # a kid's smartwatch SIM in the head's name
            self.legit(head, "legit_kid_watch", car=car, fu=self.imei("watch"), uk="kidwatch",
                       day=self.clamp_day(d + r.randint(0, 20)))

    def g_elderly_helped(self):
        """Elderly parent(s) registered by a child, on the child's phone or at a dealer."""
        r = self.r
        prov = self.province()
        elders = [self.person(rprov=prov, age=r.randint(68, 95))]
        if r.random() < 0.35:
            e0 = elders[0]
            elders.append(self.person(rprov=prov, age=max(62, e0.age + r.randint(-5, 5)),
                                      g="F" if e0.g == "M" else "M", bprov=e0.bprov))
        car = self.big3()
        helper_phone = self.imei("smart")
        ekyc = r.random() < 0.5
        ts = self.ts("evening" if ekyc else "shop")
        ag = None if ekyc else self.agent(car, prov, "AGENT")
        for e in elders:
            ts += r.randint(200, 1200)
            fm = min(0.95, max(0.35, self.fm_good(e) - r.uniform(0.0, 0.25)))
            fu = self.imei("feature") if r.random() < 0.7 else e.phone
            self.legit(e, "legit_elderly_helped", car=car, ch="EKYC_APP" if ekyc else "AGENT", ag=ag,
                       dev=helper_phone if ekyc else None, ts=ts, fm=fm, fu=fu,
                       uk="light" if r.random() < 0.75 else "low")

    def g_busy_shop(self):
        """A busy shop day (promotion, phone launch, pre-Tet): many walk-ins on one tablet."""
        r = self.r
        prov = self.pick_prov([c for c in PROV_CODES if PROV_TAGS[c] & {"city", "ind"}])
        car = self.big3()
        ag = self.agent(car, prov, "STORE" if r.random() < 0.5 else "AGENT")
        dev = r.choice(ag.devs)
        d = self.day()
        n = r.randint(15, 60)
        ts = d * 86400 + r.randint(7, 9) * 3600
        for _ in range(n):
            ts += r.randint(60, 1200)
            p = self.person(rprov=prov if r.random() < 0.8 else None)
            self.legit(p, "legit_busy_shop", car=car, ag=ag, dev=dev, ts=ts)

    def g_student(self):
        """Campus kiosk at term start: young people born all over the country, student SIMs."""
        r = self.r
        prov = r.choice(CAMPUS)
        car = self.big3()
        ag = self.special_agent(("campus", r.randrange(3)), car, prov, "AGENT", "tablet", 2)
        n = r.randint(30, 110)
        seq = r.random() < 0.5
        kits = self.kit(car, n, seq_ms=seq)
        d = self.day()
        span = r.randint(1, 5)
        for i in range(n):
            p = self.person(rprov=prov, age=r.randint(18, 20), bprov=self.nat_province())
            dd = self.clamp_day(d + r.randrange(span))
            self.legit(p, "legit_student", car=car, ag=ag, kit=kits[i], day=dd,
                       uk="student" if r.random() < 0.8 else "low")

    def g_org_staff(self):
        """Company SIMs for employees: one representative face, consecutive numbers."""
        r = self.r
        prov = self.pick_prov([c for c in PROV_CODES if PROV_TAGS[c] & {"city", "ind"}]) if r.random() < 0.8 else self.province()
        o = self.org(prov)
        car = self.big3()
        ag = self.agent(car, prov, "STORE")
        n = r.randint(10, 90) if r.random() < 0.85 else r.randint(90, 250)
        kits = self.kit(car, n, seq_ms=r.random() < 0.6)
        ts = self.ts("office")
        dev = r.choice(ag.devs)
        has_face = r.random() < 0.6
        fmv = r.uniform(0.82, 0.98)
        for i in range(n):
            ts += r.randint(10, 120)
            self.emit(car, o, ts, "STORE", ag, dev, self.cap(o.face) if has_face else None,
                      fmv if has_face else None, "MATCH" if has_face else "UNCHECKED",
                      "ACTIVE" if r.random() < 0.98 else "TERMINATED", self.imei("smart"),
                      self.usage("normal"), (0, 0, "legit_org_staff"), kits[i])

    def g_iot_fleet(self):
        """Trackers, POS terminals, meters: hundreds of consecutive SIMs, sequential module IMEIs."""
        r = self.r
        prov = self.pick_prov([c for c in PROV_CODES if PROV_TAGS[c] & {"city", "ind"}])
        o = self.org(prov, "iot")
        car = self.big3()
        ag = self.agent(car, prov, "STORE") if r.random() < 0.7 else self.agent(car, prov, "AGENT")
        n = r.randint(80, 600)
        kits = self.kit(car, n, seq_ms=r.random() < 0.7)
        devs = self.imei_block("iot", n)
        if r.random() < 0.5:
            r.shuffle(devs)
        d = self.day()
        days = r.randint(1, 3)
        has_face = r.random() < 0.5
        dev = r.choice(ag.devs)
        for i in range(n):
            dd = self.clamp_day(d + r.randrange(days))
            ts = dd * 86400 + self.tod("office")
            u = self.usage("iot")   # all-zero = device not deployed yet: never attached
            self.emit(car, o, ts, ag.kind, ag, dev, self.cap(o.face) if has_face else None,
                      r.uniform(0.8, 0.97) if has_face else None,
                      "MATCH" if has_face else "UNCHECKED", "ACTIVE", devs[i] if u[0] else "", u,
                      (0, 0, "legit_iot_fleet"), kits[i])

    def g_tourist(self):
        """Airport kiosk after a flight: passports, data-only, short life."""
        r = self.r
        prov = r.choice(AIRPORTS)
        car = self.big3()
        ag = self.special_agent("airport", car, prov, "STORE", "tablet", 3)
        nats = {"079": "KR CN US AU JP TW FR IN", "001": "CN KR JP US FR DE RU", "048": "KR KR CN JP US",
                "056": "RU RU KR CN IN", "091": "KR CN RU US GB", "031": "CN KR JP"}[prov].split()
        n = r.randint(6, 35)
        ts = self.ts("flight")
        flight_nat = r.choice(nats)
        for _ in range(n):
            ts += r.randint(30, 400)
            nat = flight_nat if r.random() < 0.7 else r.choice(nats)
            p = self.foreigner(nat, prov)
            st = "TERMINATED" if r.random() < 0.25 else "ACTIVE"
            self.legit(p, "legit_tourist", car=car, ag=ag, ts=ts, uk="tourist", status=st)

    def g_foreign_worker(self, pat="legit_foreign_worker", nats="KR CN CN TW JP IN", prov=None):
        """HR brings a batch of foreign employees to an industrial-zone dealer."""
        r = self.r
        if prov is None:
            prov = r.choice(IND_ZONES)
        car = self.big3()
        ag = self.special_agent(("ind", r.randrange(2)), car, prov, "AGENT", "tablet", 1)
        n = r.randint(8, 45)
        ts = self.ts("office")
        nats = nats.split()
        nat = r.choice(nats)
        for _ in range(n):
            ts += r.randint(120, 600)
            p = self.foreigner(nat, prov, age=r.randint(22, 55))
            self.legit(p, pat, car=car, ag=ag, ts=ts, uk="worker")

    def g_border_trader(self):
        """Cross-border traders / workers (passports) at border-province dealers."""
        r = self.r
        prov = self.pick_prov("nb") if self.sc.get("border") != "kb" else self.pick_prov("kb")
        nat = "CN" if self.sc.get("border") != "kb" else "KH"
        p = self.foreigner(nat, prov, age=r.randint(22, 60))
        car = self.big3()
        self.legit(p, "legit_border_trader", car=car, ch="AGENT" if r.random() < 0.7 else "STORE",
                   prov=prov, uk=r.choice(("worker", "low", "normal")))

    def g_data_only(self):
        """Data SIM for a router / tablet / second phone."""
        r = self.r
        p = self.person(age=r.randint(18, 60))
        kind = r.choice(("router", "router", "tablet", "smart"))
        self.legit(p, "legit_data_only", fu=self.imei(kind), uk="data")

    def g_backup_sim(self):
        """Cheap promo / backup SIM that is barely used (or not at all) in the first month."""
        r = self.r
        p = self.person()
        x = r.random()
        uk = "none" if x < 0.15 else "low"
        self.legit(p, "legit_backup_sim", uk=uk, ch="AGENT" if r.random() < 0.6 else None)

    def g_typo(self):
        """Honest data-entry errors: name or DOB mistyped -> population DB mismatch."""
        r = self.r
        p = self.person()
        car = self.big3()
        name, dob = p.name, p.dob
        if r.random() < 0.55:
            words = name.split()
            i = r.randrange(len(words))
            w = words[i]
            x = r.random()
            if x < 0.4:
                w = strip_dia(w)
            elif x < 0.7 and len(w) > 2:
                j = r.randrange(1, len(w))
                w = w[:j] + w[j + 1:]
            else:
                w = w + w[-1]
            words[i] = w
            name = " ".join(words)
        else:
            y, m, dd = dob.split("-")
            x = r.random()
            if x < 0.4 and int(dd) <= 12 and dd != m:
                dob = "%s-%s-%s" % (y, dd, m)
            elif x < 0.7:
                dob = "%s%s%s-%s-%s" % (y[:2], y[3], y[2], m, dd)
                if int(dob[:4]) > 2012 or dob[:4] == y or not _valid_date(dob):
                    dob = "%s-%s-%02d" % (y, m, int(dd) - 1 if int(dd) > 1 else 2)
            else:
                dob = "%s-%s-%02d" % (y, m, int(dd) - 1 if int(dd) > 1 else 2)
        fixed = r.random() < 0.5
        if fixed:
            d = self.day()
            d2 = self.clamp_day(d + r.randint(1, 20))
            ms, ib = self.legit(p, "legit_typo", car=car, day=d2, popdb="MATCH")
            self.legit(p, "legit_typo", car=car, day=d, popdb="MISMATCH", name=name, dob=dob,
                       kit=(ms, ib), hist=True, status="ACTIVE")
        else:
            self.legit(p, "legit_typo", car=car, popdb="MISMATCH" if r.random() < 0.8 else "MATCH",
                       name=name, dob=dob)

    def g_transfer(self):
        """Ownership transfer (parent -> child, friend -> friend): history row + current row."""
        r = self.r
        old = self.person(age=r.randint(40, 80))
        new = self.person(rprov=old.rprov, age=r.randint(18, 45))
        car = self.big3()
        ms, ib = self.legit(new, "legit_transfer", car=car, ch="STORE")
        old_day = self.d0 - r.randint(200, 3000)
        self.legit(old, "legit_transfer", car=car, ch=r.choice(("AGENT", "STORE")),
                   kit=(ms, ib), hist=True, day=old_day, uk=None, popdb="UNCHECKED",
                   status="ACTIVE")

    def g_legacy_cmnd(self):
        """Old subscriptions on legacy CMND (re-exported) or elderly still presenting a CMND."""
        r = self.r
        p = self.person(age=r.randint(35, 90), idt="CMND")
        car = self.big3() if r.random() < 0.9 else self.carrier()
        if r.random() < 0.8:
            d = self.d0 - r.randint(300, 4000)
            ts = self.ts("shop", d)
            ag = self.agent(car, p.rprov, "AGENT")
            self.emit(car, p, ts, "AGENT", ag, "" if r.random() < 0.5 else r.choice(ag.devs), None,
                      None, "UNCHECKED" if r.random() < 0.7 else "MATCH",
                      "ACTIVE" if r.random() < 0.85 else "ONE_WAY_LOCKED", "", None,
                      (0, 0, "legit_legacy_cmnd"))
        else:
            self.legit(p, "legit_legacy_cmnd", car=car, ch="AGENT",
                       popdb="MATCH" if r.random() < 0.6 else "UNCHECKED", uk="light")

    def g_kid_watch(self):
        r = self.r
        p = self.person(age=r.randint(28, 48))
        car = self.big3()
        d = self.day()
        if r.random() < 0.5:
            self.legit(p, "legit_normal", car=car, day=d)
        self.legit(p, "legit_kid_watch", car=car, fu=self.imei("watch"), uk="kidwatch",
                   day=self.clamp_day(d + r.randint(0, 10)))

    def g_dorm_friends(self):
        """Worker / student helps dorm-mates register through the app on his phone."""
        r = self.r
        prov = self.pick_prov([c for c in PROV_CODES if PROV_TAGS[c] & {"city", "ind"}])
        helper = self.person(rprov=prov, age=r.randint(18, 30))
        n = r.randint(3, 8)
        car = self.big3()
        ts = self.ts("evening")
        for i in range(n):
            p = helper if i == 0 and r.random() < 0.5 else self.person(rprov=prov, age=r.randint(18, 32))
            ts += r.randint(120, 900)
            self.legit(p, "legit_helped_friends", car=car if r.random() < 0.8 else self.big3(),
                       ch="EKYC_APP", dev=helper.phone, ts=ts)

    # ============================================================ fraud
    def fraud(self, p, pat, car, ch, ag, dev, selfie, fm, fu, uk, junk, non, ts, kit=None,
              popdb="MATCH", caught=0.15, status=None):
        if uk == "none":
            fu = ""
        if status is None:
            status = self.status_fraud(caught)
        return self.emit(car, p, ts, ch, ag, dev, selfie, fm, popdb, status, fu, self.usage(uk),
                         (junk, non, pat), kit)

    def _sessions(self, n, ndays, prof, gap=(20, 240), d=None):
        """Timestamps for n registrations run in ndays contiguous sessions."""
        r = self.r
        if d is None:
            d = self.day()
        out = []
        per = max(1, (n + ndays - 1) // ndays)
        ts = 0
        for i in range(n):
            if i % per == 0:
                dd = self.clamp_day(d + i // per)
                ts = dd * 86400 + self.tod(prof)
            else:
                ts += r.randint(gap[0], gap[1])
            out.append(ts)
        return out

    def _sold(self, p_sold=0.45, used=("resale", "scam", "otp", "mule", "resale")):
        r = self.r
        if r.random() < p_sold:
            return self.imei("smart"), r.choice(used)
        return "", "none"

    def g_preact_leaked(self):
        """Dealer pre-activation wave on leaked real identities (sim kich hoat san)."""
        r = self.r
        ag = self.corrupt_agent()
        car = ag.car
        n = r.randint(40, 260)
        faces = [r.getrandbits(64) for _ in range(r.randint(1, 4))] + ag.faces
        kits = self.kit(car, n, seq_ms=r.random() < 0.75)
        tss = self._sessions(n, r.randint(1, 3), "night" if r.random() < 0.6 else "shop")
        i = 0
        while i < n:
            v = self.victim(0.7)
            for _ in range(r.choice((1, 1, 1, 2, 3))):
                if i >= n:
                    break
                fu, uk = self._sold()
                x = r.random()
                pdb = "MATCH" if x < 0.85 else ("MISMATCH" if x < 0.95 else "UNCHECKED")
                self.fraud(v, "fraud_preact_leaked", car, "AGENT", ag, r.choice(ag.devs),
                           self.flip(r.choice(faces), r.randint(0, 2)), r.uniform(0.12, 0.6), fu, uk,
                           1, 1, tss[i], kits[i], pdb, 0.12)
                i += 1

    def g_preact_fabricated(self):
        """Pre-activation on fabricated documents; the same template photo for many IDs."""
        r = self.r
        ag = self.corrupt_agent()
        car = ag.car
        n = r.randint(30, 160)
        faces = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        kits = self.kit(car, n, seq_ms=r.random() < 0.8)
        tss = self._sessions(n, r.randint(1, 2), "night" if r.random() < 0.5 else "shop", (15, 120))
        for i in range(n):
            p = self.fabricated()
            x = r.random()
            pdb = "NOT_FOUND" if x < 0.45 else ("MISMATCH" if x < 0.75 else "UNCHECKED")
            fu, uk = self._sold(0.35)
            self.fraud(p, "fraud_preact_fabricated", car, "AGENT", ag, r.choice(ag.devs),
                       self.flip(r.choice(faces), r.randint(0, 1)) if r.random() < 0.85 else None,
                       r.uniform(0.0, 0.3), fu, uk, 1, 0, tss[i], kits[i], pdb, 0.2)

    def g_agent_own_id(self):
        """A dealer activates hundreds of SIMs on his own ID for resale."""
        r = self.r
        ag = self.corrupt_agent(reuse=0.3)
        car = ag.car
        dealer = self.person(rprov=ag.prov, age=r.randint(22, 45), leak=False)
        dealer.face = ag.faces[0]
        self.legit(dealer, "legit_normal", car=car)
        n = r.randint(60, 450)
        d = self.day()
        span = r.randint(5, 40)
        i = 0
        while i < n:
            m = min(n - i, r.randint(10, 50))
            kits = self.kit(car, m, seq_ms=r.random() < 0.7)
            dd = self.clamp_day(d + r.randrange(span))
            ts = self.ts("shop" if r.random() < 0.7 else "night", dd)
            for j in range(m):
                ts += r.randint(20, 180)
                fu, uk = self._sold(0.5)
                self.fraud(dealer, "fraud_agent_own_id", car, "AGENT", ag, r.choice(ag.devs),
                           self.cap(dealer.face), r.uniform(0.85, 0.98), fu, uk, 1, 1, ts, kits[j],
                           "MATCH", 0.1)
            i += m

    def g_dealer_extra(self):
        """Walk-in customer gets one SIM; the dealer quietly adds 1-3 more on the same documents."""
        r = self.r
        ag = self.corrupt_agent(reuse=0.8)
        car = ag.car
        p = self.person(rprov=ag.prov if r.random() < 0.85 else None)
        dev = r.choice(ag.devs)
        ts = self.ts("shop")
        sf = self.cap(p.face)
        fmv = self.fm_good(p)
        self.legit(p, "legit_walkin_victim", car=car, ag=ag, dev=dev, ts=ts, selfie=sf, fm=fmv,
                   popdb="MATCH")
        for _ in range(r.choice((1, 1, 1, 2, 3))):
            ts += r.randint(30, 1800)
            replay = r.random() < 0.6
            fu, uk = self._sold(0.45, ("resale", "otp", "scam", "resale"))
            self.fraud(p, "fraud_dealer_extra", car, "AGENT", ag, dev,
                       sf if replay else self.cap(p.face, 1),
                       fmv if replay else self.fm_good(p), fu, uk, 1, 1, ts, None, "MATCH", 0.1)

    def g_theft_ring(self):
        """One operator's phones and face behind many victims' documents."""
        r = self.r
        ops = [r.getrandbits(64) for _ in range(1 if r.random() < 0.7 else 2)]
        phones = [self.imei("smart") for _ in range(r.randint(1, 3))]
        burners = [self.imei("smart") for _ in range(r.randint(3, 8))]
        nv = r.randint(12, 45)
        d = self.day()
        span = r.randint(2, 10)
        prof = "evening" if r.random() < 0.6 else "night"
        cag = self.corrupt_agent() if r.random() < 0.3 else None
        for _ in range(nv):
            v = self.victim(0.6)
            for _ in range(r.choice((1, 1, 2, 2, 3, 4))):
                if cag is not None and r.random() < 0.3:
                    car, ch, ag, dev = cag.car, "AGENT", cag, r.choice(cag.devs)
                else:
                    car, ch, ag, dev = self.big3(), "EKYC_APP", None, r.choice(phones)
                if r.random() < 0.75:
                    sf, fm = self.cap(r.choice(ops)), r.uniform(0.28, 0.66)
                else:
                    sf, fm = self.flip(v.face, r.randint(5, 12)), r.uniform(0.7, 0.9)
                fu = r.choice(phones) if r.random() < 0.6 else r.choice(burners)
                x = r.random()
                uk = "scam" if x < 0.4 else ("mule" if x < 0.7 else "otp")
                ts = self.ts(prof, self.clamp_day(d + r.randrange(span)))
                self.fraud(v, "fraud_theft_ring", car, ch, ag, dev, sf, fm, fu, uk, 1, 1, ts, None,
                           "MATCH" if r.random() < 0.92 else "MISMATCH", 0.25)

    def _farm_ports(self, nbox=None):
        r = self.r
        ports = []
        for _ in range(nbox or r.randint(1, 4)):
            ports += self.imei_block("modem", r.choice((8, 16, 16, 32)))
        return ports

    def g_sim_farm(self):
        """SIM farm on bought identities; SIM boxes are the first-use devices."""
        r = self.r
        ports = self._farm_ports()
        n = r.randint(60, 320)
        car = self.big3()
        ags = [self.corrupt_agent(car=car) for _ in range(r.randint(1, 3))]
        d = self.day()
        span = r.randint(2, 15)
        rural = [c for c in PROV_CODES if not PROV_TAGS[c] & {"city"}]
        i = 0
        while i < n:
            seller = self.person(rprov=r.choice(rural), age=r.randint(18, 30) if r.random() < 0.7 else r.randint(58, 78), leak=False)
            k = min(n - i, r.randint(2, 9))
            ag = r.choice(ags)
            kits = self.kit(car, k, seq_ms=r.random() < 0.5)
            photo = self.cap(seller.face)
            replay = r.random() < 0.5
            fmv = r.uniform(0.6, 0.9)
            ts = self.ts("shop", self.clamp_day(d + r.randrange(span)))
            for j in range(k):
                ts += r.randint(30, 300)
                x = r.random()
                uk = "simbox" if x < 0.65 else ("spam" if x < 0.9 else "none")
                self.fraud(seller, "fraud_sim_farm", car, "AGENT", ag, r.choice(ag.devs),
                           photo if replay else self.cap(seller.face),
                           fmv if replay else r.uniform(0.6, 0.9), r.choice(ports), uk, 1, 1, ts,
                           kits[j], "MATCH", 0.35)
            i += k

    def g_shell_org(self):
        """Shell company buys hundreds of SIMs that go straight into SIM boxes."""
        r = self.r
        prov = self.pick_prov([c for c in PROV_CODES if PROV_TAGS[c] & {"city", "ind"}])
        o = self.org(prov)
        car = self.big3()
        ag = self.corrupt_agent(car=car, prov=prov) if r.random() < 0.5 else self.agent(car, prov, "STORE")
        ports = self._farm_ports(r.randint(2, 6))
        n = r.randint(100, 400)
        kits = self.kit(car, n, seq_ms=r.random() < 0.8)
        tss = self._sessions(n, r.randint(1, 3), "office", (10, 90))
        has_face = r.random() < 0.7
        for i in range(n):
            x = r.random()
            uk = "simbox" if x < 0.6 else ("spam" if x < 0.85 else "none")
            self.fraud(o, "fraud_shell_org", car, ag.kind, ag, r.choice(ag.devs),
                       self.cap(o.face) if has_face else None, r.uniform(0.7, 0.95) if has_face else None,
                       r.choice(ports), uk, 1, 0, tss[i], kits[i],
                       "MATCH" if has_face else "UNCHECKED", 0.3)

    def g_rented_id(self):
        """People rent out their ID: they come in person and register 3-9 SIMs each."""
        r = self.r
        prov = self.province()
        car = self.big3()
        ag = self.agent(car, prov, "STORE" if r.random() < 0.6 else "AGENT")
        devs = self._farm_ports(1) if r.random() < 0.5 else [self.imei("smart") for _ in range(r.randint(6, 16))]
        d = self.day()
        for _ in range(r.randint(3, 8)):
            p = self.person(rprov=prov, age=r.randint(18, 28) if r.random() < 0.7 else r.randint(50, 70), leak=False)
            ts = self.ts("shop", self.clamp_day(d + r.randint(0, 1)))
            dev = r.choice(ag.devs)
            for _ in range(r.randint(3, 9)):
                ts += r.randint(60, 400)
                x = r.random()
                uk = "otp" if x < 0.4 else ("mule" if x < 0.7 else "scam")
                self.fraud(p, "fraud_rented_id", car, ag.kind, ag, dev, self.cap(p.face),
                           self.fm_good(p), r.choice(devs), uk, 1, 1, ts, None, "MATCH", 0.15)

    def g_otp_sink(self):
        """Modem pool receiving OTPs for account farming, SIMs on leaked identities."""
        r = self.r
        ports = self.imei_block("modem", r.choice((16, 32, 64)))
        n = r.randint(len(ports) // 2, len(ports) * 2)
        if r.random() < 0.6:
            ag = self.corrupt_agent()
            car = ag.car
            kits = self.kit(car, n, seq_ms=r.random() < 0.6)
            tss = self._sessions(n, r.randint(1, 3), "night" if r.random() < 0.5 else "shop")
            faces = [r.getrandbits(64)] + ag.faces
            i = 0
            while i < n:
                v = self.victim(0.7)
                for _ in range(r.choice((1, 1, 2))):
                    if i >= n:
                        break
                    self.fraud(v, "fraud_otp_sink", car, "AGENT", ag, r.choice(ag.devs),
                               self.flip(r.choice(faces), r.randint(0, 2)), r.uniform(0.15, 0.6),
                               r.choice(ports), "otp", 1, 1, tss[i], kits[i], "MATCH", 0.1)
                    i += 1
        else:
            op = r.getrandbits(64)
            phones = [self.imei("smart") for _ in range(r.randint(1, 2))]
            d = self.day()
            for i in range(n):
                v = self.victim(0.7)
                ts = self.ts("night", self.clamp_day(d + r.randrange(4)))
                self.fraud(v, "fraud_otp_sink", self.big3(), "EKYC_APP", None, r.choice(phones),
                           self.cap(op), r.uniform(0.3, 0.65), r.choice(ports), "otp", 1, 1, ts,
                           None, "MATCH", 0.1)

    def g_elderly_harvest(self):
        """Fake 'VNeID update' visit in a village: elders' IDs and faces captured on one phone."""
        r = self.r
        prov = self.pick_prov([c for c in PROV_CODES if "city" not in PROV_TAGS[c]])
        phones = [self.imei("smart") for _ in range(r.randint(1, 2))]
        centre = [self.imei("smart") for _ in range(r.randint(3, 6))]
        car = self.big3()
        d = self.day()
        ts = self.ts("office", d)
        for _ in range(r.randint(8, 30)):
            v = self.person(rprov=prov, age=r.randint(65, 92), bprov=prov if r.random() < 0.9 else None)
            ts += r.randint(180, 900)
            for _ in range(r.choice((1, 1, 2))):
                ts += r.randint(30, 120)
                x = r.random()
                uk = "scam" if x < 0.5 else ("mule" if x < 0.8 else "otp")
                c2 = car if r.random() < 0.7 else self.big3()
                self.fraud(v, "fraud_elderly_harvest", c2, "EKYC_APP", None, r.choice(phones),
                           self.cap(v.face), max(0.4, self.fm_good(v) - r.uniform(0, 0.15)),
                           r.choice(centre), uk, 1, 1, ts, None, "MATCH", 0.2)

    def g_stealth_ring(self):
        """Stealth theft ring: ID-photo/deepfake selfies (good face match), a new device and
        a different dealer each time, slow trickle over months, human-looking usage."""
        r = self.r
        farm = [self.imei("smart") for _ in range(r.randint(8, 20))]
        n = r.randint(25, 80)
        provs = [self.province() for _ in range(r.randint(5, 15))]
        i = 0
        while i < n:
            v = self.victim(0.5)
            k = 1 if r.random() < 0.7 else 2
            cars = r.sample(BIG3, k)
            for car in cars:
                if r.random() < 0.65:
                    ch, ag, dev = "EKYC_APP", None, self.imei("smart")
                    ts = self.ts("app")
                else:
                    ag = self.agent(car, r.choice(provs), "AGENT")
                    ch, dev = "AGENT", r.choice(ag.devs)
                    ts = self.ts("shop")
                x = r.random()
                uk = "stealth_scam" if x < 0.35 else ("warmup" if x < 0.7 else "mule")
                self.fraud(v, "fraud_stealth_ring", car, ch, ag, dev, self.flip(v.face, r.randint(3, 10)),
                           r.uniform(0.8, 0.96), r.choice(farm), uk, 1, 1, ts, None,
                           "MATCH" if r.random() < 0.97 else "UNCHECKED", 0.05)
                i += 1

    def g_stealth_rented(self):
        """Stealth rented identities: genuine holders, 1-2 SIMs per network at ordinary dealers
        near home on different days; SIMs 'warmed up' in a phone farm."""
        r = self.r
        farm = [self.imei("smart") for _ in range(r.randint(15, 40))]
        rural = [c for c in PROV_CODES if "city" not in PROV_TAGS[c]]
        region = r.sample(rural, 3)
        for _ in range(r.randint(12, 35)):
            p = self.person(rprov=r.choice(region), age=r.randint(18, 35) if r.random() < 0.75 else r.randint(55, 70), leak=False)
            for car in r.sample(BIG3, r.choice((1, 2, 2, 3))):
                for _ in range(1 if r.random() < 0.75 else 2):
                    ch = self.channel(car, p)
                    if ch in ("EKYC_APP", "ONLINE"):
                        ag, dev = None, p.phone if ch == "EKYC_APP" else ""
                        ts = self.ts("app")
                    else:
                        ag = self.agent(car, p.rprov, ch)
                        dev = r.choice(ag.devs)
                        ts = self.ts("shop")
                    x = r.random()
                    uk = "warmup" if x < 0.6 else ("mule" if x < 0.8 else "stealth_scam")
                    self.fraud(p, "fraud_stealth_rented", car, ch, ag, dev, self.cap(p.face),
                               self.fm_good(p), r.choice(farm), uk, 1, 1, ts, None, "MATCH", 0.04)

    def g_stealth_trickle(self):
        """A dealer's ordinary customer stream; ~1 in 8 customers silently gets an extra SIM
        (selfie re-captured, not replayed), sold on to people who use it normally."""
        r = self.r
        ag = self.corrupt_agent(reuse=0.2)
        car = ag.car
        for _ in range(r.randint(60, 180)):
            p = self.person(rprov=ag.prov if r.random() < 0.85 else None)
            dev = r.choice(ag.devs)
            ts = self.ts("shop")
            victim = r.random() < 0.12
            self.legit(p, "legit_walkin_victim" if victim else "legit_normal", car=car, ag=ag,
                       dev=dev, ts=ts)
            if victim:
                for _ in range(1 if r.random() < 0.85 else 2):
                    ts += r.randint(180, 1500)
                    x = r.random()
                    if x < 0.65:
                        fu, uk = self.imei("smart"), "resale"
                    elif x < 0.82:
                        fu, uk = self.imei("smart"), "otp"
                    else:
                        fu, uk = "", "none"
                    self.fraud(p, "fraud_dealer_extra_stealth", car, "AGENT", ag, dev,
                               self.cap(p.face, 1), self.fm_good(p), fu, uk, 1, 1, ts, None,
                               "MATCH", 0.03)

    def g_border_export(self):
        """SIMs registered at border dealers on bought/leaked IDs, carried to scam compounds."""
        r = self.r
        prov = self.pick_prov("kb" if self.sc.get("border") == "kb" else "nb")
        ag = self.corrupt_agent(car=self.big3(), prov=prov, reuse=0.5)
        car = ag.car
        n = r.randint(40, 200)
        kits = self.kit(car, n, seq_ms=r.random() < 0.7)
        tss = self._sessions(n, r.randint(1, 7), "shop", (30, 300))
        phones = [self.imei("smart") for _ in range(max(3, n // 5))]
        interior = [c for c in PROV_CODES if not PROV_TAGS[c] & {"nb", "kb"}]
        i = 0
        while i < n:
            if r.random() < 0.6:
                p = self.person(rprov=r.choice(interior), age=r.randint(18, 32), leak=False)
            else:
                p = self.victim(0.8)
            photo = self.cap(p.face)
            fmv = r.uniform(0.4, 0.85)
            for _ in range(r.randint(1, 3)):
                if i >= n:
                    break
                x = r.random()
                uk = "scam" if x < 0.7 else ("otp" if x < 0.85 else "none")
                self.fraud(p, "fraud_border_export", car, "AGENT", ag, r.choice(ag.devs), photo,
                           fmv, r.choice(phones), uk, 1, 1, tss[i], kits[i], "MATCH", 0.3)
                i += 1

    def g_fake_passport(self):
        """Batches of forged foreign passports at a dealer (no real holder)."""
        r = self.r
        ag = self.corrupt_agent()
        car = ag.car
        n = r.randint(15, 50)
        faces = [r.getrandbits(64) for _ in range(r.randint(2, 3))]
        tss = self._sessions(n, 1, "shop", (60, 400))
        ports = self._farm_ports(1)
        for i in range(n):
            p = self.foreigner("CN" if r.random() < 0.7 else r.choice(("KR", "TW", "KH")), ag.prov)
            x = r.random()
            fu, uk = ("", "none") if x < 0.4 else ((r.choice(ports), "simbox") if x < 0.7 else (self.imei("smart"), "scam"))
            self.fraud(p, "fraud_fake_passport", car, "AGENT", ag, r.choice(ag.devs),
                       self.flip(r.choice(faces), r.randint(0, 2)), r.uniform(0.2, 0.6), fu, uk,
                       1, 0, tss[i], None, "UNCHECKED" if r.random() < 0.6 else "NOT_FOUND", 0.25)

    # ============================================================ driver
    def run(self, out):
        r = self.r
        mix = self.sc["mix"]
        names = sorted(mix)
        cw = cum([mix[k] / GROUP_SIZES[k] for k in names])
        meths = [getattr(self, "g_" + k) for k in names]
        os.makedirs(out, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=".indep25_tmp_", dir=out)
        try:
            buf = {}
            nbuf = 0
            keys = set()
            produced = 0
            N = self.rows
            while produced < N:
                self.cur = []
                meths[_bisect(cw, r.random() * cw[-1])]()
                take = self.cur[:N - produced]
                produced += len(take)
                for k, line in take:
                    lst = buf.get(k)
                    if lst is None:
                        lst = buf[k] = []
                    lst.append(line)
                nbuf += len(take)
                if nbuf >= 150000:
                    _flush(tmp, buf, keys)
                    nbuf = 0
            self.cur = []
            _flush(tmp, buf, keys)
            with open(os.path.join(out, "batch.csv"), "w", encoding="utf-8", newline="") as fb, \
                    open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as fl:
                fb.write(HEADER + "\n")
                fl.write(LABEL_HEADER + "\n")
                for k in sorted(keys):
                    path = os.path.join(tmp, "%d.tmp" % k)
                    with open(path, encoding="utf-8") as f:
                        lines = f.read().split("\n")
                    os.remove(path)
                    lines.pop()
                    lines.sort()
                    rows, labs = [], []
                    for ln in lines:
                        _, row, lab = ln.split("\t")
                        rows.append(row)
                        if lab:
                            labs.append(lab)
                    rows.append("")
                    fb.write("\n".join(rows))
                    if labs:
                        labs.append("")
                        fl.write("\n".join(labs))
        finally:
            for fn in os.listdir(tmp):
                os.remove(os.path.join(tmp, fn))
            os.rmdir(tmp)
        return produced


def _flush(tmp, buf, keys):
    for k, lst in buf.items():
        if lst:
            with open(os.path.join(tmp, "%d.tmp" % k), "a", encoding="utf-8") as f:
                f.write("".join(lst))
            keys.add(k)
            del lst[:]


# ---------------------------------------------------------------------------
# module-level samplers
# ---------------------------------------------------------------------------
from bisect import bisect_right as _br  # noqa: E402


def _bisect(cw, x):
    i = _br(cw, x)
    return i if i < len(cw) else len(cw) - 1


AGE_BANDS = [(14, 17, 4), (18, 22, 11), (23, 29, 17), (30, 39, 22), (40, 49, 18), (50, 59, 13),
             (60, 69, 9), (70, 79, 4.5), (80, 92, 1.5)]
_AGE_CW = cum([b[2] for b in AGE_BANDS])


def _age(r):
    lo, hi, _ = AGE_BANDS[_bisect(_AGE_CW, r.random() * _AGE_CW[-1])]
    return r.randint(lo, hi)


_WCACHE = {}


def _wchoice(r, lst):
    c = _WCACHE.get(id(lst))
    if c is None:
        c = _WCACHE[id(lst)] = cum([w for _, w in lst])
    return lst[_bisect(c, r.random() * c[-1])][0]


def _valid_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _passport(r, nat):
    d = lambda n: "%0*d" % (n, r.randrange(10 ** n))  # noqa: E731
    if nat == "KR":
        return "M" + d(8)
    if nat == "CN":
        return ("E" + d(8)) if r.random() < 0.7 else ("EA" + d(7))
    if nat == "JP":
        return r.choice(("TK", "TR", "MZ", "TZ")) + d(7)
    if nat in ("US", "GB", "RU", "TW", "AU"):
        return (r.choice("PNE") + d(7)) if nat == "AU" else d(9)
    if nat == "DE":
        return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if nat == "FR":
        return d(2) + r.choice(_UP) + r.choice(_UP) + d(5)
    if nat == "IN":
        return r.choice(_UP) + d(7)
    if nat == "KH":
        return "N" + d(8)
    if nat == "TH":
        return r.choice(("AA", "AB", "AC")) + d(7)
    return r.choice(_UP) + d(7)  # Vietnamese format: one letter + 7 digits


# ---------------------------------------------------------------------------
# Scenarios.  mix = share of rows per group type (percent, renormalised).
# ---------------------------------------------------------------------------
GROUP_SIZES = dict(
    normal=1, multi_sim=2.3, power_user=6.5, family=3.3, elderly_helped=1.35, busy_shop=37.5,
    student=70, org_staff=60, iot_fleet=340, tourist=20.5, foreign_worker=26.5, border_trader=1,
    data_only=1, backup_sim=1, typo=1.5, transfer=2, legacy_cmnd=1, kid_watch=1.5,
    dorm_friends=5.5,
    preact_leaked=150, preact_fabricated=95, agent_own_id=256, dealer_extra=2.8, theft_ring=62,
    sim_farm=190, shell_org=250, rented_id=33, otp_sink=46, elderly_harvest=25, stealth_ring=52,
    stealth_rented=59, stealth_trickle=135, border_export=120, fake_passport=32,
)

LEGIT_BASE = dict(normal=50, multi_sim=9, power_user=3, family=7, elderly_helped=2.5, busy_shop=4,
                  student=2, org_staff=2, iot_fleet=2.5, tourist=1.2, foreign_worker=0.6,
                  data_only=3, backup_sim=3.5, typo=0.8, transfer=0.3, legacy_cmnd=0.6,
                  kid_watch=1, dorm_friends=1.2)


def _mix(base, **kw):
    d = dict(base)
    d.update(kw)
    return {k: v for k, v in d.items() if v > 0}


D = datetime.date
SCENARIOS = {
    "national_default": dict(
        desc="realistic national mix of legitimate life and ~4% fraud of every kind",
        start=D(2025, 12, 1), days=120,
        mix=_mix(LEGIT_BASE, preact_leaked=0.9, preact_fabricated=0.35, agent_own_id=0.25,
                 dealer_extra=0.6, theft_ring=0.5, sim_farm=0.6, shell_org=0.15, rented_id=0.35,
                 otp_sink=0.3, elderly_harvest=0.15, stealth_ring=0.15, stealth_rented=0.15,
                 stealth_trickle=0.3, fake_passport=0.05)),
    "confounder_heavy": dict(
        desc="honest-but-odd population: busy shops, families on one phone, fleets, students, "
             "tourists, foreign workers, elderly helped, heavy users, typos, transfers; ~1% fraud",
        start=D(2025, 12, 1), days=120,
        mix=_mix(LEGIT_BASE, normal=25, multi_sim=10, power_user=7, family=12, elderly_helped=6,
                 busy_shop=8, student=6, org_staff=4, iot_fleet=5, tourist=4, foreign_worker=3,
                 data_only=4, backup_sim=6, typo=3, transfer=1.5, legacy_cmnd=2, kid_watch=2,
                 dorm_friends=4, dealer_extra=0.3, theft_ring=0.3, stealth_ring=0.2, sim_farm=0.3,
                 preact_leaked=0.3)),
    "simfarm_raid": dict(
        desc="industrial belt (Binh Duong, Dong Nai, Bac Ninh, HCMC): SIM farms on bought IDs, "
             "shell companies, OTP modem pools; IoT fleets and foreign workers as look-alikes; ~15% fraud",
        start=D(2025, 12, 1), days=120, region={"ind": 5.0, "city": 1.5},
        mix=_mix(LEGIT_BASE, normal=45, multi_sim=7, family=5, foreign_worker=3, iot_fleet=5,
                 org_staff=3, dorm_friends=3, student=1, tourist=0.5, sim_farm=8, shell_org=2.5,
                 otp_sink=3, rented_id=1.5, preact_leaked=1)),
    "preactivation_wave": dict(
        desc="pre-Tet dealer pre-activation waves: leaked and fabricated documents, dealers' own "
             "IDs, extras on walk-in customers; busy shops and student kiosks as look-alikes; ~12% fraud",
        start=D(2025, 12, 20), days=75,
        mix=_mix(LEGIT_BASE, normal=46, busy_shop=8, student=5, backup_sim=4, preact_leaked=5,
                 preact_fabricated=3, agent_own_id=2, dealer_extra=3)),
    "theft_ring": dict(
        desc="identity-theft rings: one operator's phone/face behind many victims' documents, "
             "elderly-village harvesting; families and dorm helpers as look-alikes; ~9% fraud",
        start=D(2025, 12, 1), days=120,
        mix=_mix(LEGIT_BASE, family=9, elderly_helped=6, dorm_friends=5, theft_ring=6,
                 elderly_harvest=2, otp_sink=1, stealth_ring=0.5)),
    "stealth_dispersed_ring": dict(
        desc="STEALTH: theft ring with ID-photo/deepfake selfies (good face match), a fresh device "
             "or a different dealer every time, trickle over 6 months, human-like usage; ~3% fraud",
        start=D(2025, 10, 15), days=180,
        mix=_mix(LEGIT_BASE, stealth_ring=3.0, dealer_extra=0.1)),
    "stealth_rented_ids": dict(
        desc="STEALTH: rented identities whose genuine holders register 1-2 SIMs per network at "
             "ordinary dealers on different days; SIMs warmed up in a phone farm; ~3% fraud",
        start=D(2025, 10, 15), days=180,
        mix=_mix(LEGIT_BASE, stealth_rented=3.0, rented_id=0.2)),
    "stealth_dealer_trickle": dict(
        desc="STEALTH: dealers add an extra SIM to ~1 in 8 walk-in customers (re-captured selfie), "
             "extras resold and used normally; ~2.5% fraud",
        start=D(2025, 11, 1), days=150,
        mix=_mix(LEGIT_BASE, stealth_trickle=20.0, dealer_extra=0.2)),
    "border_north": dict(
        desc="northern border provinces: ethnic-minority names, elderly, Chinese cross-border traders "
             "with passports; SIMs on bought IDs exported to scam compounds; ~5% fraud",
        start=D(2025, 12, 1), days=120, region={"nb": 14.0, "north": 1.5}, ethnic=0.5,
        border="nb", channels=(15, 58, 22, 5), carrier_mult={"VIETTEL": 1.5},
        mix=_mix(LEGIT_BASE, family=10, elderly_helped=6, multi_sim=6, border_trader=4,
                 legacy_cmnd=2, typo=1.5, tourist=0.3, foreign_worker=0, student=0.5,
                 border_export=4, sim_farm=0.5, preact_leaked=0.5, fake_passport=0.5)),
    "mekong_delta": dict(
        desc="Mekong delta: elderly and family-shared phones, Khmer names, legacy CMND, low data; "
             "SIMs exported to Cambodian scam compounds, elderly harvesting; ~4.5% fraud",
        start=D(2025, 12, 1), days=120, region={"mk": 12.0, "kb": 14.0}, khmer=0.1,
        border="kb", channels=(15, 55, 25, 5), carrier_mult={"VIETTEL": 1.3},
        mix=_mix(LEGIT_BASE, normal=48, family=12, elderly_helped=8, multi_sim=6, legacy_cmnd=3,
                 typo=2, transfer=1, border_trader=1, tourist=0.3, foreign_worker=0.2,
                 border_export=2, elderly_harvest=1.5, preact_leaked=0.8, dealer_extra=0.5)),
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
    if a.rows <= 0:
        ap.error("--rows must be positive")
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    g = Gen(a.rows, a.seed, a.scenario)
    n = g.run(a.out)
    print("wrote %d rows to %s" % (n, os.path.join(a.out, "batch.csv")), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
