#!/usr/bin/env python3
"""indep24_gen: independent synthetic SIM-registration batch generator.

Writes DIR/batch.csv (registration batch contract) and DIR/labels.csv
(carrier,msisdn,junk,non_owner,pattern).  Standard library only.

Fraud is modelled first, from an investigator's view (SIM farms / GSM
gateways, overnight and trickled dealer pre-activation, identity-theft rings,
dealer extras on walk-in documents, rented documents, fabricated IDs, agents
using their own ID, stealth eKYC OTP farms and warmed SIM boxes), then
embedded in a background population with many legitimate look-alikes.
"""
import argparse
import csv
import os
import random
import sys
import unicodedata

HEADER = ["carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type",
          "id_number", "full_name", "date_of_birth", "gender", "nationality",
          "province", "registered_at", "channel", "agent_id", "device_imei",
          "selfie_hash", "face_match", "popdb_check", "status",
          "first_use_imei", "active_days_30d", "out_calls_30d", "in_calls_30d",
          "out_sms_30d", "in_sms_30d", "distinct_callees_30d",
          "topup_vnd_30d", "data_mb_30d"]

# ---------------------------------------------------------------- carriers
CARRIERS = ["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "GMOBILE",
            "ITEL", "REDDI", "ASIM", "DIGILIFE", "LOCAL", "WINTEL"]
CARRIER_W = [50.0, 22.0, 21.0, 3.0, 1.0, 1.2, 0.5, 0.4, 0.4, 0.2, 0.3]
# IMSI MNC (MVNOs without a known MNC use their host network's MNC)
MNC = {"VIETTEL": "04", "VINAPHONE": "02", "MOBIFONE": "01",
       "VIETNAMOBILE": "05", "GMOBILE": "07", "ITEL": "08", "REDDI": "09",
       "ASIM": "02", "DIGILIFE": "02", "LOCAL": "01", "WINTEL": "09"}
ICCID_LEN = {"VIETTEL": 20, "VINAPHONE": 19, "MOBIFONE": 19,
             "VIETNAMOBILE": 19, "GMOBILE": 19, "ITEL": 19, "REDDI": 20,
             "ASIM": 19, "DIGILIFE": 19, "LOCAL": 19, "WINTEL": 20}
PREFIX = {
    "VIETTEL": ["86", "96", "97", "98", "32", "33", "34", "35", "36", "37",
                "38", "39"],
    "VINAPHONE": ["88", "91", "94", "83", "84", "85", "81", "82"],
    "MOBIFONE": ["89", "90", "93", "70", "79", "77", "76", "78"],
    "VIETNAMOBILE": ["92", "56", "58", "52"],
    "GMOBILE": ["99", "59"],
    "ITEL": ["87"],
    "REDDI": ["55"],
    "ASIM": ["87", "55"],
    "DIGILIFE": ["87", "52"],
    "LOCAL": ["87", "55"],
    "WINTEL": ["55"],
}
ALL_PREFIX = sorted({p for v in PREFIX.values() for p in v})
# how each carrier tends to format numbers in its export
MSISDN_STYLE = {"VIETTEL": (0.85, 0.1), "VINAPHONE": (0.2, 0.75),
                "MOBIFONE": (0.9, 0.05), "VIETNAMOBILE": (0.5, 0.3)}

# ---------------------------------------------------------------- provinces
PROV = ["001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
        "017", "019", "020", "022", "024", "025", "026", "027", "030", "031",
        "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
        "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
        "064", "066", "067", "068", "070", "072", "074", "075", "077", "079",
        "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
        "094", "095", "096"]
_big = {"001": 9.0, "079": 10.0, "038": 3.8, "040": 3.5, "074": 3.0,
        "075": 3.3, "031": 2.1, "027": 1.5, "030": 2.0, "036": 1.9,
        "034": 1.9, "024": 2.0, "066": 1.9, "064": 1.6, "089": 2.0,
        "091": 1.8, "092": 1.3, "048": 1.3, "052": 1.5, "080": 1.8,
        "082": 1.8, "087": 1.6, "094": 1.2, "096": 1.2, "022": 1.4,
        "019": 1.3, "026": 1.2, "033": 1.3, "056": 1.3, "049": 1.5,
        "051": 1.2, "042": 1.3, "077": 1.2, "068": 1.3, "070": 1.0}
PROV_W = [_big.get(p, 0.9) for p in PROV]
INDUSTRIAL = ["074", "075", "079", "027", "026", "030", "031", "001", "080"]
MIGRANT_SRC = ["038", "040", "042", "044", "036", "034", "037", "035",
               "051", "052", "054", "087", "089", "094", "095", "096",
               "024", "025", "014", "066"]
CAMPUS = ["001", "079", "048", "092", "046", "040"]
AIRPORT = ["001", "079", "048", "056", "091", "022", "077"]
CMND_PREFIX = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
               "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
               "21", "22", "23", "24", "25", "26", "27", "280", "285", "290",
               "30", "31", "32", "33", "34", "35", "36", "37", "38"]

# ---------------------------------------------------------------- names
FAMILY = ["Nguyễn"] * 38 + ["Trần"] * 11 + ["Lê"] * 10 + ["Phạm"] * 7 + \
    ["Hoàng"] * 5 + ["Huỳnh"] * 4 + ["Phan"] * 4 + ["Vũ"] * 4 + ["Võ"] * 4 + \
    ["Đặng"] * 2 + ["Bùi"] * 2 + ["Đỗ"] * 2 + ["Hồ"] * 2 + ["Ngô"] * 2 + \
    ["Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Cao", "Tạ", "Hà",
     "Kiều", "Lương", "Quách", "Thái", "Triệu", "Châu", "La", "Tô"]
MID_M = ["Văn"] * 8 + ["Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công",
                       "Xuân", "Gia", "Bảo", "Đình", "Trọng", "Anh", "Ngọc",
                       "Quang", "Tuấn", "Hoàng", "Thế", "Duy", "Văn Hữu"]
MID_F = ["Thị"] * 9 + ["Ngọc", "Thu", "Thanh", "Minh", "Kim", "Phương",
                       "Hồng", "Bảo", "Mỹ", "Hoài", "Diệu", "Khánh", "Thùy",
                       "Quỳnh", "Thị Thu", "Thị Ngọc"]
GIVEN_M = ["Anh", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hiếu",
           "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Kiên", "Long", "Lâm",
           "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn",
           "Tài", "Thắng", "Thành", "Thịnh", "Tiến", "Toàn", "Trung", "Tú",
           "Tuấn", "Việt", "Vinh", "Vũ", "Hưng", "Lộc", "Tâm", "Bảo",
           "Khang", "Nhân", "Tín", "Hậu", "Lực", "Thuận", "Trí", "Đông"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa",
           "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Nga",
           "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Tâm",
           "Thảo", "Thu", "Thủy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân",
           "Vy", "Yến", "Hiền", "Liên", "Nhi", "Trâm", "Ly", "Thư", "Hân",
           "Diệp", "Duyên", "Thoa", "Xuân", "Ánh", "Châu", "Nguyệt", "Lệ"]
FOREIGN = {
    "KR": (["Kim", "Lee", "Park", "Choi", "Jung", "Kang"],
           ["Min Jun", "Seo Yeon", "Ji Ho", "Ha Eun", "Do Yun", "Su Bin"]),
    "CN": (["Wang", "Li", "Zhang", "Liu", "Chen", "Yang"],
           ["Wei", "Fang", "Jun", "Xiu Ying", "Lei", "Min"]),
    "JP": (["Sato", "Suzuki", "Takahashi", "Tanaka", "Ito"],
           ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina"]),
    "US": (["Smith", "Johnson", "Brown", "Miller", "Davis"],
           ["James", "Emily", "Michael", "Sarah", "David", "Olivia"]),
    "AU": (["Wilson", "Taylor", "Martin", "White"],
           ["Jack", "Chloe", "Liam", "Mia"]),
    "FR": (["Martin", "Bernard", "Dubois", "Moreau"],
           ["Louis", "Camille", "Hugo", "Léa"]),
    "RU": (["Ivanov", "Smirnova", "Kuznetsov", "Popova"],
           ["Dmitry", "Anna", "Sergey", "Olga"]),
    "TW": (["Chen", "Lin", "Huang", "Chang"],
           ["Chia Hao", "Yi Ting", "Chun Chieh", "Shu Fen"]),
    "IN": (["Sharma", "Patel", "Singh", "Kumar"],
           ["Arjun", "Priya", "Rahul", "Ananya"]),
    "TH": (["Saetang", "Srisuk", "Wongsa"],
           ["Somchai", "Nok", "Anan", "Mali"]),
}
FOREIGN_NAT = ["KR", "CN", "JP", "US", "AU", "FR", "RU", "TW", "IN", "TH"]
FOREIGN_W = [30, 22, 10, 8, 5, 4, 6, 7, 4, 4]
ORG_KIND = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV",
            "Chi nhánh Công ty CP", "Hợp tác xã", "Doanh nghiệp tư nhân"]
ORG_WORD = ["Thương mại", "Dịch vụ", "Xây dựng", "Vận tải", "Logistics",
            "Công nghệ", "Điện tử", "May mặc", "Thực phẩm", "Giáo dục",
            "Bất động sản", "Cơ khí", "Nông sản", "Du lịch", "Y tế"]
ORG_BRAND = ["Hoàng Phát", "Minh Long", "Tân Tiến", "Phú Thịnh", "An Khang",
             "Đại Việt", "Sao Mai", "Thành Công", "Việt Hưng", "Hòa Bình",
             "Ánh Dương", "Bắc Nam", "Trường Sơn", "Mekong", "Sông Hồng",
             "Kim Cương", "Phương Đông", "Hải Âu", "Lạc Hồng", "Thăng Long"]
IOT_ORG = ["Công ty CP Giải pháp Thanh toán Điện tử", "Công ty TNHH Định vị "
           "Xe Thông minh", "Tổng Công ty Điện lực - Đo đếm từ xa",
           "Công ty CP Camera An ninh", "Công ty TNHH Cấp nước - Đồng hồ "
           "thông minh", "Công ty CP Vận tải, Giám sát hành trình"]


def _strip(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


_NAMEFORM = {}


def name_forms(s):
    f = _NAMEFORM.get(s)
    if f is None:
        u = _strip(s)
        f = (s, s.upper(), u, u.upper())
        _NAMEFORM[s] = f
    return f


# ---------------------------------------------------------------- luhn
_DBL = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]


def luhn_digit(payload):
    total = 0
    dbl = True
    for ch in reversed(payload):
        d = ord(ch) - 48
        total += _DBL[d] if dbl else d
        dbl = not dbl
    return chr(48 + (10 - total % 10) % 10)


def with_luhn(payload):
    return payload + luhn_digit(payload)


# popular handset TACs (invented but shaped like real ones), modem/gateway
# module TACs, routers, shop tablets
PHONE_TAC = ["35391110", "35328115", "35467211", "35202816", "35899510",
             "35674108", "35282009", "86769804", "86493705", "86011305",
             "86227306", "86885903", "86400106", "86905004", "35169112",
             "35734711", "86134605", "86730206", "35940914", "86612704",
             "35291311", "86803505", "35407115", "86276607"]
PHONE_TAC_W = [9, 8, 7, 7, 6, 6, 5, 8, 7, 6, 6, 5, 5, 4, 4, 4, 4, 3, 3, 3,
               3, 3, 2, 2]
OLD_PHONE_TAC = ["35693803", "35171005", "86125402", "35823506"]
TABLET_TAC = ["35876710", "35459512", "86318704", "35120813"]
ROUTER_TAC = ["86765403", "86193505", "86551304"]
GATEWAY_TAC = ["86301003", "86770102", "86042901", "86953603"]
IOT_TAC = ["86681502", "86422203", "86099104", "86510305"]

HOUR_DAY = [0.2, 0.1, 0.05, 0.05, 0.1, 0.3, 1.0, 2.5, 5.0, 7.0, 7.5, 6.5,
            5.0, 5.5, 6.5, 7.0, 7.0, 6.5, 6.0, 5.5, 4.5, 3.0, 1.5, 0.6]
HOUR_APP = [1.2, 0.7, 0.3, 0.2, 0.2, 0.4, 1.0, 2.0, 3.5, 4.5, 5.0, 5.0,
            4.5, 4.0, 4.5, 4.5, 4.5, 4.5, 5.0, 6.0, 6.5, 6.5, 5.0, 2.5]
HOUR_NIGHT = [6, 5, 4, 3, 2, 0.7, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
              0, 0.1, 0.5, 3, 6]
SHOP_OPEN = [0, 0, 0, 0, 0, 0, 0, 1, 4, 6, 6, 5, 3, 4, 5, 6, 6, 6, 5, 4, 3,
             1.5, 0.3, 0]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
CARRIER_ABBR = {"VIETTEL": "VTT", "VINAPHONE": "VNP", "MOBIFONE": "VMS",
                "VIETNAMOBILE": "VNM", "GMOBILE": "GTL", "ITEL": "ITL",
                "REDDI": "RDI", "ASIM": "ASM", "DIGILIFE": "DGL",
                "LOCAL": "LCL", "WINTEL": "WTL"}


class Person(object):
    __slots__ = ("idt", "idn", "fam", "mid", "giv", "dob", "g", "nat",
                 "prov", "face", "phone", "age")


class Agent(object):
    __slots__ = ("code", "carrier", "prov", "kind", "devices")


def cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


class Gen(object):
    def __init__(self, rows, seed, scen):
        self.N = rows
        self.scen = scen
        self.r = random.Random("indep24|%d|%d|%s" % (rows, seed, scen["name"]))
        r = self.r
        import datetime
        self.start = datetime.date(*scen.get("start", (2025, 9, 1)))
        self.ndays = scen.get("days", 75)
        self.daystr = [(self.start + datetime.timedelta(days=i)).isoformat()
                       for i in range(self.ndays + 40)]
        self.weekday = [(self.start + datetime.timedelta(days=i)).weekday()
                        for i in range(self.ndays + 40)]
        self.ref_year = self.start.year
        self.end_ts = self.ndays * 86400
        self.rows = []
        self.used_msisdn = set()
        self.used_id = set()
        self.people = []          # persons with genuine registrations
        self.leak = []            # persons whose documents leaked
        self.agents = {}
        self.carrier_cw = cum(scen.get("carrier_w", CARRIER_W))
        self.prov_cw = cum(PROV_W)
        self.hour_cw = {"day": cum(HOUR_DAY), "app": cum(HOUR_APP),
                        "night": cum(HOUR_NIGHT), "shop": cum(SHOP_OPEN)}
        self.tac_cw = cum(PHONE_TAC_W)
        exp = scen.get("usage_export", 0.8)
        self.usage_carriers = set(c for c in CARRIERS if r.random() < exp)
        if exp >= 0.99:
            self.usage_carriers = set(CARRIERS)
        self.dirt = scen.get("dirt", 0.0015)
        self.blank_opt = scen.get("blank_opt", 0.01)

    # ------------------------------------------------------------ basics
    def carrier(self):
        return self.r.choices(CARRIERS, cum_weights=self.carrier_cw)[0]

    def province(self):
        return self.r.choices(PROV, cum_weights=self.prov_cw)[0]

    def day(self, lo=0, hi=None):
        if hi is None:
            hi = self.ndays - 1
        return self.r.randint(lo, max(lo, hi))

    def ts(self, day, mode="day"):
        r = self.r
        h = r.choices(range(24), cum_weights=self.hour_cw[mode])[0]
        return day * 86400 + h * 3600 + r.randrange(3600)

    def fmt_ts(self, t):
        d, s = divmod(t, 86400)
        if d >= len(self.daystr):
            d = len(self.daystr) - 1
        return "%sT%02d:%02d:%02d+07:00" % (self.daystr[d], s // 3600,
                                           (s // 60) % 60, s % 60)

    def imei(self, tacs=None, tac=None):
        r = self.r
        if tac is None:
            if tacs is None:
                tac = r.choices(PHONE_TAC, cum_weights=self.tac_cw)[0]
            else:
                tac = r.choice(tacs)
        return with_luhn(tac + "%06d" % r.randrange(1000000))

    def imei_seq(self, tac, start, i):
        return with_luhn(tac + "%06d" % ((start + i) % 1000000))

    def face(self):
        return self.r.getrandbits(64)

    def capture(self, face, maxbits=4):
        r = self.r
        k = r.randint(0, maxbits)
        for _ in range(k):
            face ^= 1 << r.randrange(64)
        return face

    # ------------------------------------------------------------ numbers
    def msisdn(self, carrier, ported=0.05):
        r = self.r
        used = self.used_msisdn
        pref = PREFIX[carrier]
        while True:
            if r.random() < ported:
                p = r.choice(ALL_PREFIX)
            else:
                p = r.choice(pref)
            n = int(p) * 10000000 + r.randrange(10000000)
            if n not in used:
                used.add(n)
                return n

    def msisdn_block(self, carrier, k, stride=1):
        r = self.r
        used = self.used_msisdn
        p = int(r.choice(PREFIX[carrier]))
        n = p * 10000000 + r.randrange(10000000 - k * stride - 50)
        out = []
        while len(out) < k:
            if n not in used:
                used.add(n)
                out.append(n)
            n += stride
        return out

    def iccid_serial(self, carrier):
        return self.r.randrange(10 ** (ICCID_LEN[carrier] - 8))

    def iccid(self, carrier, serial=None):
        L = ICCID_LEN[carrier]
        if serial is None:
            serial = self.r.randrange(10 ** (L - 8))
        return with_luhn("8984" + MNC[carrier] +
                         str(serial % 10 ** (L - 7)).zfill(L - 7))

    def imsi(self, carrier, msin=None):
        if msin is None:
            msin = self.r.randrange(10 ** 10)
        return "452" + MNC[carrier] + "%010d" % (msin % 10 ** 10)

    # ------------------------------------------------------------ identities
    def new_id(self, idt, p, by, g):
        r = self.r
        used = self.used_id
        while True:
            if idt == "CCCD":
                gd = (by - 1900) // 100 * 2 + (1 if g == "F" else 0)
                s = "%s%d%02d%06d" % (p, gd, by % 100, r.randrange(1000000))
            elif idt == "CMND":
                if r.random() < 0.06:
                    s = "%012d" % r.randrange(10 ** 11, 10 ** 12)
                else:
                    pre = r.choice(CMND_PREFIX)
                    s = pre + "%0*d" % (9 - len(pre),
                                        r.randrange(10 ** (9 - len(pre))))
            else:
                s = "%s%07d" % (r.choice("BCNP"), r.randrange(10 ** 7))
            if s not in used:
                used.add(s)
                return s

    def person(self, amin=18, amax=60, prov=None, bprov=None, g=None,
               idt=None, age=None):
        r = self.r
        p = Person()
        if age is None:
            age = r.randint(amin, amax)
        p.age = age
        p.g = g or ("M" if r.random() < 0.5 else "F")
        p.prov = prov or self.province()
        if bprov is None:
            bprov = p.prov if r.random() < 0.8 else self.province()
        by = self.ref_year - age - (1 if r.random() < 0.6 else 0)
        m = r.randint(1, 12)
        d = r.randint(1, MDAYS[m - 1])
        p.dob = "%04d-%02d-%02d" % (by, m, d)
        if idt is None:
            idt = "CCCD"
            if age >= 45 and r.random() < 0.02:
                idt = "CMND"
        p.idt = idt
        p.idn = self.new_id(idt, bprov, by, p.g)
        p.nat = "VN"
        p.fam = r.choice(FAMILY)
        if p.g == "M":
            p.mid = r.choice(MID_M)
            p.giv = r.choice(GIVEN_M)
        else:
            p.mid = r.choice(MID_F)
            p.giv = r.choice(GIVEN_F)
        p.face = r.getrandbits(64)
        p.phone = self.imei(OLD_PHONE_TAC) if age > 62 and r.random() < 0.5 \
            else self.imei()
        return p

    def foreigner(self):
        r = self.r
        p = Person()
        nat = r.choices(FOREIGN_NAT, weights=FOREIGN_W)[0]
        fams, givs = FOREIGN[nat]
        p.age = r.randint(19, 70)
        p.g = "M" if r.random() < 0.55 else "F"
        by = self.ref_year - p.age
        m = r.randint(1, 12)
        p.dob = "%04d-%02d-%02d" % (by, m, r.randint(1, MDAYS[m - 1]))
        p.idt = "PASSPORT"
        if nat == "US":
            p.idn = "%09d" % r.randrange(10 ** 8, 10 ** 9)
        elif nat in ("KR", "CN", "JP", "TW"):
            p.idn = "%s%08d" % (r.choice("MEGT"), r.randrange(10 ** 8))
        else:
            p.idn = "%s%s%07d" % (r.choice("ABCPXY"), r.choice("ABKLZ"),
                                  r.randrange(10 ** 7))
        self.used_id.add(p.idn)
        p.nat = nat
        p.fam = r.choice(fams)
        p.mid = ""
        p.giv = r.choice(givs)
        p.prov = r.choice(AIRPORT)
        p.face = r.getrandbits(64)
        p.phone = self.imei()
        return p

    def name(self, p, style=None):
        r = self.r
        if style is None:
            x = r.random()
            style = 0 if x < 0.82 else 1 if x < 0.9 else 2 if x < 0.97 else 3
        if p.nat != "VN":
            s = p.fam + " " + p.giv
            if style & 1:
                s = s.upper()
            return s if r.random() < 0.7 else (p.giv + " " + p.fam).upper()
        parts = [name_forms(p.fam)[style]]
        if p.mid:
            parts.append(name_forms(p.mid)[style])
        parts.append(name_forms(p.giv)[style])
        return " ".join(parts)

    def org(self):
        r = self.r
        p = Person()
        p.idt = "ORG"
        while True:
            if r.random() < 0.8:
                s = "%010d" % r.randrange(100000000, 6399999999)
            else:
                s = "%010d-%03d" % (r.randrange(100000000, 6399999999),
                                    r.randint(1, 12))
            if s not in self.used_id:
                self.used_id.add(s)
                break
        p.idn = s
        p.fam = "%s %s %s" % (r.choice(ORG_KIND), r.choice(ORG_WORD),
                              r.choice(ORG_BRAND))
        p.mid = p.giv = ""
        p.dob = ""
        p.g = ""
        p.nat = "VN"
        p.prov = r.choice(INDUSTRIAL) if r.random() < 0.5 else self.province()
        p.face = r.getrandbits(64)    # legal representative
        p.phone = self.imei()
        p.age = 0
        return p

    # ------------------------------------------------------------ points of sale
    def agent(self, carrier, prov, kind=None):
        r = self.r
        key = (carrier, prov)
        pool = self.agents.get(key)
        if pool is None:
            pool = []
            n = 3 + int(PROV_W[PROV.index(prov)] * 3)
            for i in range(n):
                a = Agent()
                a.carrier = carrier
                a.prov = prov
                a.kind = "STORE" if i < max(1, n // 5) else "AGENT"
                if a.kind == "STORE":
                    a.code = "%s-CH%s-%03d" % (CARRIER_ABBR[carrier], prov, i + 1)
                    a.devices = [self.imei(TABLET_TAC)
                                 for _ in range(r.randint(2, 4))]
                else:
                    a.code = "%s%s%05d" % (CARRIER_ABBR[carrier][0], prov,
                                           r.randrange(100000))
                    a.devices = [self.imei() if r.random() < 0.7
                                 else self.imei(TABLET_TAC)]
                pool.append(a)
            self.agents[key] = pool
        if kind is None:
            return r.choice(pool)
        cands = [a for a in pool if a.kind == kind]
        return r.choice(cands) if cands else r.choice(pool)

    # ------------------------------------------------------------ usage
    def usage(self, kind):
        r = self.r
        ri = r.randint
        if kind == "normal":
            o = ri(5, 160)
            return (ri(14, 30), o, ri(8, 170), ri(0, 40), ri(4, 90),
                    max(1, min(o, ri(3, 45))),
                    r.choice((0, 10000, 20000, 50000, 50000, 100000, 120000,
                              200000)), ri(100, 9000))
        if kind == "light":
            o = ri(1, 40)
            return (ri(6, 30), o, ri(4, 70), ri(0, 5), ri(2, 25),
                    max(1, min(o, ri(1, 8))), r.choice((0, 10000, 20000, 50000)),
                    ri(0, 300))
        if kind == "data":
            return (ri(18, 30), ri(0, 2), ri(0, 2), ri(0, 3), ri(1, 12),
                    ri(0, 2), r.choice((50000, 70000, 90000, 120000, 200000)),
                    ri(2000, 45000))
        if kind == "iot":
            return (ri(26, 30), 0, 0, ri(0, 40), ri(0, 6), 0, 0, ri(1, 60))
        if kind == "tourist":
            o = ri(0, 15)
            return (ri(3, 21), o, ri(0, 12), ri(0, 6), ri(1, 15),
                    min(o, ri(0, 8)), r.choice((0, 0, 50000, 100000)),
                    ri(800, 16000))
        if kind == "youth":
            o = ri(2, 60)
            return (ri(12, 30), o, ri(5, 80), ri(0, 60), ri(3, 70),
                    max(1, min(o, ri(2, 25))), r.choice((0, 10000, 20000,
                                                         50000)),
                    ri(1500, 20000))
        if kind == "unused":
            return (0, 0, 0, 0, 0, 0, 0, 0)
        if kind == "trickle":
            o = ri(0, 25)
            return (ri(0, 12), o, ri(0, 20), ri(0, 6), ri(0, 25),
                    min(o, ri(0, 12)), r.choice((0, 0, 10000, 20000)),
                    ri(0, 900))
        if kind == "farm_voice":
            o = ri(300, 2600)
            return (ri(18, 30), o, ri(0, 25), ri(0, 30), ri(0, 15),
                    int(o * r.uniform(0.7, 0.97)), ri(20, 200) * 10000,
                    ri(0, 12))
        if kind == "farm_sms":
            s = ri(700, 6000)
            return (ri(15, 30), ri(0, 30), ri(0, 10), s, ri(0, 20),
                    int(s * r.uniform(0.6, 0.95)), ri(10, 150) * 10000,
                    ri(0, 6))
        if kind == "otp":
            return (ri(2, 16), ri(0, 4), ri(0, 3), ri(0, 3), ri(6, 95),
                    ri(0, 3), r.choice((0, 0, 10000, 20000)), ri(0, 30))
        if kind == "scam":
            o = ri(60, 650)
            return (ri(5, 25), o, ri(1, 30), ri(0, 50), ri(0, 20),
                    int(o * r.uniform(0.75, 0.98)), ri(10, 100) * 10000,
                    ri(0, 120))
        if kind == "warmed":
            o = ri(55, 260)
            return (ri(23, 30), o, ri(25, 170), ri(8, 80), ri(8, 70),
                    int(o * r.uniform(0.45, 0.8)), ri(5, 30) * 10000,
                    ri(30, 600))
        if kind == "stealth_otp":
            o = ri(3, 25)
            return (ri(8, 24), o, ri(1, 18), ri(0, 8), ri(15, 110),
                    max(1, min(o, ri(2, 12))), r.choice((10000, 20000, 50000)),
                    ri(20, 400))
        return None

    # ------------------------------------------------------------ emit
    def emit(self, carrier, msisdn, iccid, imsi, p, ts, channel, agent, dev,
             selfie, fm, popdb, status, fuse, usage, junk, nonown, pattern,
             name=None, stype=None):
        if ts < 0:
            ts = 8 * 3600 + (ts % 36000)
        elif ts >= self.end_ts:
            ts = self.end_ts - 86400 + (ts % 50000) + 25000
        if name is None:
            name = self.name(p)
        if stype is None:
            stype = "ORGANIZATION" if p.idt == "ORG" else "INDIVIDUAL"
        if usage is not None and carrier in self.usage_carriers:
            el = (self.end_ts - ts) / 86400.0
            if el < 2:
                u = ("",) * 8
            elif el < 30:
                f = el / 30.0
                a = usage[0]
                u = (str(min(a, int(el))),) + tuple(
                    str(int(x * f)) for x in usage[1:])
            else:
                u = tuple(str(x) for x in usage)
        else:
            u = ("",) * 8
        org = p.idt == "ORG"
        row = [carrier, msisdn, imsi, iccid, stype, p.idt, p.idn, name,
               "" if org else p.dob, "" if org else p.g, p.nat, p.prov,
               ts, channel, agent, dev,
               "" if selfie is None else "%016x" % selfie,
               "" if fm is None else "%.3f" % fm, popdb, status,
               fuse or ""]
        row.extend(u)
        self.rows.append((ts, row, (junk, nonown, pattern)))

    def sim(self, carrier):
        """one fresh SIM from ordinary (non-sequential) stock"""
        ser = self.iccid_serial(carrier)
        return self.msisdn(carrier), self.iccid(carrier, ser), self.imsi(carrier)

    # ------------------------------------------------------------ legit core
    def legit_reg(self, p, carrier, day, pattern, channel=None, agent=None,
                  dev=None, ts=None, fmq=(0.72, 0.995, 0.93), ukind="normal",
                  fuse=None, sim=None, popdb=None, name=None):
        r = self.r
        x = r.random()
        if channel is None:
            if p.nat != "VN":
                channel = "STORE" if x < 0.6 else "AGENT"
            else:
                channel = "AGENT" if x < 0.44 else "STORE" if x < 0.68 else \
                    "EKYC_APP" if x < 0.95 else "ONLINE"
        if ts is None:
            ts = self.ts(day, "app" if channel in ("EKYC_APP", "ONLINE")
                         else "day")
        acode = ""
        if channel in ("STORE", "AGENT"):
            if agent is None:
                agent = self.agent(carrier, p.prov, channel)
            acode = agent.code
            if dev is None:
                dev = r.choice(agent.devices)
        elif channel == "EKYC_APP":
            dev = dev or p.phone
        else:   # ONLINE: captured by the courier's handheld on delivery
            if dev is None:
                dev = self.courier_dev(carrier, p.prov)
        selfie = self.capture(p.face, 4)
        fm = r.triangular(*fmq)
        if popdb is None:
            y = r.random()
            popdb = "MATCH" if y < 0.935 else "UNCHECKED" if y < 0.975 \
                else "MISMATCH" if y < 0.993 else "NOT_FOUND"
        if p.nat != "VN":
            popdb = "UNCHECKED" if r.random() < 0.9 else "NOT_FOUND"
        status = "ACTIVE"
        if popdb in ("MISMATCH", "NOT_FOUND") and r.random() < 0.4:
            status = "ONE_WAY_LOCKED"
        elif r.random() < 0.008:
            status = "TERMINATED"
        if fuse is None:
            z = r.random()
            fuse = p.phone if z < 0.83 else self.imei() if z < 0.95 else ""
        if sim is None:
            sim = self.sim(carrier)
        self.emit(carrier, sim[0], sim[1], sim[2], p, ts, channel, acode, dev,
                  selfie, fm, popdb, status, fuse, self.usage(ukind), 0, 0,
                  pattern, name=name)
        return ts

    def courier_dev(self, carrier, prov):
        key = ("courier", carrier, prov)
        pool = self.agents.get(key)
        if pool is None:
            pool = [self.imei() for _ in range(self.r.randint(2, 6))]
            self.agents[key] = pool
        return self.r.choice(pool)

    def remember(self, p):
        if self.r.random() < 0.35 and len(self.people) < 300000:
            self.people.append(p)

    # ------------------------------------------------------------ legit patterns
    def g_legit_individual(self, left):
        r = self.r
        p = self.person(age=int(min(85, max(14, r.gauss(35, 13)))))
        uk = "youth" if p.age < 24 else "light" if p.age > 62 else "normal"
        fmq = (0.55, 0.97, 0.84) if p.age > 60 else (0.72, 0.995, 0.93)
        self.legit_reg(p, self.carrier(), self.day(), "legit_individual",
                       ukind=uk, fmq=fmq)
        self.remember(p)
        return 1

    def g_legit_walkin(self, left):
        """walk-in customer at a dealer (the population dealers prey on)"""
        p = self.person(age=int(min(80, max(16, self.r.gauss(38, 14)))))
        self.legit_reg(p, self.carrier(), self.day(), "legit_walkin",
                       channel="AGENT")
        self.remember(p)
        return 1

    def g_legit_household(self, left):
        """family registering together at one shop or on one phone"""
        r = self.r
        k = min(left, r.choice((2, 2, 3, 3, 4, 5)))
        prov = self.province()
        carrier = self.carrier()
        day = self.day()
        head = self.person(30, 55, prov=prov)
        onephone = r.random() < 0.4
        channel = "EKYC_APP" if onephone else r.choice(("STORE", "AGENT"))
        agent = self.agent(carrier, prov, channel) if not onephone else None
        dev = head.phone if onephone else r.choice(agent.devices)
        t = self.ts(day, "day")
        sharedfirst = r.random() < 0.25
        for i in range(k):
            if i == 0:
                p = head
            elif i == 1:
                p = self.person(28, 55, prov=prov,
                                g="F" if head.g == "M" else "M")
                p.fam = head.fam if r.random() < 0.1 else p.fam
            elif i == 4:
                p = self.person(62, 85, prov=prov)
                p.fam = head.fam
            else:
                p = self.person(14, 24, prov=prov)
                p.fam = head.fam
            uk = "youth" if p.age < 25 else "light" if p.age > 60 else "normal"
            fuse = head.phone if sharedfirst else None
            self.legit_reg(p, carrier, day, "legit_household", channel=channel,
                           agent=agent, dev=dev, ts=t, ukind=uk, fuse=fuse,
                           fmq=(0.6, 0.99, 0.9))
            t += r.randint(60, 900)
            self.remember(p)
        return k

    def g_legit_parent_child(self, left):
        """parent's own SIM plus a child's SIM registered on the parent's ID"""
        r = self.r
        p = self.person(32, 52)
        carrier = self.carrier()
        day = self.day()
        t = self.legit_reg(p, carrier, day, "legit_individual")
        if left < 2:
            return 1
        kid_phone = self.imei()
        ch = "AGENT" if r.random() < 0.6 else "STORE"
        self.legit_reg(p, carrier, day, "legit_parent_for_child",
                       channel=ch if r.random() < 0.5 else None,
                       ts=t + r.randint(120, 86400 * 20), ukind="youth",
                       fuse=kid_phone)
        self.remember(p)
        return 2

    def g_legit_multi_sim(self, left):
        """legal multi-SIM holder: main, backup, data, business line"""
        r = self.r
        k = min(left, r.choice((2, 2, 2, 3, 3, 4, 5, 6, 7)))
        p = self.person(22, 58)
        router = self.imei(ROUTER_TAC)
        tablet = self.imei(TABLET_TAC)
        napp = {}
        for i in range(k):
            c = self.carrier() if i else r.choice(CARRIERS[:3])
            day = self.day()
            ch = None
            if napp.get(c, 0) >= 3:
                ch = r.choice(("STORE", "AGENT"))
            kind = r.random()
            if i == 0 or kind < 0.45:
                uk, fuse = "normal", p.phone
            elif kind < 0.75:
                uk, fuse = "data", r.choice((router, tablet))
            else:
                uk, fuse = "light", p.phone
            self.legit_reg(p, c, day, "legit_multi_sim", channel=ch, ukind=uk,
                           fuse=fuse)
            last = self.rows[-1][1]
            if last[13] in ("EKYC_APP", "ONLINE"):
                napp[c] = napp.get(c, 0) + 1
        self.remember(p)
        return k

    def g_legit_corporate(self, left):
        """organisation bulk order: consecutive golden numbers at one time"""
        r = self.r
        k = min(left, int(r.paretovariate(1.2) * 12) + 5, 400)
        o = self.org()
        carrier = r.choice(CARRIERS[:3])
        day = self.day()
        ag = self.agent(carrier, o.prov, "STORE")
        dev = r.choice(ag.devices)
        nums = self.msisdn_block(carrier, k, r.choice((1, 1, 1, 10)))
        ser = self.iccid_serial(carrier)
        msin = r.randrange(10 ** 10 - k)
        t = day * 86400 + r.randint(8, 16) * 3600 + r.randrange(3600)
        sf = self.capture(o.face, 3)
        fm = r.uniform(0.82, 0.98)
        ch = "STORE" if r.random() < 0.8 else "AGENT"
        name = o.fam if r.random() < 0.85 else name_forms(o.fam)[1]
        for i in range(k):
            self.emit(carrier, nums[i], self.iccid(carrier, ser + i),
                      self.imsi(carrier, msin + i), o, t + i * r.randint(2, 30),
                      ch, ag.code, dev, sf, fm,
                      "UNCHECKED" if r.random() < 0.7 else "MATCH", "ACTIVE",
                      self.imei() if r.random() < 0.9 else "",
                      self.usage("normal" if r.random() < 0.8 else "light"),
                      0, 0, "legit_corporate_bulk", name=name)
        return k

    def g_legit_corp_staff(self, left):
        """carrier's enterprise team signs up employees on site, one tablet"""
        r = self.r
        k = min(left, r.randint(8, 90))
        prov = r.choice(INDUSTRIAL)
        carrier = r.choice(CARRIERS[:3])
        ag = self.agent(carrier, prov, "STORE")
        dev = r.choice(ag.devices)
        day = self.day()
        t = day * 86400 + r.randint(8, 14) * 3600
        for i in range(k):
            p = self.person(20, 55, prov=prov)
            self.legit_reg(p, carrier, day, "legit_corporate_staff",
                           channel="STORE", agent=ag, dev=dev, ts=t)
            t += r.randint(40, 400)
            self.remember(p)
        return k

    def g_legit_iot(self, left):
        """M2M SIMs: sequential modules, no voice, tiny data"""
        r = self.r
        k = min(left, r.randint(30, 500))
        o = self.org()
        o.fam = r.choice(IOT_ORG)
        carrier = r.choice(CARRIERS[:3])
        day = self.day()
        nums = self.msisdn_block(carrier, k)
        ser = self.iccid_serial(carrier)
        msin = r.randrange(10 ** 10 - k)
        tac = r.choice(IOT_TAC)
        mstart = r.randrange(1000000 - k)
        ch = r.choice(("STORE", "ONLINE"))
        ag = self.agent(carrier, o.prov, "STORE")
        dev = r.choice(ag.devices) if ch == "STORE" else ""
        t = day * 86400 + r.randint(8, 16) * 3600
        for i in range(k):
            self.emit(carrier, nums[i], self.iccid(carrier, ser + i),
                      self.imsi(carrier, msin + i), o, t + i, ch,
                      ag.code if ch == "STORE" else "", dev, None, None,
                      "UNCHECKED", "ACTIVE", self.imei_seq(tac, mstart, i),
                      self.usage("iot"), 0, 0, "legit_iot")
        return k

    def g_legit_promo(self, left):
        """promotion day: one busy point, many different genuine faces"""
        r = self.r
        k = min(left, r.randint(40, 260))
        carrier = r.choice(CARRIERS[:4])
        prov = self.province()
        ag = self.agent(carrier, prov)
        day = self.day()
        t = day * 86400 + 7 * 3600 + r.randrange(3600)
        night = r.random() < 0.15     # midnight-sale style event
        if night:
            t = day * 86400 + 19 * 3600
        for i in range(k):
            p = self.person(age=int(min(75, max(15, r.gauss(30, 11)))),
                            prov=prov)
            self.legit_reg(p, carrier, day, "legit_promo_day",
                           channel=ag.kind, agent=ag, ts=t)
            t += r.randint(30, 420)
            self.remember(p)
        return k

    def g_legit_students(self, left):
        """campus booth at term start: students from every province"""
        r = self.r
        k = min(left, r.randint(30, 220))
        prov = r.choice(CAMPUS)
        carrier = r.choice(CARRIERS[:3])
        ag = self.agent(carrier, prov, "AGENT")
        day = self.day()
        t = day * 86400 + 8 * 3600
        for i in range(k):
            p = self.person(18, 23, prov=prov, bprov=self.province())
            if r.random() < 0.3:
                ch, a = "EKYC_APP", None
            else:
                ch, a = "AGENT", ag
            self.legit_reg(p, carrier, day, "legit_student", channel=ch,
                           agent=a, ts=t if a else None, ukind="youth")
            t += r.randint(20, 300)
            if t % 86400 > 18 * 3600:
                day = min(day + 1, self.ndays - 1)
                t = day * 86400 + 8 * 3600
            self.remember(p)
        return k

    def g_legit_workers(self, left):
        """migrant factory workers on Sundays near an industrial zone"""
        r = self.r
        k = min(left, r.randint(20, 160))
        prov = r.choice(INDUSTRIAL[:6])
        carrier = self.carrier()
        ag = self.agent(carrier, prov, "AGENT")
        sundays = [d for d in range(self.ndays) if self.weekday[d] == 6] or [0]
        day = r.choice(sundays)
        t = day * 86400 + 7 * 3600 + r.randrange(7200)
        for i in range(k):
            p = self.person(18, 42, prov=prov, bprov=r.choice(MIGRANT_SRC))
            self.legit_reg(p, carrier, day, "legit_migrant_worker",
                           channel="AGENT", agent=ag, ts=t,
                           fuse=self.imei(OLD_PHONE_TAC) if r.random() < 0.2
                           else None)
            t += r.randint(60, 600)
            self.remember(p)
        return k

    def g_legit_elderly(self, left):
        """elderly parent registered through the app on a child's phone"""
        r = self.r
        child = self.person(28, 50)
        old = self.person(63, 92, prov=child.prov)
        carrier = self.carrier()
        day = self.day()
        t = self.ts(day, "app")
        n = 0
        if left >= 2 and r.random() < 0.6:
            self.legit_reg(child, carrier, day, "legit_individual",
                           channel="EKYC_APP", ts=t - r.randint(60, 86400 * 10))
            n += 1
        self.legit_reg(old, carrier, day, "legit_elderly_assisted",
                       channel="EKYC_APP", dev=child.phone, ts=t,
                       fmq=(0.45, 0.92, 0.74), ukind="light",
                       fuse=old.phone if r.random() < 0.7 else child.phone)
        self.remember(old)
        return n + 1

    def g_legit_tourist(self, left):
        """foreign visitors at an airport kiosk, often as a tour group"""
        r = self.r
        k = min(left, 1 if r.random() < 0.6 else r.randint(2, 14))
        carrier = r.choice(CARRIERS[:3])
        prov = r.choice(AIRPORT)
        ag = self.agent(carrier, prov, "STORE" if r.random() < 0.5 else "AGENT")
        day = self.day()
        t = self.ts(day, "app")
        for i in range(k):
            p = self.foreigner()
            p.prov = prov
            self.legit_reg(p, carrier, day, "legit_tourist", channel=ag.kind,
                           agent=ag, ts=t, ukind="tourist",
                           fmq=(0.65, 0.98, 0.88))
            t += r.randint(30, 200)
        return k

    def g_legit_typo(self, left):
        """honest clerical error by the clerk: DOB/name/ID digit slips"""
        r = self.r
        p = self.person(18, 75)
        x = r.random()
        name = None
        popdb = "MISMATCH"
        q = Person()
        for a in Person.__slots__:
            setattr(q, a, getattr(p, a))
        if x < 0.35:
            y, m, d = p.dob.split("-")
            d = int(d)
            d = d + 1 if d < 28 else d - 1
            q.dob = "%s-%s-%02d" % (y, m, d) if r.random() < 0.6 else \
                "%s-%s-%s" % (y, d if d <= 12 else m, m if d <= 12 else d)
            if len(q.dob) != 10:
                q.dob = p.dob
        elif x < 0.7:
            fam = name_forms(p.fam)[2] if r.random() < 0.5 else p.fam
            giv = p.giv[:-1] if len(p.giv) > 3 else p.giv + "h"
            name = " ".join(s for s in (fam, p.mid, giv) if s)
        else:
            i = r.randrange(6, len(p.idn))
            q.idn = p.idn[:i] + str((int(p.idn[i]) + 1) % 10) + p.idn[i + 1:]
            popdb = "NOT_FOUND" if r.random() < 0.5 else "MISMATCH"
        self.legit_reg(q, self.carrier(), self.day(), "legit_clerical_typo",
                       channel=r.choice(("AGENT", "STORE")), popdb=popdb,
                       name=name)
        return 1

    def g_legit_cmnd(self, left):
        """older subscriber still carrying a 9-digit (or 12-digit) CMND"""
        p = self.person(50, 88, idt="CMND")
        self.legit_reg(p, self.carrier(), self.day(), "legit_cmnd_legacy",
                       channel="STORE" if self.r.random() < 0.6 else "AGENT",
                       ukind="light", fmq=(0.5, 0.95, 0.8))
        return 1

    def g_legit_replacement(self, left):
        """re-registration after losing a phone: same person, new device,
        registered again at a different shop a few weeks later"""
        r = self.r
        p = self.person(20, 65)
        c = self.carrier()
        d = self.day(0, self.ndays // 2)
        self.legit_reg(p, c, d, "legit_individual")
        if left < 2:
            return 1
        p.phone = self.imei()
        p.prov = self.province() if r.random() < 0.3 else p.prov
        self.legit_reg(p, self.carrier(), self.day(d, self.ndays - 1),
                       "legit_backup_sim", ukind="light")
        self.remember(p)
        return 2

    # ------------------------------------------------------------ fraud helpers
    def leaked(self, prov=None):
        """a real person whose document leaked (often also a genuine
        subscriber elsewhere in the batch)"""
        r = self.r
        if self.people and r.random() < 0.5:
            p = r.choice(self.people)
        else:
            p = self.person(age=r.choice((r.randint(18, 30), r.randint(25, 60),
                                          r.randint(55, 85))), prov=prov)
        return p

    def seller(self, prov=None):
        """poor/rural person who sells or rents out their ID card"""
        r = self.r
        age = r.randint(18, 26) if r.random() < 0.55 else r.randint(55, 82)
        return self.person(age=age, prov=prov or r.choice(MIGRANT_SRC))

    def fake_person(self):
        """fabricated identity: made-up number/name, often inconsistent"""
        r = self.r
        p = self.person(18, 70)
        idn = p.idn
        x = r.random()
        if x < 0.3:   # gender digit disagrees with declared gender
            gd = int(idn[3]) ^ 1
            idn = idn[:3] + str(gd) + idn[4:]
        elif x < 0.55:   # birth year disagrees with DOB
            idn = idn[:4] + "%02d" % ((int(idn[4:6]) + r.randint(1, 9)) % 100) \
                + idn[6:]
        elif x < 0.7:    # province code not in the table
            idn = r.choice(("003", "005", "018", "028", "039", "050", "099",
                            "061", "073")) + idn[3:]
        elif x < 0.8:    # sequential / low-effort number
            idn = idn[:6] + r.choice(("123456", "000001", "111111", "654321",
                                      "%06d" % r.randrange(1000)))
        if idn in self.used_id and idn != p.idn:
            idn = p.idn
        self.used_id.add(idn)
        p.idn = idn
        if r.random() < 0.3:
            p.fam = r.choice(FAMILY)
            p.giv = r.choice(GIVEN_M + GIVEN_F)
        return p

    def fpopdb(self, pm, pmis, pnf):
        x = self.r.random()
        return "MATCH" if x < pm else "MISMATCH" if x < pm + pmis else \
            "NOT_FOUND" if x < pm + pmis + pnf else "UNCHECKED"

    def fstatus(self, popdb, lockp=0.08):
        x = self.r.random()
        if popdb in ("MISMATCH", "NOT_FOUND") and x < 0.35:
            return "ONE_WAY_LOCKED" if x < 0.25 else "TWO_WAY_LOCKED"
        if x < lockp:
            return "TWO_WAY_LOCKED" if x < lockp / 2 else "ONE_WAY_LOCKED"
        if x < lockp + 0.01:
            return "TERMINATED"
        return "ACTIVE"

    def stock(self, carrier, k, consecutive):
        """SIM kits as a dealer gets them: boxes of consecutive numbers"""
        r = self.r
        if consecutive:
            nums = self.msisdn_block(carrier, k)
            ser = self.iccid_serial(carrier)
            msin = r.randrange(10 ** 10 - k)
            return [(nums[i], self.iccid(carrier, ser + i),
                     self.imsi(carrier, msin + i)) for i in range(k)]
        return [self.sim(carrier) for _ in range(k)]

    # ------------------------------------------------------------ fraud patterns
    def g_simfarm(self, left):
        """SIM farm: bought documents + SIM kits through complicit agents,
        loaded into GSM gateway modules (one TAC, sequential IMEIs)"""
        r = self.r
        ports = r.choice((16, 32, 32, 64, 64, 128, 256))
        k = min(left, ports * r.choice((1, 1, 2, 3)), 600)
        care = r.random()
        carrier = r.choice(CARRIERS[:4]) if r.random() < 0.8 else self.carrier()
        fprov = r.choice(INDUSTRIAL) if r.random() < 0.7 else self.province()
        agents = [self.agent(carrier, fprov, "AGENT")
                  for _ in range(r.randint(1, 4))]
        templates = [self.face() for _ in range(r.randint(2, 3 + int(care * 8)))]
        sims = self.stock(carrier, k, care < 0.6)
        tac = r.choice(GATEWAY_TAC)
        mstart = r.randrange(1000000 - ports)
        mode = "farm_voice" if r.random() < 0.6 else "farm_sms"
        d0 = self.day(0, self.ndays - 5)
        ndays = r.randint(1, 4 + int(care * 10))
        ids = []
        i = 0
        t = None
        ag = agents[0]
        while i < k:
            if not ids:
                p = self.seller() if r.random() < 0.6 else self.leaked()
                ids = [p] * r.randint(1, 2 + int((1 - care) * 5))
            p = ids.pop()
            if t is None or r.random() < 0.04:
                ag = r.choice(agents)
                day = d0 + r.randrange(ndays)
                t = self.ts(min(day, self.ndays - 1), "day")
            t += r.randint(15, 240)
            popdb = self.fpopdb(0.8, 0.12, 0.06)
            fuse = self.imei_seq(tac, mstart, i % ports) if r.random() < 0.93 \
                else ""
            self.emit(carrier, sims[i][0], sims[i][1], sims[i][2], p, t,
                      "AGENT", ag.code, ag.devices[0],
                      self.capture(r.choice(templates), 3),
                      r.uniform(0.25, 0.72) if r.random() < 0.9 else None,
                      popdb, self.fstatus(popdb, 0.12), fuse, self.usage(mode),
                      1, 1, "simfarm_gateway")
            i += 1
        return k

    def g_preact_night(self, left):
        """dealer pre-activates a box of kits overnight with a tool"""
        r = self.r
        k = min(left, r.randint(40, 420))
        carrier = self.carrier()
        prov = self.province()
        ag = self.agent(carrier, prov, "AGENT")
        dev = ag.devices[0]
        sims = self.stock(carrier, k, r.random() < 0.85)
        day = self.day(0, self.ndays - 2)
        t = day * 86400 + r.randint(22, 23) * 3600 + r.randrange(3600)
        step = r.choice(((6, 25), (15, 60), (30, 150)))
        template = r.random() < 0.35
        if template:
            tpl = [self.leaked() for _ in range(r.randint(1, 5))]
        tface = [self.face() for _ in range(r.randint(1, 2))]
        blankface = r.random() < 0.3
        for i in range(k):
            if template:
                p, fab = r.choice(tpl), 0
            elif r.random() < 0.12:
                p, fab = self.fake_person(), 1
            else:
                p, fab = self.leaked(), 0
            popdb = self.fpopdb(0.6, 0.25, 0.1) if not fab else \
                self.fpopdb(0.05, 0.3, 0.6)
            t += r.randint(*step)
            if r.random() < 0.62:
                us, fuse = self.usage("unused"), ""
            else:
                us, fuse = self.usage("trickle"), self.imei()
            self.emit(carrier, sims[i][0], sims[i][1], sims[i][2], p, t,
                      "AGENT", ag.code, dev,
                      None if blankface else self.capture(r.choice(tface), 2),
                      None if blankface else r.uniform(0.05, 0.5), popdb,
                      self.fstatus(popdb, 0.1), fuse, us, 1, 1 - fab,
                      "preactivated_overnight")
        return k

    def g_preact_trickle(self, left):
        """STEALTH: dealer re-uses dossiers of past genuine customers and
        activates a few kits a day in opening hours over weeks"""
        r = self.r
        k = min(left, r.randint(30, 220))
        carrier = self.carrier()
        prov = self.province()
        ag = self.agent(carrier, prov, "AGENT")
        sims = self.stock(carrier, k, r.random() < 0.5)
        r.shuffle(sims)
        d0 = self.day(0, max(0, self.ndays - 20))
        span = r.randint(14, 60)
        for i in range(k):
            p = self.leaked(prov=prov)
            day = min(self.ndays - 1, d0 + r.randrange(span))
            t = self.ts(day, "shop")
            popdb = self.fpopdb(0.94, 0.03, 0.01)
            if r.random() < 0.5:
                us, fuse = self.usage("normal"), self.imei()
            else:
                us, fuse = self.usage("trickle"), self.imei() \
                    if r.random() < 0.5 else ""
            self.emit(carrier, sims[i][0], sims[i][1], sims[i][2], p, t,
                      "AGENT", ag.code, r.choice(ag.devices),
                      self.capture(p.face, 3), r.triangular(0.68, 0.95, 0.85),
                      popdb, self.fstatus(popdb, 0.03), fuse, us, 1, 1,
                      "preactivated_trickle")
        return k

    def g_theft_ring(self, left):
        """identity-theft ring: leaked documents, one operator's phone and
        face, through the app or a complicit dealer"""
        r = self.r
        nop = r.randint(1, 3)
        careful = r.random() < 0.35
        ops = [(self.face(), [self.imei() for _ in range(r.randint(1, 3 if careful else 1))])
               for _ in range(nop)]
        mules = [self.imei() for _ in range(r.randint(2, 6))]
        chan = r.choices(("EKYC_APP", "ONLINE", "AGENT"), (6, 2.5, 1.5))[0]
        nvict = r.randint(8, 120)
        d0 = self.day(0, self.ndays - 3)
        span = r.randint(3, 21)
        mode = "scam" if r.random() < 0.5 else "otp"
        n = 0
        cars = [self.carrier() for _ in range(3)]
        ag = None
        for _ in range(nvict):
            v = self.leaked()
            for _ in range(r.choice((1, 1, 2, 3))):
                if n >= left:
                    return n
                face, phones = r.choice(ops)
                c = r.choice(cars)
                day = min(self.ndays - 1, d0 + r.randrange(span))
                t = self.ts(day, "night" if r.random() < 0.35 else "app")
                if careful:
                    sf = self.capture(v.face, 6)
                    fm = r.uniform(0.58, 0.82)
                else:
                    sf = self.capture(face, 4)
                    fm = r.uniform(0.15, 0.58)
                if chan == "AGENT":
                    if ag is None or ag.carrier != c:
                        ag = self.agent(c, self.province(), "AGENT")
                    acode, dev = ag.code, ag.devices[0]
                elif chan == "ONLINE":
                    acode, dev = "", r.choice(phones)
                else:
                    acode, dev = "", r.choice(phones)
                popdb = self.fpopdb(0.88, 0.09, 0.02)
                sim = self.sim(c)
                self.emit(c, sim[0], sim[1], sim[2], v, t, chan, acode, dev,
                          sf, fm, popdb, self.fstatus(popdb, 0.1),
                          r.choice(mules), self.usage(mode), 1, 1,
                          "identity_theft_ring")
                n += 1
        return max(n, 1) if n else self.g_legit_individual(left)

    def g_dealer_extra(self, left):
        """dealer adds extra SIMs to walk-in customers' documents, replaying
        the customer's selfie on the same tablet minutes later or after
        closing.  The walk-in's own SIM is genuine (legit_walkin)."""
        r = self.r
        carrier = self.carrier()
        prov = self.province()
        ag = self.agent(carrier, prov, "AGENT")
        rate = r.uniform(0.12, 0.45)
        d0 = self.day(0, self.ndays - 2)
        span = r.randint(2, 30)
        n = 0
        nf = 0
        for _ in range(r.randint(15, 160)):
            if n >= left:
                break
            p = self.person(age=int(min(80, max(16, r.gauss(38, 15)))),
                            prov=prov)
            day = min(self.ndays - 1, d0 + r.randrange(span))
            dev = r.choice(ag.devices)
            t = self.legit_reg(p, carrier, day, "legit_walkin", channel="AGENT",
                               agent=ag, dev=dev)
            row = self.rows[-1][1]
            sf = int(row[16], 16)
            fm = float(row[17])
            popdb = row[18]
            n += 1
            self.remember(p)
            if r.random() >= rate or popdb != "MATCH":
                continue
            after_close = r.random() < 0.3
            for _ in range(r.choice((1, 1, 1, 2, 2, 3))):
                if n >= left:
                    break
                if after_close:
                    te = day * 86400 + r.randint(21, 23) * 3600 + r.randrange(3600)
                else:
                    te = t + r.randint(40, 1200)
                sim = self.sim(carrier)
                x = r.random()
                if x < 0.45:
                    us, fuse = self.usage("unused"), ""
                elif x < 0.75:
                    us, fuse = self.usage("trickle"), self.imei()
                else:
                    us, fuse = self.usage("otp"), self.imei()
                self.emit(carrier, sim[0], sim[1], sim[2], p, te, "AGENT",
                          ag.code, dev, self.capture(sf, 1),
                          min(0.999, max(0.0, fm + r.uniform(-0.01, 0.01))),
                          popdb, self.fstatus(popdb, 0.05), fuse, us, 1, 1,
                          "dealer_extra_sim")
                n += 1
                nf += 1
        return n

    def g_rented_docs(self, left):
        """broker rents documents (students, elderly, workers) who show up
        in person; SIMs go to the broker's phone farm"""
        r = self.r
        prov = self.province()
        broker_phone = self.imei()
        farm = [self.imei() for _ in range(r.randint(4, 20))]
        d0 = self.day(0, self.ndays - 4)
        cars = [r.choice(CARRIERS[:3]), r.choice(CARRIERS[:5]), self.carrier()]
        n = 0
        for _ in range(r.randint(3, 25)):
            p = self.seller(prov=prov) if r.random() < 0.6 else \
                self.person(18, 23, prov=prov, bprov=self.province())
            p.prov = prov
            day = min(self.ndays - 1, d0 + r.randrange(3))
            napp = {}
            for _ in range(r.randint(3, 12)):
                if n >= left:
                    return n
                c = r.choice(cars)
                if napp.get(c, 0) < 3 and r.random() < 0.35:
                    ch, acode, dev = "EKYC_APP", "", broker_phone
                    napp[c] = napp.get(c, 0) + 1
                else:
                    ag = self.agent(c, prov, "AGENT")
                    ch, acode, dev = "AGENT", ag.code, ag.devices[0]
                t = self.ts(min(self.ndays - 1, day + r.randrange(2)), "day")
                popdb = self.fpopdb(0.95, 0.03, 0.01)
                sim = self.sim(c)
                self.emit(c, sim[0], sim[1], sim[2], p, t, ch, acode, dev,
                          self.capture(p.face, 3), r.triangular(0.75, 0.98, 0.9),
                          popdb, self.fstatus(popdb, 0.06), r.choice(farm),
                          self.usage("otp" if r.random() < 0.7 else "scam"),
                          1, 1, "rented_document")
                n += 1
        return n

    def g_fabricated(self, left):
        """complicit agent registers made-up identities (ID 'photos' of
        flowers, random faces)"""
        r = self.r
        k = min(left, r.randint(10, 160))
        carrier = self.carrier()
        ag = self.agent(carrier, self.province(), "AGENT")
        d0 = self.day(0, self.ndays - 3)
        sims = self.stock(carrier, k, r.random() < 0.5)
        t = self.ts(d0, "day")
        mode = r.choice(("scam", "farm_sms", "unused", "otp"))
        for i in range(k):
            p = self.fake_person()
            if r.random() < 0.1:
                t = self.ts(min(self.ndays - 1, d0 + r.randrange(4)), "day")
            t += r.randint(30, 400)
            popdb = self.fpopdb(0.04, 0.2, 0.62)
            self.emit(carrier, sims[i][0], sims[i][1], sims[i][2], p, t,
                      "AGENT", ag.code, ag.devices[0],
                      self.face() if r.random() < 0.85 else None,
                      r.uniform(0.0, 0.38), popdb, self.fstatus(popdb, 0.15),
                      self.imei() if mode != "unused" else "",
                      self.usage(mode), 1, 0, "fabricated_identity")
        return k

    def g_agent_own_id(self, left):
        """agent activates hundreds of kits on their own ID for resale"""
        r = self.r
        k = min(left, r.randint(40, 900))
        carrier = self.carrier()
        prov = self.province()
        ag = self.agent(carrier, prov, "AGENT")
        me = self.person(22, 50, prov=prov)
        d0 = self.day(0, self.ndays - 3)
        span = r.randint(1, 25)
        sims = []
        while len(sims) < k:
            sims.extend(self.stock(carrier, min(k - len(sims),
                                                r.randint(10, 60)), True))
        for i in range(k):
            t = self.ts(min(self.ndays - 1, d0 + r.randrange(span)),
                        "day" if r.random() < 0.7 else "night")
            x = r.random()
            us = self.usage("unused" if x < 0.4 else "trickle" if x < 0.7
                            else "otp" if x < 0.85 else "normal")
            self.emit(carrier, sims[i][0], sims[i][1], sims[i][2], me, t,
                      "AGENT", ag.code, ag.devices[0], self.capture(me.face, 2),
                      r.uniform(0.85, 0.98), "MATCH", self.fstatus("MATCH", 0.1),
                      "" if x < 0.4 else self.imei(), us, 1, 1, "agent_own_id")
        return k

    def g_ekyc_otp_stealth(self, left):
        """STEALTH: OTP farm via the carrier app; bought identities, at most
        3 per carrier, a replayed ID-photo face, a fresh (spoofed) IMEI per
        sign-up, human-like timing spread over the whole window"""
        r = self.r
        k = min(left, r.randint(30, 320))
        n = 0
        while n < k:
            v = self.leaked()
            for c in r.sample(CARRIERS[:4], r.choice((1, 1, 2))):
                for _ in range(r.randint(1, 3)):
                    if n >= k:
                        break
                    dev = self.imei()
                    t = self.ts(self.day(), "app")
                    popdb = self.fpopdb(0.93, 0.05, 0.01)
                    sim = self.sim(c)
                    self.emit(c, sim[0], sim[1], sim[2], v, t, "EKYC_APP", "",
                              dev, self.capture(v.face, 5),
                              r.triangular(0.68, 0.92, 0.82), popdb,
                              self.fstatus(popdb, 0.04),
                              dev if r.random() < 0.6 else self.imei(),
                              self.usage("stealth_otp"), 1, 1, "ekyc_otp_farm")
                    n += 1
        return n

    def g_simbox_warmed(self, left):
        """STEALTH: SIM box whose SIMs are registered one or two per seller
        across many shops and warmed with simulated human traffic; the box
        changes IMEI per SIM using popular handset TACs"""
        r = self.r
        k = min(left, r.randint(40, 420))
        provs = [self.province() for _ in range(r.randint(2, 6))]
        carrier = r.choice(CARRIERS[:3])
        n = 0
        while n < k:
            p = self.seller(prov=r.choice(provs))
            for _ in range(r.choice((1, 1, 2))):
                if n >= k:
                    break
                c = carrier if r.random() < 0.8 else self.carrier()
                ag = self.agent(c, p.prov)
                t = self.ts(self.day(), "shop")
                popdb = self.fpopdb(0.95, 0.03, 0.01)
                sim = self.sim(c)
                self.emit(c, sim[0], sim[1], sim[2], p, t, ag.kind, ag.code,
                          r.choice(ag.devices), self.capture(p.face, 4),
                          r.triangular(0.74, 0.98, 0.9), popdb,
                          self.fstatus(popdb, 0.03), self.imei(),
                          self.usage("warmed"), 1, 1, "simbox_warmed")
                n += 1
        return n


# ---------------------------------------------------------------- scenarios
LEGIT_BASE = {
    "legit_individual": 0.42, "legit_walkin": 0.08, "legit_household": 0.10,
    "legit_parent_child": 0.03, "legit_multi_sim": 0.08,
    "legit_corporate": 0.04, "legit_corp_staff": 0.02, "legit_iot": 0.03,
    "legit_promo": 0.04, "legit_students": 0.025, "legit_workers": 0.03,
    "legit_elderly": 0.025, "legit_tourist": 0.01, "legit_typo": 0.01,
    "legit_cmnd": 0.005, "legit_replacement": 0.015,
}


def _mix(legit_scale=None, **fraud):
    m = dict(LEGIT_BASE)
    for k, v in (legit_scale or {}).items():
        m[k] = m[k] * v
    m.update(fraud)
    return m


SCENARIOS = {
    "national_default": dict(
        mix=_mix(simfarm=0.012, preact_night=0.01, preact_trickle=0.004,
                 theft_ring=0.008, dealer_extra=0.03, rented_docs=0.006,
                 fabricated=0.004, agent_own_id=0.004, ekyc_otp_stealth=0.004,
                 simbox_warmed=0.003),
        start=(2025, 9, 1), days=75, usage_export=0.8),
    "simfarm_raid": dict(
        mix=_mix({"legit_workers": 2.5, "legit_iot": 2.0,
                  "legit_corp_staff": 2.0},
                 simfarm=0.09, simbox_warmed=0.02, fabricated=0.015,
                 rented_docs=0.02, preact_night=0.01),
        carrier_w=[46, 20, 20, 7, 2, 2.5, 1, 0.5, 0.5, 0.2, 0.3],
        start=(2025, 6, 1), days=60, usage_export=1.0),
    "dealer_preactivation": dict(
        mix=_mix({"legit_promo": 2.5, "legit_corporate": 1.5},
                 preact_night=0.05, preact_trickle=0.025, dealer_extra=0.10,
                 agent_own_id=0.03, fabricated=0.01),
        start=(2025, 10, 15), days=60, usage_export=0.7),
    "identity_theft_wave": dict(
        mix=_mix({"legit_elderly": 2.0, "legit_typo": 2.0},
                 theft_ring=0.06, ekyc_otp_stealth=0.025, rented_docs=0.03,
                 dealer_extra=0.03, preact_night=0.005),
        start=(2026, 1, 5), days=70, usage_export=0.9),
    "stealth_farms": dict(
        mix=_mix({"legit_multi_sim": 2.0, "legit_iot": 2.0,
                  "legit_household": 1.3, "legit_elderly": 1.5},
                 ekyc_otp_stealth=0.05, simbox_warmed=0.05,
                 preact_trickle=0.015, simfarm=0.004),
        start=(2025, 11, 1), days=80, usage_export=1.0),
    "stealth_dealers": dict(
        mix=_mix({"legit_promo": 2.0, "legit_walkin": 2.0,
                  "legit_students": 2.0},
                 preact_trickle=0.06, dealer_extra=0.08, rented_docs=0.03,
                 ekyc_otp_stealth=0.01),
        start=(2025, 8, 20), days=90, usage_export=0.85),
    "confounder_heavy": dict(
        mix=_mix({"legit_promo": 3.0, "legit_corporate": 3.0, "legit_iot": 3.0,
                  "legit_students": 3.0, "legit_workers": 3.0,
                  "legit_tourist": 3.0, "legit_typo": 3.0,
                  "legit_multi_sim": 2.0, "legit_household": 1.5,
                  "legit_cmnd": 3.0},
                 simfarm=0.002, preact_night=0.002, theft_ring=0.002,
                 dealer_extra=0.006, rented_docs=0.002, ekyc_otp_stealth=0.002,
                 simbox_warmed=0.002),
        start=(2025, 9, 1), days=75, usage_export=0.9),
    "tourist_season_no_usage": dict(
        mix=_mix({"legit_tourist": 10.0, "legit_promo": 2.0},
                 simfarm=0.01, preact_night=0.01, theft_ring=0.01,
                 dealer_extra=0.02, rented_docs=0.005, fabricated=0.005,
                 ekyc_otp_stealth=0.005),
        start=(2026, 1, 20), days=45, usage_export=0.0, blank_opt=0.03),
    "legacy_cleanup_2023": dict(
        mix=_mix({"legit_cmnd": 8.0, "legit_typo": 3.0, "legit_elderly": 1.5},
                 preact_night=0.04, fabricated=0.03, agent_own_id=0.02,
                 simfarm=0.015, dealer_extra=0.02, theft_ring=0.005),
        start=(2023, 2, 1), days=90, usage_export=0.5, dirt=0.003),
}

GENS = {
    "legit_individual": "g_legit_individual", "legit_walkin": "g_legit_walkin",
    "legit_household": "g_legit_household",
    "legit_parent_child": "g_legit_parent_child",
    "legit_multi_sim": "g_legit_multi_sim", "legit_corporate": "g_legit_corporate",
    "legit_corp_staff": "g_legit_corp_staff", "legit_iot": "g_legit_iot",
    "legit_promo": "g_legit_promo", "legit_students": "g_legit_students",
    "legit_workers": "g_legit_workers", "legit_elderly": "g_legit_elderly",
    "legit_tourist": "g_legit_tourist", "legit_typo": "g_legit_typo",
    "legit_cmnd": "g_legit_cmnd", "legit_replacement": "g_legit_replacement",
    "simfarm": "g_simfarm", "preact_night": "g_preact_night",
    "preact_trickle": "g_preact_trickle", "theft_ring": "g_theft_ring",
    "dealer_extra": "g_dealer_extra", "rented_docs": "g_rented_docs",
    "fabricated": "g_fabricated", "agent_own_id": "g_agent_own_id",
    "ekyc_otp_stealth": "g_ekyc_otp_stealth", "simbox_warmed": "g_simbox_warmed",
}


def plan(gen, mix):
    N = gen.N
    tot = sum(mix.values())
    keys = sorted(mix)
    quotas = [(k, int(N * mix[k] / tot)) for k in keys]
    rest = N - sum(q for _, q in quotas)
    quotas = [(k, q + (rest if k == "legit_individual" else 0))
              for k, q in quotas]
    legit = [(k, q) for k, q in quotas if k.startswith("legit_")]
    fraud = [(k, q) for k, q in quotas if not k.startswith("legit_")]
    return legit, fraud


def run(gen):
    legit, fraud = plan(gen, gen.scen["mix"])
    # first two thirds of the background, then fraud (which borrows
    # identities from it), then the rest of the background
    for phase in (0, 1, 2):
        todo = legit if phase != 1 else fraud
        for k, q in todo:
            if phase == 0:
                q = q * 2 // 3
            elif phase == 2:
                q = q - q * 2 // 3
            f = getattr(gen, GENS[k])
            done = 0
            while done < q:
                done += f(q - done)
    assert len(gen.rows) == gen.N, (len(gen.rows), gen.N)


# ---------------------------------------------------------------- output
def fmt_msisdn(r, carrier, n):
    s = "%09d" % n
    a, b = MSISDN_STYLE.get(carrier, (0.7, 0.2))
    x = r.random()
    if x < a:
        return "0" + s
    if x < a + b:
        return "84" + s
    return "+84" + s


def dirty(r, row):
    """sparse realistic dirt, mostly in optional fields"""
    x = r.random()
    if x < 0.2 and row[15]:          # IMEI typed with a wrong check digit
        d = row[15]
        row[15] = d[:-1] + str((int(d[-1]) + r.randint(1, 9)) % 10)
    elif x < 0.35 and row[17]:       # decimal comma from a spreadsheet
        row[17] = row[17].replace(".", ",")
    elif x < 0.5 and row[8]:         # DOB in local DD/MM/YYYY
        y, m, d = row[8].split("-")
        row[8] = "%s/%s/%s" % (d, m, y)
    elif x < 0.6 and row[9]:         # gender in Vietnamese
        row[9] = "Nam" if row[9] == "M" else "Nữ"
    elif x < 0.7 and row[3]:         # ICCID truncated by a spreadsheet
        row[3] = row[3][:15]
    elif x < 0.8:                    # stray whitespace around the name
        row[7] = " " + row[7] + "  "
    elif x < 0.9:                    # msisdn with spaces
        m = row[1]
        row[1] = m[:4] + " " + m[4:7] + " " + m[7:]
    elif row[12]:                    # timestamp without offset
        row[12] = row[12][:19]


def write(gen, outdir):
    r = random.Random("indep24|%d|%s|out" % (gen.N, gen.scen["name"]))
    r.seed(gen.r.random())
    rows = gen.rows
    rows.sort(key=lambda t: t[0])
    os.makedirs(outdir, exist_ok=True)
    dirt = gen.dirt
    blank = gen.blank_opt
    fmt_ts = gen.fmt_ts
    with open(os.path.join(outdir, "batch.csv"), "w", encoding="utf-8",
              newline="") as fb, \
            open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8",
                 newline="") as fl:
        w = csv.writer(fb, lineterminator="\r\n")
        w.writerow(HEADER)
        fl.write("carrier,msisdn,junk,non_owner,pattern\r\n")
        lw = fl.write
        rnd = r.random
        for ts, row, lab in rows:
            c = row[0]
            n = row[1]
            row[1] = fmt_msisdn(r, c, n)
            row[12] = fmt_ts(ts)
            x = rnd()
            if x < blank:
                j = r.choice((2, 3, 9, 11, 15, 19, 20, 10))
                row[j] = ""
            if x > 1.0 - dirt:
                dirty(r, row)
            if x < 0.004:
                row[0] = c.lower() if x < 0.002 else c.title()
            w.writerow(row)
            lw("%s,84%09d,%d,%d,%s\r\n" % (c, n, lab[0], lab[1], lab[2]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out", default=None)
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k in SCENARIOS:
            print(k)
        return 0
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    if not a.out:
        ap.error("--out is required")
    if a.rows < 1:
        ap.error("--rows must be positive")
    scen = dict(SCENARIOS[a.scenario])
    scen["name"] = a.scenario
    gen = Gen(a.rows, a.seed, scen)
    run(gen)
    write(gen, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
