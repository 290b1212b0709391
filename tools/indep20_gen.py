#!/usr/bin/env python3
"""indep20_gen: independent synthetic Vietnamese SIM-registration batch generator.

Writes DIR/batch.csv (registration batch per the batch-format contract) and
DIR/labels.csv (carrier,msisdn,junk,non_owner,pattern) for testing an anomaly
auditor.  Python 3 standard library only; deterministic for (rows, seed, scenario).
"""
import argparse
import bisect
import datetime
import math
import os
import random
import sys
import unicodedata

# ----------------------------------------------------------------------------
# basic tables
# ----------------------------------------------------------------------------

def _nfc(s):
    return unicodedata.normalize('NFC', s)


# code, population (x100k), region
PROV = [
    ('001', 84, 'RRD'), ('002', 9, 'NMT'), ('004', 5.4, 'NMT'), ('006', 3.2, 'NMT'),
    ('008', 8, 'NMT'), ('010', 7.5, 'NMT'), ('011', 6.3, 'NMT'), ('012', 4.8, 'NMT'),
    ('014', 12.8, 'NMT'), ('015', 8.3, 'NMT'), ('017', 8.6, 'NMT'), ('019', 13.2, 'NMT'),
    ('020', 7.9, 'NMT'), ('022', 13.6, 'RRD'), ('024', 19.2, 'NMT'), ('025', 15, 'NMT'),
    ('026', 12, 'RRD'), ('027', 15, 'RRD'), ('030', 19.4, 'RRD'), ('031', 20.9, 'RRD'),
    ('033', 12.9, 'RRD'), ('034', 18.6, 'RRD'), ('035', 8.7, 'RRD'), ('036', 18.8, 'RRD'),
    ('037', 10, 'RRD'), ('038', 37.2, 'NCC'), ('040', 34.2, 'NCC'), ('042', 13.2, 'NCC'),
    ('044', 9.1, 'NCC'), ('045', 6.4, 'NCC'), ('046', 11.6, 'NCC'), ('048', 12.2, 'SCC'),
    ('049', 15.2, 'SCC'), ('051', 12.5, 'SCC'), ('052', 15, 'SCC'), ('054', 8.8, 'SCC'),
    ('056', 12.5, 'SCC'), ('058', 6, 'SCC'), ('060', 12.4, 'SCC'), ('062', 5.7, 'CH'),
    ('064', 15.9, 'CH'), ('066', 18.9, 'CH'), ('067', 6.7, 'CH'), ('068', 13.3, 'CH'),
    ('070', 10.2, 'SE'), ('072', 11.9, 'SE'), ('074', 27.6, 'SE'), ('075', 32.5, 'SE'),
    ('077', 11.8, 'SE'), ('079', 93.9, 'SE'), ('080', 17.3, 'MD'), ('082', 17.9, 'MD'),
    ('083', 12.9, 'MD'), ('084', 10.2, 'MD'), ('086', 10.3, 'MD'), ('087', 16, 'MD'),
    ('089', 19.1, 'MD'), ('091', 17.5, 'MD'), ('092', 12.5, 'MD'), ('093', 7.3, 'MD'),
    ('094', 12, 'MD'), ('095', 9.2, 'MD'), ('096', 12, 'MD'),
]
PCODES = [p[0] for p in PROV]
PREGION = {p[0]: p[2] for p in PROV}
PPOP = {p[0]: p[1] for p in PROV}
NORTH_REG = ('RRD', 'NMT', 'NCC')

# share of residents born elsewhere, by residence province
MIGRANT = {'079': .45, '074': .6, '075': .4, '001': .3, '027': .4, '048': .3, '077': .3,
           '031': .15, '092': .2, '056': .15, '022': .2, '024': .15, '026': .2, '030': .1,
           '033': .15, '068': .3, '066': .25, '070': .3, '072': .1, '080': .15, '067': .3}

# ethnic-minority naming share by birth province
ETH_NMT = {'002': .8, '004': .75, '006': .6, '008': .4, '010': .6, '011': .75, '012': .8,
           '014': .75, '015': .45, '017': .6, '020': .7, '019': .2, '024': .1, '025': .1}
ETH_CH = {'062': .5, '064': .45, '066': .3, '067': .3, '068': .2}
ETH_KH = {'084': .3, '094': .3, '091': .12, '089': .05, '095': .05}

# legacy CMND issuing prefixes (by province of issue)
CMND_PFX = {
    '001': '01', '079': '02', '031': '03', '011': '040', '012': '045', '014': '050',
    '010': '063', '015': '060', '002': '073', '008': '070', '020': '082', '004': '085',
    '019': '090', '006': '095', '022': '10', '017': '113', '024': '121', '027': '125',
    '025': '13', '026': '135', '030': '14', '033': '145', '034': '15', '036': '16',
    '035': '168', '037': '164', '038': '17', '040': '18', '042': '183', '044': '19',
    '045': '197', '046': '19', '048': '20', '049': '20', '051': '21', '052': '21',
    '056': '22', '054': '22', '064': '23', '062': '23', '066': '24', '067': '245',
    '068': '25', '058': '26', '060': '26', '075': '27', '077': '27', '074': '280',
    '070': '285', '072': '29', '080': '30', '082': '31', '083': '32', '086': '33',
    '084': '33', '087': '34', '089': '35', '092': '36', '093': '36', '094': '36',
    '091': '37', '096': '38', '095': '385',
}
# tax-office province prefixes for organisation tax codes
TAX_PFX = {'001': '01', '079': '03', '031': '02', '048': '04', '074': '37', '075': '36',
           '027': '23', '022': '57', '092': '18', '056': '42', '077': '35', '024': '24',
           '026': '25', '030': '08', '038': '28', '040': '29'}

FAM_COMMON = [('Nguyễn', 31.5), ('Trần', 10.9), ('Lê', 9.5), ('Phạm', 7.0), ('Phan', 4.5),
              ('Đặng', 2.1), ('Bùi', 2.0), ('Đỗ', 1.4), ('Hồ', 1.3), ('Ngô', 1.3),
              ('Dương', 1.0), ('Lý', 0.5), ('Đinh', 0.8), ('Trương', 0.8), ('Lương', 0.5),
              ('Đoàn', 0.6), ('Mai', 0.5), ('Cao', 0.4), ('Lâm', 0.4), ('Tạ', 0.3), ('Hà', 0.5),
              ('Chu', 0.2), ('Tô', 0.3), ('Châu', 0.2), ('Lưu', 0.3), ('Thái', 0.2),
              ('Quách', 0.1), ('Triệu', 0.2), ('Kiều', 0.1), ('Phùng', 0.2), ('Tăng', 0.1),
              ('Khúc', 0.04), ('Vương', 0.15), ('La', 0.08), ('Văn', 0.05)]
FAM_N = FAM_COMMON + [('Hoàng', 4.6), ('Vũ', 3.6), ('Huỳnh', 0.5), ('Võ', 0.3)]
FAM_S = FAM_COMMON + [('Huỳnh', 4.6), ('Võ', 3.6), ('Hoàng', 0.5), ('Vũ', 0.3)]

MID_M_OLD = 'Văn'
MID_F_OLD = 'Thị'
MID_M = ['Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thanh', 'Ngọc', 'Xuân', 'Đình', 'Mạnh',
         'Tuấn', 'Gia', 'Hoàng', 'Anh', 'Bảo', 'Trọng', 'Tiến', 'Duy', 'Quốc', 'Thế', 'Hải',
         'Trung', 'Nhật', 'Phước', 'Tấn', 'Chí', 'Đăng', 'Việt', 'Thành', 'Khánh']
MID_F = ['Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Phương', 'Thùy', 'Bích', 'Mỹ', 'Hồng',
         'Khánh', 'Bảo', 'Hoài', 'Diệu', 'Quỳnh', 'Tuyết', 'Lan', 'Ánh', 'Cẩm', 'Hải', 'Mai',
         'Như', 'Trúc', 'Yến', 'Thảo', 'Hà', 'Gia', 'Tường']
GIV_M_OLD = ['Hùng', 'Dũng', 'Thắng', 'Sơn', 'Bình', 'Hải', 'Minh', 'Tuấn', 'Long', 'Cường',
             'Hòa', 'Thành', 'Quang', 'Tâm', 'Hiếu', 'Trung', 'Vinh', 'Phúc', 'Lộc', 'Tài',
             'Nam', 'Chiến', 'Thanh', 'Tú', 'Hưng', 'Lâm', 'Toàn', 'Khánh', 'Đức', 'Việt',
             'Hiền', 'Tiến', 'Thuận', 'Lợi', 'Bảy', 'Ba', 'Tư', 'Sáu', 'Hậu', 'Nghĩa']
GIV_F_OLD = ['Lan', 'Hoa', 'Hồng', 'Huệ', 'Cúc', 'Đào', 'Mai', 'Nga', 'Xuân', 'Thu', 'Tuyết',
             'Hương', 'Liên', 'Loan', 'Nhung', 'Bích', 'Thoa', 'Lụa', 'Hạnh', 'Vân', 'Sen',
             'Tâm', 'Hằng', 'Hà', 'Dung', 'Lý', 'Thủy', 'Yến', 'Oanh', 'Phượng', 'Hiền',
             'Nhàn', 'Tuyết', 'Hòa', 'Lệ', 'Nguyệt', 'Thúy', 'Bé', 'Út', 'Ngọc']
GIV_M_NEW = ['Anh', 'Bảo', 'Duy', 'Đạt', 'Huy', 'Khang', 'Khoa', 'Khôi', 'Kiên', 'Lâm', 'Long',
             'Minh', 'Nam', 'Nhân', 'Phát', 'Phong', 'Phúc', 'Quân', 'Tài', 'Thịnh', 'Trí',
             'Tùng', 'Vinh', 'Vũ', 'Hiếu', 'Hoàng', 'Hưng', 'Lộc', 'Sơn', 'Thắng', 'Tú',
             'Tuấn', 'Việt', 'Nhật', 'Tín', 'Thiện', 'Hậu', 'Khải', 'Đăng', 'Hào', 'Luân',
             'Thuận', 'Trung', 'Hải', 'Dương', 'Kiệt', 'Nguyên', 'Phú', 'Quý', 'Toàn']
GIV_F_NEW = ['An', 'Anh', 'Châu', 'Chi', 'Diệp', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hân',
             'Hằng', 'Hiền', 'Hoa', 'Hương', 'Huyền', 'Khánh', 'Lan', 'Linh', 'Ly', 'Mai',
             'My', 'Ngân', 'Ngọc', 'Nhi', 'Nhung', 'Phương', 'Quyên', 'Quỳnh', 'Thảo', 'Thư',
             'Thủy', 'Trâm', 'Trang', 'Trinh', 'Tú', 'Uyên', 'Vân', 'Vy', 'Yến', 'Hạnh',
             'Thy', 'Tiên', 'Như', 'Oanh', 'Loan', 'Hòa', 'Thúy', 'Tâm', 'Xuân', 'Nga']
GIV2_M = ['Gia Bảo', 'Minh Khang', 'Đăng Khoa', 'Hoàng Nam', 'Gia Huy', 'Minh Quân',
          'Bảo Long', 'Anh Tuấn', 'Thanh Tùng', 'Quốc Bảo', 'Minh Trí', 'Đức Anh',
          'Tuấn Kiệt', 'Nhật Minh', 'Hải Đăng', 'Trung Kiên', 'Phúc An', 'Minh Nhật']
GIV2_F = ['Gia Hân', 'Bảo Ngọc', 'Khánh Linh', 'Ngọc Hân', 'Anh Thư', 'Bảo Anh', 'Tuệ An',
          'Minh Anh', 'Thanh Tâm', 'Phương Anh', 'Ngọc Diệp', 'Hà My', 'Thảo Vy',
          'Quỳnh Anh', 'Khánh Vy', 'Thùy Dương', 'Mai Anh', 'Ngọc Trâm']
ETH_N_FAM = ['Lò', 'Sùng', 'Giàng', 'Vàng', 'Lý', 'Hoàng', 'Nông', 'Lường', 'Quàng', 'Cầm',
             'Thào', 'Mùa', 'Hà', 'Lục', 'Ma', 'Triệu', 'Bế', 'Sầm', 'Lầu', 'Hờ']
ETH_N_GIV_M = ['Páo', 'Chứ', 'Dế', 'Sính', 'Pó', 'Súa', 'Chua', 'Lử', 'Sáng', 'Tồng', 'Dình',
               'Khoa', 'Pao', 'Vừ', 'Thề']
ETH_N_GIV_F = ['Mỷ', 'Dua', 'Mai', 'Sua', 'Dợ', 'Chá', 'Pằng', 'Xí', 'Lan', 'Dung', 'Ninh',
               'Kía', 'Súa', 'Mỉ']
ETH_CH_FAM = ['Niê', 'Mlô', 'Êban', 'Byă', 'Ksơr', 'Kpă', 'Siu', 'Rơ Mah', 'Nay',
              'Rahlan', 'Hđơk', 'Ayun', 'Buôn Yă']
ETH_CH_GIV = ['Moan', 'Bhiao', 'Khu', 'Hen', 'Nhi', 'Blin', 'Duin', 'Phương', 'Juel',
              'Thông', 'Nuê', 'Ly', 'Hương', 'Rin', 'Bi', 'Jing', 'Thuôn']
ETH_KH_FAM = ['Thạch', 'Sơn', 'Kim', 'Danh', 'Chau', 'Lý', 'Thạch', 'Sơn']
ETH_KH_GIV = ['Sa Ri', 'Sóc', 'Khêl', 'Ra', 'Phol', 'Sa Rương', 'Kha', 'Ny', 'Sa Phia',
              'Pho', 'Rinh', 'Sô Phia', 'Chanh', 'Thươl', 'Sa Vết', 'Mếch']
PLACEHOLDER_NAMES = ['Nguyễn Văn A', 'Trần Thị B', 'Nguyễn Văn B', 'Lê Văn C',
                     'Khách Hàng', 'Nguyễn Thị A', 'Test', 'KH Mới', 'Nguyễn Văn Nam']

ORG_KIND = ['CÔNG TY TNHH', 'CÔNG TY CỔ PHẦN', 'CÔNG TY TNHH MTV', 'Công ty TNHH',
            'Công ty Cổ phần', 'DOANH NGHIỆP TƯ NHÂN', 'HỢP TÁC XÃ']
ORG_FIELD = ['THƯƠNG MẠI DỊCH VỤ', 'XÂY DỰNG', 'VẬN TẢI', 'LOGISTICS', 'CÔNG NGHỆ',
             'ĐẦU TƯ', 'SẢN XUẤT', 'ĐIỆN TỬ', 'THỰC PHẨM', 'GIAO NHẬN', 'BẢO VỆ',
             'XUẤT NHẬP KHẨU', 'DU LỊCH', 'BẤT ĐỘNG SẢN', 'CHUYỂN PHÁT NHANH', 'MAY MẶC',
             'TRUYỀN THÔNG', 'GIẢI PHÁP PHẦN MỀM', 'NĂNG LƯỢNG', 'CẤP NƯỚC']
ORG_BRAND = ['HOÀNG LONG', 'MINH PHÁT', 'THÀNH CÔNG', 'PHÚ THÁI', 'SAO VIỆT', 'AN KHANG',
             'ĐẠI DƯƠNG', 'TÂN TIẾN', 'BÌNH MINH', 'PHƯƠNG NAM', 'HƯNG THỊNH', 'VẠN PHÚC',
             'TRƯỜNG SƠN', 'KIM LONG', 'NAM VIỆT', 'HẢI ĐĂNG', 'THIÊN PHÚ', 'ĐÔNG Á',
             'GIA PHÁT', 'HÒA BÌNH', 'VIỆT Á', 'QUANG MINH', 'NHẬT QUANG', 'ABC', 'SMART',
             'GREEN', 'STAR', 'GLOBAL', 'TLC', 'VNT', 'HTP', 'MEKONG', 'SÀI GÒN', 'THĂNG LONG']
ORG_SUFFIX = ['', '', '', ' VIỆT NAM', ' - CHI NHÁNH HÀ NỘI', ', CHI NHÁNH TP.HCM',
              ' MIỀN NAM', ' QUỐC TẾ']

FOREIGN = [  # nationality, weight, family list, given list, passport format
    ('CN', 25, ['ZHANG', 'WANG', 'LI', 'LIU', 'CHEN', 'YANG', 'HUANG', 'ZHAO', 'WU', 'ZHOU'],
     ['WEI', 'FANG', 'NA', 'MIN', 'JING', 'LEI', 'JUN', 'YAN', 'HAO', 'XIN', 'YU TING'], 'CN'),
    ('KR', 22, ['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG', 'CHO', 'YOON', 'JANG'],
     ['MIN JUN', 'SEO YEON', 'JI HOON', 'HYUN WOO', 'JI WON', 'SUNG MIN', 'YOUNG HO'], 'KR'),
    ('JP', 8, ['SATO', 'SUZUKI', 'TAKAHASHI', 'TANAKA', 'WATANABE', 'ITO', 'YAMAMOTO'],
     ['HIROSHI', 'TAKESHI', 'YUKI', 'KENJI', 'AYAKO', 'NAOKI', 'HARUKA'], 'JP'),
    ('TW', 7, ['CHEN', 'LIN', 'HUANG', 'CHANG', 'LEE', 'WANG', 'WU'],
     ['CHIH HAO', 'YA TING', 'CHUN HUNG', 'SHU FEN', 'WEI LUN'], 'TW'),
    ('US', 7, ['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'NGUYEN', 'TRAN', 'MILLER', 'DAVIS'],
     ['JOHN', 'MICHAEL', 'DAVID', 'SARAH', 'JENNIFER', 'KEVIN', 'EMILY', 'DANIEL'], 'NUM9'),
    ('IN', 5, ['SHARMA', 'PATEL', 'SINGH', 'KUMAR', 'GUPTA', 'REDDY'],
     ['RAHUL', 'PRIYA', 'AMIT', 'SUNITA', 'VIKRAM', 'ANJALI'], 'L7'),
    ('TH', 4, ['SRISUK', 'WONGSA', 'CHAIYAPORN', 'SUKSAWAT'], ['SOMCHAI', 'NARONG', 'MALEE'], 'TH'),
    ('AU', 4, ['SMITH', 'JONES', 'WILSON', 'TAYLOR', 'NGUYEN'], ['JACK', 'OLIVIA', 'LIAM', 'CHLOE'], 'AU'),
    ('FR', 3, ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'PETIT'], ['PIERRE', 'MARIE', 'LUC', 'CAMILLE'], 'FR'),
    ('DE', 3, ['MUELLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER'], ['THOMAS', 'ANNA', 'LUKAS', 'JULIA'], 'DE'),
    ('RU', 4, ['IVANOV', 'SMIRNOV', 'KUZNETSOVA', 'POPOV', 'PETROVA'], ['ALEKSEI', 'OLGA', 'DMITRII', 'ANNA'], 'NUM9'),
    ('GB', 3, ['SMITH', 'JONES', 'TAYLOR', 'BROWN'], ['JAMES', 'EMMA', 'OLIVER', 'SOPHIE'], 'NUM9'),
    ('PH', 3, ['SANTOS', 'REYES', 'CRUZ', 'BAUTISTA'], ['JOSE', 'MARIA', 'MARK', 'ANGELICA'], 'PH'),
    ('MY', 2, ['TAN', 'LIM', 'WONG', 'ABDULLAH'], ['AHMAD', 'SITI', 'WEI MING', 'NUR'], 'MY'),
    ('SG', 2, ['TAN', 'LIM', 'LEE', 'NG'], ['WEI JIE', 'HUI MIN', 'JUN HAO'], 'SG'),
    ('LA', 2, ['SISOUK', 'VONGSA', 'PHOMMA'], ['KHAMPHENG', 'SOUKSAVANH', 'NOY'], 'L7'),
    ('KH', 2, ['SOK', 'CHEA', 'KIM', 'HENG'], ['DARA', 'SOPHEA', 'VANNAK', 'CHANTHA'], 'KH'),
]

# carriers: code, share, mnc, iccid issuer, iccid length, msisdn prefixes (prefix, weight)
CARRIERS = [
    ('VIETTEL', 53.5, '04', '04', 20, [('86', 6), ('96', 10), ('97', 10), ('98', 10), ('32', 6),
                                       ('33', 6), ('34', 6), ('35', 6), ('36', 6), ('37', 6),
                                       ('38', 6), ('39', 6)]),
    ('VINAPHONE', 21.0, '02', '02', 20, [('88', 8), ('91', 12), ('94', 12), ('83', 6), ('84', 6),
                                         ('85', 6), ('81', 6), ('82', 6)]),
    ('MOBIFONE', 21.0, '01', '01', 19, [('89', 6), ('90', 12), ('93', 12), ('70', 6), ('79', 6),
                                        ('77', 6), ('76', 6), ('78', 6)]),
    ('VIETNAMOBILE', 1.6, '05', '05', 20, [('92', 10), ('56', 6), ('58', 6), ('52', 2)]),
    ('GMOBILE', 0.35, '07', '07', 19, [('993', 2), ('994', 2), ('995', 2), ('996', 2),
                                       ('997', 2), ('59', 8)]),
    ('ITEL', 1.3, '08', '08', 19, [('87', 1)]),
    ('REDDI', 0.3, '09', '09', 20, [('55', 1)]),
    ('WINTEL', 0.25, '09', '09', 20, [('55', 1)]),
    ('ASIM', 0.3, '02', '02', 20, [('81', 1), ('82', 1), ('83', 1), ('84', 1), ('85', 1)]),
    ('DIGILIFE', 0.1, '01', '01', 20, [('70', 1), ('76', 1), ('77', 1), ('78', 1), ('79', 1)]),
    ('LOCAL', 0.3, '01', '01', 19, [('89', 1), ('90', 1), ('93', 1)]),
]
ABBR = {'VIETTEL': 'VT', 'VINAPHONE': 'VNP', 'MOBIFONE': 'MBF', 'VIETNAMOBILE': 'VNM',
        'GMOBILE': 'GM', 'ITEL': 'IT', 'REDDI': 'RD', 'WINTEL': 'WT', 'ASIM': 'AS',
        'DIGILIFE': 'DL', 'LOCAL': 'LC'}

# export style per carrier.  name styles: n=NFC, u=upper, a=ascii, A=ascii upper,
# d=NFD (decomposed), o=old-style tone placement
STYLE = {
    'VIETTEL': dict(code='VIETTEL', ms=[('84', .85), ('0', .15)], nm=[('n', .86), ('u', .08), ('A', .06)],
                    nl=[('A', .5), ('u', .25), ('n', .25)], utc=False, hexup=False, bg=.02, bn=.35,
                    bp=.05, bst=.5, bs=0.0, bpop=.3, bimsi=.01, biccid=.005),
    'VINAPHONE': dict(code='VINAPHONE', ms=[('0', .9), ('84', .1)], nm=[('n', .7), ('o', .1), ('a', .1), ('u', .1)],
                      nl=[('A', .45), ('a', .25), ('n', .3)], utc=False, hexup=False, bg=.05, bn=.1,
                      bp=.08, bst=0.0, bs=.2, bpop=0.0, bimsi=.03, biccid=.01),
    'MOBIFONE': dict(code='MOBIFONE', ms=[('+84', .7), ('84', .3)], nm=[('u', .6), ('n', .35), ('A', .05)],
                     nl=[('A', .6), ('u', .4)], utc=False, hexup=True, bg=.01, bn=.05, bp=.03,
                     bst=0.0, bs=0.0, bpop=.1, bimsi=.02, biccid=.01),
    'VIETNAMOBILE': dict(code='VIETNAMOBILE', ms=[('0', 1.0)], nm=[('A', .5), ('n', .5)],
                         nl=[('A', .9), ('n', .1)], utc=True, hexup=False, bg=.1, bn=.5, bp=.2,
                         bst=.3, bs=.1, bpop=.4, bimsi=.05, biccid=.02),
    'GMOBILE': dict(code='GMOBILE', ms=[('84', 1.0)], nm=[('a', .3), ('A', .3), ('n', .4)],
                    nl=[('A', 1.0)], utc=False, hexup=False, bg=.1, bn=.4, bp=.2, bst=.4, bs=.2,
                    bpop=.5, bimsi=.05, biccid=.03, nocallee=True),
    'ITEL': dict(code='Itel', ms=[('0', .95), ('+84', .05)], nm=[('n', .9), ('u', .1)],
                 nl=[('n', 1.0)], utc=False, hexup=False, bg=.02, bn=.6, bp=.1, bst=.6, bs=0.0,
                 bpop=.1, bimsi=.1, biccid=.02),
    'REDDI': dict(code='reddi', ms=[('84', 1.0)], nm=[('n', .95), ('a', .05)], nl=[('n', 1.0)],
                  utc=False, hexup=False, bg=.02, bn=.2, bp=.1, bst=0.0, bs=0.0, bpop=0.0,
                  bimsi=.05, biccid=.02),
    'WINTEL': dict(code='WINTEL', ms=[('+84', 1.0)], nm=[('n', 1.0)], nl=[('n', 1.0)], utc=False,
                   hexup=False, bg=.02, bn=.1, bp=.05, bst=0.0, bs=0.0, bpop=0.0, bimsi=.05,
                   biccid=.02),
    'ASIM': dict(code='ASIM', ms=[('0', 1.0)], nm=[('n', .7), ('d', .3)], nl=[('n', 1.0)], utc=False,
                 hexup=False, bg=.05, bn=.3, bp=.1, bst=.2, bs=0.0, bpop=.1, bimsi=.4, biccid=.05),
    'DIGILIFE': dict(code='DIGILIFE', ms=[('84', 1.0)], nm=[('n', 1.0)], nl=[('n', 1.0)], utc=True,
                     hexup=False, bg=.05, bn=.3, bp=.1, bst=.2, bs=0.0, bpop=.1, bimsi=.5, biccid=.05),
    'LOCAL': dict(code='LOCAL', ms=[('0', 1.0)], nm=[('n', .8), ('u', .2)], nl=[('n', 1.0)],
                  utc=False, hexup=False, bg=.05, bn=.3, bp=.1, bst=.2, bs=0.0, bpop=.1,
                  bimsi=.3, biccid=.05, nodata=True),
}

HEADER = ('carrier,msisdn,imsi,iccid,subscriber_type,id_type,id_number,full_name,'
          'date_of_birth,gender,nationality,province,registered_at,channel,agent_id,'
          'device_imei,selfie_hash,face_match,popdb_check,status,first_use_imei,'
          'active_days_30d,out_calls_30d,in_calls_30d,out_sms_30d,in_sms_30d,'
          'distinct_callees_30d,topup_vnd_30d,data_mb_30d\n')

# hour-of-day weights
H_SHOP = [0, 0, 0, 0, 0, 0, .1, .8, 3, 5, 5.5, 5, 3, 2.5, 3.5, 4.5, 4.5, 5, 5.5, 5, 3.5, 1.5, .3, 0]
H_STORE = [0, 0, 0, 0, 0, 0, 0, .3, 4, 6, 6, 5, 3, 3, 4.5, 5, 5, 5, 4.5, 3.5, 1.5, .2, 0, 0]
H_APP = [1, .6, .3, .2, .2, .4, 1.2, 2.5, 3.5, 4, 4, 4, 3.5, 3, 3.5, 3.5, 3.5, 3.8, 4, 4.5, 5, 5,
         4, 2.2]
H_NIGHT = [5, 5, 4, 3, 2.5, 2.5, 2, 1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.5, 2, 3, 4, 5]


def _cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


C_SHOP, C_STORE, C_APP, C_NIGHT = _cum(H_SHOP), _cum(H_STORE), _cum(H_APP), _cum(H_NIGHT)

# ----------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------
DAY0 = datetime.date(1920, 1, 1).toordinal()
NDAYS = datetime.date(2029, 1, 1).toordinal() - DAY0
DAYSTR = [datetime.date.fromordinal(DAY0 + i).isoformat() for i in range(NDAYS)]
YSTART = [datetime.date(y, 1, 1).toordinal() - DAY0 for y in range(1920, 2030)]
HMS = ['%02d:%02d:%02d' % (s // 3600, (s // 60) % 60, s % 60) for s in range(86400)]


def dn(y, m=1, d=1):
    return datetime.date(y, m, d).toordinal() - DAY0


def year_of(day):
    return 1920 + bisect.bisect_right(YSTART, day) - 1


LOT_ORIGIN = dn(2005)
LOT_SPAN = 300000
D_CAPTURE_APP = dn(2020, 7, 1)     # app eKYC with selfie
D_CAPTURE_SHOP = dn(2021, 9, 1)    # tablets at shops start capturing faces
D_POPDB = dn(2022, 8, 1)           # population database check
D_CROSS = dn(2023, 3, 1)           # 2023 cross-check / standardisation campaign
D_C08 = dn(2026, 4, 15)            # Circular 08 in force
D_C08_LOCK = dn(2026, 6, 15)

# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------


def luhn_digit(s):
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
    return chr(48 + (-tot) % 10)


_ASCII = {}


def ascii_fold(s):
    r = _ASCII.get(s)
    if r is None:
        r = ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))
        r = r.replace('đ', 'd').replace('Đ', 'D')
        _ASCII[s] = r
    return r


_OLDT = [('òa', 'oà'), ('óa', 'oá'), ('ỏa', 'oả'), ('õa', 'oã'), ('ọa', 'oạ'), ('ủy', 'uỷ'),
         ('úy', 'uý'), ('ùy', 'uỳ'), ('ũy', 'uỹ'), ('ụy', 'uỵ'), ('òe', 'oè'), ('óe', 'oé')]
_OLD = {}


def old_tone(s):
    r = _OLD.get(s)
    if r is None:
        r = s
        for a, b in _OLDT:
            if a in r:
                r = r.replace(a, b)
        _OLD[s] = r
    return r


def csvq(s):
    if ',' in s or '"' in s or '\n' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


class WPick:
    __slots__ = ('items', 'cum', 'tot')

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = _cum([p[1] for p in pairs])
        self.tot = self.cum[-1]

    def pick(self, r):
        return self.items[bisect.bisect_right(self.cum, r * self.tot)]


def _nfc_list(lst):
    return [_nfc(x) for x in lst]


FAM_NP = WPick([(_nfc(a), b) for a, b in FAM_N])
FAM_SP = WPick([(_nfc(a), b) for a, b in FAM_S])
for _n in ('MID_M', 'MID_F', 'GIV_M_OLD', 'GIV_F_OLD', 'GIV_M_NEW', 'GIV_F_NEW', 'GIV2_M',
           'GIV2_F', 'ETH_N_FAM', 'ETH_N_GIV_M', 'ETH_N_GIV_F', 'ETH_CH_FAM', 'ETH_CH_GIV',
           'ETH_KH_FAM', 'ETH_KH_GIV', 'PLACEHOLDER_NAMES', 'ORG_KIND', 'ORG_FIELD',
           'ORG_BRAND', 'ORG_SUFFIX'):
    globals()[_n] = _nfc_list(globals()[_n])
MID_M_OLD = _nfc(MID_M_OLD)
MID_F_OLD = _nfc(MID_F_OLD)


# constant device model tables (TACs), independent of run seed
def _make_tacs():
    tr = random.Random('indep20-tac-table')

    def mk(prefixes, n):
        out = []
        for _ in range(n):
            p = prefixes[int(tr.random() * len(prefixes))]
            out.append(p + ''.join(str(int(tr.random() * 10)) for _ in range(8 - len(p))))
        return out
    phones = mk(['35', '35', '35', '86', '86', '86', '01', '35'], 260)
    feature = mk(['35', '86'], 30)
    tablets = mk(['35', '86'], 14)
    routers = mk(['86'], 12)
    iot = mk(['86', '35'], 12)
    gw = mk(['86', '35'], 8)
    modem = mk(['86'], 6)
    return phones, feature, tablets, routers, iot, gw, modem


TAC_PHONE, TAC_FEAT, TAC_TAB, TAC_ROUTER, TAC_IOT, TAC_GW, TAC_MODEM = _make_tacs()
# Zipf popularity for phone models
TAC_PHONE_P = WPick([(t, 1.0 / (i + 1) ** 0.85) for i, t in enumerate(TAC_PHONE)])


def imei_of(tac, serial):
    s = tac + '%06d' % (serial % 1000000)
    return s + luhn_digit(s)


EMPTY8 = ['', '', '', '', '', '', '', '']

# ----------------------------------------------------------------------------
# scenarios
# ----------------------------------------------------------------------------
BASE_YEARS = {2010: .5, 2011: .7, 2012: .9, 2013: 1.1, 2014: 1.3, 2015: 1.6, 2016: 1.9,
              2017: 2.2, 2018: 2.6, 2019: 3.0, 2020: 3.4, 2021: 3.9, 2022: 4.6, 2023: 5.4,
              2024: 6.3, 2025: 7.2, 2026: 8.0}
OLD_YEARS = {2010: 1.2, 2011: 1.5, 2012: 1.8, 2013: 2.1, 2014: 2.4, 2015: 2.8, 2016: 3.2,
             2017: 3.5, 2018: 3.8, 2019: 4.0, 2020: 4.2, 2021: 4.5, 2022: 5.0, 2023: 5.5}
LEGIT_BASE = {'household': .86, 'multi': .02, 'org_fleet': .022, 'org_iot': .018,
              'promo': .03, 'tourist': .008, 'expat': .006, 'special': .008}

SCENARIOS = {
    'national_default': dict(
        as_of=(2025, 10, 31), years=BASE_YEARS, hist=.22, care=.3,
        fraud={'preact_leaked': .013, 'preact_fab': .005, 'agent_own': .005,
               'extra': .009, 'ring': .007, 'farm': .008, 'simbox_org': .003,
               'otp': .004, 'rented': .003, 'borrowed': .008}),
    'stealth_careful_dealers': dict(
        as_of=(2025, 10, 31), years=BASE_YEARS, hist=.22, care=1.0,
        fraud={'preact_leaked': .0025, 'extra': .002, 'agent_own': .001, 'farm': .0008,
               'borrowed': .0015, 'ring': .0005}),
    'stealth_rented_identities': dict(
        as_of=(2025, 12, 31), years=BASE_YEARS, hist=.22, care=1.0,
        fraud={'rented': .004, 'borrowed': .003, 'ring': .0008, 'otp': .0006,
               'farm': .0006}),
    'legacy_cleanup_2023': dict(
        as_of=(2023, 6, 30), years=OLD_YEARS, hist=.55, care=.1, restd=.35, campaign=True,
        fraud={'preact_fab': .03, 'preact_leaked': .02, 'agent_own': .012, 'extra': .01,
               'farm': .004, 'borrowed': .01, 'otp': .002}),
    'simbox_industrial': dict(
        as_of=(2025, 10, 31), years=BASE_YEARS, hist=.2, care=.35,
        prov_boost={'079': 1.6, '074': 1.8, '075': 1.5, '072': 2, '080': 1.5, '089': 1.5},
        fraud={'farm': .035, 'simbox_org': .015, 'otp': .012, 'rented': .006,
               'preact_leaked': .008, 'ring': .004, 'borrowed': .004}),
    'metro_confounders': dict(
        as_of=(2025, 10, 31), years=BASE_YEARS, hist=.2, care=.5,
        prov_boost={'079': 3, '001': 3, '074': 2, '075': 1.5, '027': 2, '048': 1.5},
        legit={'household': .70, 'multi': .04, 'org_fleet': .05, 'org_iot': .04, 'promo': .08,
               'tourist': .03, 'expat': .02, 'special': .02},
        family_phone=.3,
        fraud={'extra': .004, 'borrowed': .005, 'preact_leaked': .003, 'ring': .002}),
    'mvno_ekyc_online': dict(
        as_of=(2025, 10, 31), years={2016: .3, 2017: .5, 2018: .8, 2019: 1.2, 2020: 2, 2021: 3,
                                     2022: 4, 2023: 5.5, 2024: 7, 2025: 8},
        hist=.1, care=.4, ekyc=3.0,
        carriers={'VIETNAMOBILE': 25, 'GMOBILE': 8, 'ITEL': 30, 'REDDI': 8, 'WINTEL': 8,
                  'ASIM': 10, 'DIGILIFE': 4, 'LOCAL': 10},
        legit={'household': .9, 'multi': .03, 'org_fleet': .005, 'org_iot': .01, 'promo': .02,
               'tourist': .02, 'expat': .005, 'special': .01},
        fraud={'ring': .02, 'otp': .01, 'preact_leaked': .008, 'rented': .006,
               'borrowed': .006, 'extra': .004}),
    'circular08_2026': dict(
        as_of=(2026, 7, 10), years=BASE_YEARS, hist=.25, care=.45, c08=True,
        fraud={'preact_leaked': .008, 'preact_fab': .003, 'agent_own': .003, 'extra': .006,
               'ring': .006, 'farm': .006, 'otp': .003, 'rented': .004, 'borrowed': .006}),
    'clean_control': dict(
        as_of=(2025, 10, 31), years=BASE_YEARS, hist=.22, care=.0, fraud={}),
}

FRAUD_PROVS = {'079': 3, '001': 2.5, '074': 2, '075': 1.5, '072': 2, '089': 1.5, '080': 1.5,
               '027': 1.5, '024': 1.2, '022': 1.2, '020': 1.2, '048': 1.0, '092': 1.0}
FARM_PROVS = {'079': 4, '074': 2, '072': 3, '089': 2, '080': 2, '001': 2, '027': 1.5,
              '022': 1.5, '020': 1.5, '091': 1}


# ----------------------------------------------------------------------------
# entities
# ----------------------------------------------------------------------------
class P:
    __slots__ = ('cccd', 'cmnd', 'cccd_day', 'name', 'fam', 'dob', 'year', 'g', 'bprov',
                 'rprov', 'face', 'phone', 'nat', 'pp', 'cnt', 'onl')


class Car:
    __slots__ = ('idx', 'code', 'share', 'mnc', 'iss', 'ilen', 'rng', 'serial', 'imsi_base',
                 'st', 'pos', 'central', 'msp', 'nmp', 'nlp', 'dnext')


class Pos:
    __slots__ = ('car', 'prov', 'kind', 'code', 'devs', 'blk', 'left', 'corrupt', 'stock',
                 'owner', 'actphone', 'bday')


# ----------------------------------------------------------------------------
# generator
# ----------------------------------------------------------------------------
class Gen:
    def __init__(self, rows, seed, scen):
        self.N = rows
        self.scen = scen
        self.sc = SCENARIOS[scen]
        self.rng = random.Random('indep20|%d|%s|%s' % (rows, seed, scen))
        self.r = self.rng.random
        self.g = self.rng.gauss
        sc = self.sc
        self.as_of = dn(*sc['as_of'])
        self.care = sc.get('care', 0.3)
        self.hist = sc.get('hist', 0.2)
        self.c08 = sc.get('c08', False)
        self.campaign = sc.get('campaign', False)
        self.ekyc = sc.get('ekyc', 1.0)
        self.fam_phone = sc.get('family_phone', .12)
        self.lines = []
        self.keys = []
        self.labels = []
        self.used_ms = set()
        self.used_id = set()
        self.pool = []
        self.leaks = []
        self.corrupt = []
        self.orgcodes = set()
        # provinces
        boost = sc.get('prov_boost', {})
        self.prov_p = WPick([(c, PPOP[c] * boost.get(c, 1.0)) for c in PCODES])
        self.prov_raw = WPick([(c, PPOP[c]) for c in PCODES])
        self.region_p = {}
        for reg in ('RRD', 'NMT', 'NCC', 'SCC', 'CH', 'SE', 'MD'):
            self.region_p[reg] = WPick([(c, PPOP[c]) for c in PCODES if PREGION[c] == reg])
        self.src_south = WPick([('MD', 40), ('NCC', 25), ('SCC', 15), ('RRD', 10), ('NMT', 5),
                                ('CH', 5)])
        self.src_north = WPick([('RRD', 45), ('NMT', 30), ('NCC', 25)])
        self.fraud_prov = WPick([(c, PPOP[c] * FRAUD_PROVS.get(c, .5)) for c in PCODES])
        self.farm_prov = WPick([(c, w) for c, w in FARM_PROVS.items()])
        # years
        ys = [(y, w) for y, w in sorted(sc['years'].items()) if dn(y) < self.as_of]
        self.year_p = WPick(ys)
        self.min_year = ys[0][0]
        # carriers
        cw = sc.get('carriers')
        self.cars = []
        for i, (code, share, mnc, iss, ilen, pref) in enumerate(CARRIERS):
            c = Car()
            c.idx = i
            c.code = code
            c.share = (cw.get(code, 0.0) if cw else share)
            c.mnc, c.iss, c.ilen = mnc, iss, ilen
            rngs = []
            for p, w in pref:
                lo = int(p) * 10 ** (9 - len(p))
                rngs.append(((lo, 10 ** (9 - len(p))), w))
            c.rng = WPick(rngs)
            c.serial = int(self.r() * 3 * 10 ** (ilen - 9)) + 10 ** (ilen - 9)
            c.imsi_base = int(self.r() * 9 * 10 ** 9)
            st = STYLE[code]
            c.st = st
            c.msp = WPick(st['ms'])
            c.nmp = WPick(st['nm'])
            c.nlp = WPick(st['nl'])
            c.pos = {}
            cp = Pos()
            cp.car, cp.prov, cp.kind, cp.code, cp.devs = c, '', 'C', '', []
            cp.blk, cp.left, cp.corrupt, cp.bday = 0, 0, False, -10 ** 6
            c.dnext = {}
            c.central = cp
            self.cars.append(c)
        self.car_p = WPick([(c, c.share) for c in self.cars if c.share > 0])
        self.major_p = WPick([(c, c.share) for c in self.cars if c.share > 0 and c.idx < 3] or
                             [(c, c.share) for c in self.cars if c.share > 0])
        self.port_p = WPick([(c, c.share + 0.5) for c in self.cars])
        self.flowers = [self.rng.getrandbits(64) for _ in range(5)]
        # category targets
        fr = dict(sc.get('fraud', {}))
        lg = dict(sc.get('legit', LEGIT_BASE))
        ftot = sum(fr.values())
        ltot = sum(lg.values())
        self.cats = []
        for k, v in lg.items():
            self.cats.append([k, v / ltot * (1.0 - ftot), 0])
        for k, v in fr.items():
            self.cats.append([k, v, 0])
        self.pos_div = 130.0

    # ------------------------------------------------------------------ basics
    def left(self):
        return self.N - len(self.lines)

    def lognorm(self, med, sig):
        return med * math.exp(sig * self.g())

    def ri(self, a, b):
        return a + int(self.r() * (b - a + 1))

    def choice(self, lst):
        return lst[int(self.r() * len(lst))]

    def near(self, h, kmax=4):
        r = self.r
        k = int(r() * (kmax + 1))
        for _ in range(k):
            h ^= 1 << int(r() * 64)
        return h

    def flip(self, h, lo, hi):
        r = self.r
        for _ in range(self.ri(lo, hi)):
            h ^= 1 << int(r() * 64)
        return h

    def sec(self, cum):
        tot = cum[-1]
        h = bisect.bisect_right(cum, self.r() * tot)
        if h > 23:
            h = 23
        return h * 3600 + int(self.r() * 3600)

    def reg_day(self, min_day=0, max_day=None):
        if max_day is None:
            max_day = self.as_of - 1
        lo_all = max(dn(self.min_year), min_day)
        if lo_all > max_day:
            return max_day
        for _ in range(4):
            y = self.year_p.pick(self.r())
            lo = max(dn(y), lo_all)
            hi = min(dn(y + 1) - 1, max_day)
            if lo <= hi:
                return lo + int(self.r() * (hi - lo + 1))
        return lo_all + int(self.r() * (max_day - lo_all + 1))

    def day_between(self, lo, hi):
        hi = min(hi, self.as_of - 1)
        if lo > hi:
            lo = hi
        return lo + int(self.r() * (hi - lo + 1))

    # ------------------------------------------------------------------ people
    def pick_home(self):
        rp = self.prov_p.pick(self.r())
        bp = rp
        m = MIGRANT.get(rp, .05)
        if self.r() < m:
            reg = (self.src_north if PREGION[rp] in NORTH_REG else self.src_south).pick(self.r())
            bp = self.region_p[reg].pick(self.r())
        return rp, bp

    def age_year(self, lo, hi):
        # birth year for an age in [lo, hi] at as_of
        y_now = year_of(self.as_of)
        return y_now - self.ri(lo, hi)

    def adult_age(self):
        r = self.r()
        if r < .14:
            return self.ri(18, 24)
        if r < .38:
            return self.ri(25, 34)
        if r < .60:
            return self.ri(35, 44)
        if r < .78:
            return self.ri(45, 54)
        if r < .90:
            return self.ri(55, 64)
        if r < .97:
            return self.ri(65, 74)
        return self.ri(75, 92)

    def make_name(self, g, year, bprov, fam=None):
        r = self.r
        if fam is None:
            e = ETH_NMT.get(bprov)
            if e and r() < e:
                f = self.choice(ETH_N_FAM)
                if r() < .5:
                    mid = 'A' if g == 'M' else 'Thị'
                    giv = self.choice(ETH_N_GIV_M if g == 'M' else ETH_N_GIV_F)
                else:
                    mid = MID_M_OLD if g == 'M' else MID_F_OLD
                    giv = self.choice(GIV_M_OLD if g == 'M' else GIV_F_OLD)
                return f + ' ' + mid + ' ' + giv, f
            e = ETH_CH.get(bprov)
            if e and r() < e:
                f = self.choice(ETH_CH_FAM)
                giv = self.choice(ETH_CH_GIV)
                if g == 'M':
                    return 'Y ' + giv + ' ' + f, f
                return ("H'" if r() < .5 else 'H ') + giv + ' ' + f, f
            e = ETH_KH.get(bprov)
            if e and r() < e:
                f = self.choice(ETH_KH_FAM)
                giv = self.choice(ETH_KH_GIV)
                if r() < .4:
                    return f + ' ' + (MID_M_OLD if g == 'M' else MID_F_OLD) + ' ' + giv, f
                return f + ' ' + giv, f
            fam = (FAM_NP if PREGION.get(bprov, 'RRD') in NORTH_REG else FAM_SP).pick(r())
        if year < 1975:
            pold = .55 if g == 'M' else .75
        elif year < 1995:
            pold = .38 if g == 'M' else .45
        else:
            pold = .12 if g == 'M' else .18
        x = r()
        if year >= 1998 and x < .28:
            giv = self.choice(GIV2_M if g == 'M' else GIV2_F)
            nm = fam + ' ' + giv
            if r() < .2:
                nm = fam + ' ' + (FAM_SP.pick(r()) if r() < .5 else FAM_NP.pick(r())) + ' ' + giv
            return nm, fam
        if r() < pold:
            mid = MID_M_OLD if g == 'M' else MID_F_OLD
        else:
            mid = self.choice(MID_M if g == 'M' else MID_F)
        if year < 1985:
            giv = self.choice(GIV_M_OLD if g == 'M' else GIV_F_OLD)
        else:
            giv = self.choice(GIV_M_NEW if g == 'M' else GIV_F_NEW)
        if year >= 1995 and r() < .08:
            return fam + ' ' + mid + ' ' + self.choice(MID_M if g == 'M' else MID_F) + ' ' + giv, fam
        return fam + ' ' + mid + ' ' + giv, fam

    def new_cccd(self, bprov, g, year):
        gd = (year - 1900) // 100 * 2 + (1 if g == 'F' else 0)
        head = int(bprov) * 10 ** 9 + gd * 10 ** 8 + (year % 100) * 10 ** 6
        while True:
            v = head + int(self.r() * 1000000)
            if v not in self.used_id:
                self.used_id.add(v)
                return '%012d' % v

    def new_cmnd(self, prov):
        pf = CMND_PFX.get(prov, '01')
        if prov in ('075', '077') and self.r() < .03:
            return str(271450001 + int(self.r() * 50000))
        n = 9 - len(pf)
        return pf + '%0*d' % (n, int(self.r() * 10 ** n))

    def new_cmnd12(self, prov):
        return prov + '%09d' % int(self.r() * 10 ** 9)

    def person(self, age=None, rprov=None, bprov=None, g=None, fam=None, year=None, pool=True):
        p = P()
        r = self.r
        if rprov is None:
            rprov, bp2 = self.pick_home()
            if bprov is None:
                bprov = bp2
        if bprov is None:
            bprov = rprov
        if g is None:
            g = 'M' if r() < .5 else 'F'
        if year is None:
            if age is None:
                age = self.adult_age()
            year = year_of(self.as_of) - age
        p.year = year
        p.g = g
        if year < 1958 and r() < .22:
            p.dob = dn(year, 1, 1)
        else:
            p.dob = dn(year) + int(r() * 365)
        p.bprov, p.rprov = bprov, rprov
        p.name, p.fam = self.make_name(g, year, bprov, fam)
        p.cccd = self.new_cccd(bprov, g, year)
        # when the person got a chip/12-digit card
        if year >= 2006:
            p.cccd_day = max(p.dob + 14 * 365 + int(r() * 500), dn(2021, 1, 1))
        else:
            x = r()
            if x < .08:
                p.cccd_day = dn(2016, 3, 1) + int(r() * 1700)
            elif x < .86:
                p.cccd_day = dn(2021, 3, 1) + int(r() * 480)
            elif x < .96 or year > 1945:
                p.cccd_day = dn(2022, 7, 1) + int(r() * 900)
            else:
                p.cccd_day = None
        if year < 2007:
            if r() < .1:
                p.cmnd = self.new_cmnd12(rprov if r() < .7 else bprov)
            else:
                p.cmnd = self.new_cmnd(bprov if r() < .75 else rprov)
        else:
            p.cmnd = None
        p.face = self.rng.getrandbits(64)
        p.phone = None
        p.nat = 'VN'
        p.pp = None
        p.cnt = None
        p.onl = None
        if pool:
            if len(self.pool) < 400000:
                self.pool.append(p)
            elif r() < .1:
                self.pool[int(r() * 400000)] = p
        return p

    def foreigner(self, rprov, ref_day=None):
        r = self.r
        nat, _, fams, givs, fmt = self._fpick()
        p = P()
        p.g = 'M' if r() < .55 else 'F'
        p.year = year_of(ref_day if ref_day is not None else self.as_of) - self.ri(20, 68)
        p.dob = dn(p.year) + int(r() * 365)
        p.bprov = p.rprov = rprov
        p.name = self.choice(fams) + ' ' + self.choice(givs)
        p.fam = ''
        p.cccd = None
        p.cmnd = None
        p.cccd_day = None
        p.face = self.rng.getrandbits(64)
        p.phone = None
        p.nat = nat
        p.pp = self.passport_no(fmt)
        p.cnt = None
        p.onl = None
        return p

    def _fpick(self):
        return FOREIGN_P.pick(self.r())

    def passport_no(self, fmt):
        r = self.r
        L = 'ABCDEFGHJKLMNPRSTUVWXYZ'

        def d(n):
            return '%0*d' % (n, int(r() * 10 ** n))
        if fmt == 'CN':
            return 'E' + d(8) if r() < .7 else 'EA' + d(7)
        if fmt == 'KR':
            return 'M' + d(8)
        if fmt == 'JP':
            return 'T' + L[int(r() * len(L))] + d(7)
        if fmt == 'TW':
            return '3' + d(8)
        if fmt == 'NUM9':
            return str(self.ri(1, 9)) + d(8)
        if fmt == 'L7':
            return L[int(r() * len(L))] + d(7)
        if fmt == 'TH':
            return 'A' + L[int(r() * len(L))] + d(7)
        if fmt == 'AU':
            return 'P' + L[int(r() * len(L))] + d(7)
        if fmt == 'FR':
            return d(2) + L[int(r() * len(L))] + L[int(r() * len(L))] + d(5)
        if fmt == 'DE':
            return 'C' + ''.join('CFGHJKLMNPRTVWXYZ0123456789'[int(r() * 27)] for _ in range(8))
        if fmt == 'PH':
            return 'P' + d(7) + 'A'
        if fmt == 'MY':
            return 'A' + d(8)
        if fmt == 'SG':
            return 'K' + d(7) + L[int(r() * len(L))]
        if fmt == 'KH':
            return 'N' + d(8)
        if fmt == 'VN':
            return 'BCN'[int(r() * 3)] + d(7)
        return d(9)

    def phone_of(self, p):
        ph = p.phone
        if ph is None:
            r = self.r
            old = p.year < 1955 and r() < .6
            tac = self.choice(TAC_FEAT) if old else TAC_PHONE_P.pick(r())
            s = int(r() * 999000)
            i1 = imei_of(tac, s)
            if r() < .7:
                i2 = imei_of(tac, s + (1 if r() < .6 else self.ri(2, 40)))
            else:
                i2 = i1
            ph = (i1, i2)
            p.phone = ph
        return ph

    def new_device(self, kind='phone'):
        r = self.r
        if kind == 'phone':
            tac = TAC_PHONE_P.pick(r())
        elif kind == 'cheap':
            tac = self.choice(TAC_PHONE[150:])
        elif kind == 'tablet':
            tac = self.choice(TAC_TAB)
        elif kind == 'router':
            tac = self.choice(TAC_ROUTER)
        elif kind == 'iot':
            tac = self.choice(TAC_IOT)
        elif kind == 'feature':
            tac = self.choice(TAC_FEAT)
        else:
            tac = TAC_PHONE_P.pick(r())
        return imei_of(tac, int(r() * 1000000))

    def doc_for(self, p, day):
        """document used at registration day: (id_type, id_number)"""
        if p.pp is not None:
            return 'PASSPORT', p.pp
        cd = p.cccd_day
        if cd is not None and day >= cd + 20:
            if p.cmnd is not None and day < dn(2024, 7, 1) and self.r() < .04:
                return 'CMND', p.cmnd
            return 'CCCD', p.cccd
        if p.cmnd is not None:
            return 'CMND', p.cmnd
        return 'CCCD', p.cccd

    # ------------------------------------------------------------------ network
    def msisdn(self, car, ported=False):
        c = self.port_p.pick(self.r()) if ported else car
        used = self.used_ms
        while True:
            lo, span = c.rng.pick(self.r())
            n = lo + int(self.r() * span)
            if n not in used:
                used.add(n)
                return n

    def msisdn_run(self, car, k):
        lo, span = car.rng.pick(self.r())
        n = lo + int(self.r() * max(1, span - k * 3 - 10))
        out = []
        used = self.used_ms
        while len(out) < k:
            if n >= lo + span:
                n = lo + int(self.r() * span)
            if n not in used:
                used.add(n)
                out.append(n)
            n += 1
        return out

    def alloc(self, car, pday, size):
        """serial range of a SIM production lot made around day pday"""
        dn_ = car.dnext
        while True:
            off = dn_.get(pday, 0)
            if off + size <= LOT_SPAN:
                break
            pday += 1
        dn_[pday] = off + size + self.ri(0, 300)
        return car.serial + (pday - LOT_ORIGIN) * LOT_SPAN + off

    def sim(self, pos, day, skip=0):
        if pos.left <= skip or day - pos.bday > 75 or day < pos.bday - 5:
            car = pos.car
            if pos.kind == 'S':
                size = self.ri(300, 1500)
            elif pos.kind == 'A':
                size = self.ri(50, 400)
            else:
                size = self.ri(2000, 8000)
            pos.blk = self.alloc(car, day - self.ri(10, 120), size)
            pos.left = size
            pos.bday = day
        if skip:
            pos.blk += skip
            pos.left -= skip
        s = pos.blk
        pos.blk += 1
        pos.left -= 1
        car = pos.car
        body = '8984' + car.iss + '%0*d' % (car.ilen - 7, s)
        return body + luhn_digit(body), '452' + car.mnc + '%010d' % ((car.imsi_base + s) % 10 ** 10)

    def sims_for_org(self, car, k, day):
        """a contiguous block taken from the carrier's enterprise stock"""
        s0 = self.alloc(car, day - self.ri(5, 60), k)
        out = []
        for s in range(s0, s0 + k):
            body = '8984' + car.iss + '%0*d' % (car.ilen - 7, s)
            out.append((body + luhn_digit(body),
                        '452' + car.mnc + '%010d' % ((car.imsi_base + s) % 10 ** 10)))
        return out

    def pos_list(self, car, prov, kind):
        key = (prov, kind)
        lst = car.pos.get(key)
        if lst is None:
            frac = PPOP[prov] / 830.0 * car.share / 100.0
            k = int(self.N * frac / self.pos_div * (0.25 if kind == 'S' else 1.0))
            k = max(1, min(k, 400 if kind == 'A' else 60))
            items = []
            ab = ABBR[car.code]
            for i in range(k):
                p = Pos()
                p.car, p.prov, p.kind = car, prov, kind
                if kind == 'S':
                    p.code = '%s%sS%03d' % (ab, prov, i + 1)
                    p.devs = [self.new_device('tablet') for _ in range(self.ri(2, 5))]
                else:
                    p.code = '%s%sA%05d' % (ab, prov, self.ri(1, 99999))
                    p.devs = [self.new_device('phone') for _ in range(1 if self.r() < .7 else 2)]
                p.blk, p.left, p.corrupt, p.bday = 0, 0, False, -10 ** 6
                p.stock = None
                p.owner = None
                p.actphone = None
                items.append((p, 1.0 / (i + 1) ** 0.9))
            lst = WPick(items)
            car.pos[key] = lst
        return lst

    def pick_pos(self, car, prov, kind):
        return self.pos_list(car, prov, kind).pick(self.r())

    def corrupt_pos(self, prov=None, car=None, kind=None):
        r = self.r
        if self.corrupt and r() < .55:
            cand = self.corrupt[int(r() * len(self.corrupt))]
            if (prov is None or cand.prov == prov) and (car is None or cand.car is car):
                return cand
        if prov is None:
            prov = self.fraud_prov.pick(r())
        if car is None:
            car = self.car_p.pick(r())
        if kind is None:
            kind = 'A' if r() < .85 else 'S'
        lst = self.pos_list(car, prov, kind)
        p = lst.items[int(r() * len(lst.items))]
        if not p.corrupt:
            p.corrupt = True
            p.stock = [self.rng.getrandbits(64) for _ in range(self.ri(2, 8))]
            p.actphone = self.new_device('cheap')
            self.corrupt.append(p)
        return p

    # ------------------------------------------------------------------ output
    def emit(self, car, ms, sim, subtype, idtype, idnum, name, dob, gender, nat, prov, t,
             channel, pos, dev, selfie, fm, popdb, status, fu, usage, label):
        st = car.st
        r = self.r
        if t >= self.as_of * 86400:  # never after the export date
            t = self.as_of * 86400 - 1 - int(r() * 7200)
        s9 = '%09d' % ms
        f = car.msp.pick(r())
        msisdn = ('0' + s9) if f == '0' else (f + s9)
        imsi, iccid = ('', '') if sim is None else (sim[1], sim[0])
        if imsi and r() < st['bimsi']:
            imsi = ''
        if iccid and r() < st['biccid']:
            iccid = ''
        # name presentation
        day = t // 86400
        if subtype != 'ORGANIZATION' and nat == 'VN':
            mode = (car.nlp if day < dn(2018) else car.nmp).pick(r())
            if mode == 'u':
                name = name.upper()
            elif mode == 'A':
                name = ascii_fold(name).upper()
            elif mode == 'a':
                name = ascii_fold(name)
            elif mode == 'd':
                name = unicodedata.normalize('NFD', name)
            elif mode == 'o':
                name = old_tone(name)
        if st['utc']:
            tu = t - 25200
            ts = DAYSTR[tu // 86400] + 'T' + HMS[tu % 86400] + '+00:00'
        else:
            ts = DAYSTR[day] + 'T' + HMS[t % 86400] + '+07:00'
        if subtype == 'INDIVIDUAL' and r() < st['bst']:
            subtype = ''
        if gender and r() < st['bg']:
            gender = ''
        if nat == 'VN' and r() < st['bn']:
            nat = ''
        if prov and r() < st['bp']:
            prov = ''
        if popdb == 'UNCHECKED' and r() < st['bpop']:
            popdb = ''
        if status == 'ACTIVE' and r() < st['bs']:
            status = ''
        if selfie is None:
            sh = ''
        else:
            sh = ('%016X' if st['hexup'] else '%016x') % selfie
        fms = '' if fm is None else '%.3f' % fm
        agent = pos.code if (pos is not None and channel in ('STORE', 'AGENT')) else ''
        if usage is not EMPTY8:
            if st.get('nocallee'):
                usage[5] = ''
            if st.get('nodata'):
                usage[7] = ''
        line = ','.join((st['code'], msisdn, imsi, iccid, subtype, idtype, idnum, csvq(name),
                         dob, gender, nat, prov, ts, channel, agent, dev or '', sh, fms, popdb,
                         status, fu or '', ','.join(usage))) + '\n'
        self.lines.append(line.encode('utf-8'))
        self.keys.append(car.idx * 10 ** 10 + t)
        if label is not None:
            self.labels.append((car.code, '84' + s9, label[0], label[1], label[2]))

    # ------------------------------------------------------------------ usage
    def usage(self, day, kind, careful=False, start_lag=0):
        r = self.r
        age = self.as_of - day
        if age <= 0:
            return EMPTY8
        if age > 730:
            if r() < .85:
                return EMPTY8
        elif age > 365:
            if r() < .3:
                return EMPTY8
        elif r() < .03:
            return EMPTY8
        w = age if age < 30 else 30
        f = w / 30.0
        ln = self.lognorm
        act = oc = ic = os_ = is_ = dc = tu = mb = 0
        if kind == 'Y':  # pre-activated SIM sold and used by a buyer after a lag
            lag = start_lag or self.ri(3, 40)
            if lag >= w:
                kind = 'Z'
            else:
                f = (w - lag) / 30.0
                w = w - lag
                kind = 'P'
        if kind in ('P', 'T', 'O'):
            act = int(w * (0.65 + 0.35 * r()) + .5)
            if kind == 'P':
                oc, ic, os_, is_, mb = ln(45, .9), ln(40, .8), ln(4, 1.2), ln(22, .7), ln(4000, 1.1)
                tu = ln(140000, .7) if r() > .08 else 0
            elif kind == 'T':
                oc, ic, os_, is_, mb = ln(12, 1), ln(18, .9), ln(6, 1.2), ln(20, .7), ln(6000, .9)
                tu = ln(80000, .6)
            else:
                oc, ic, os_, is_, mb = ln(80, .8), ln(60, .8), ln(6, 1), ln(15, .7), ln(2500, 1)
                tu = 0
            oc, ic, os_, is_, mb, tu = oc * f, ic * f, os_ * f, is_ * f, mb * f, tu * f
            dc = oc * (0.25 + 0.3 * r()) + 2 * r()
        elif kind == 'S':
            act = int(w * (0.3 + 0.6 * r()) + .5)
            oc, ic, os_, is_ = ln(10, 1) * f, ln(12, 1) * f, ln(1, 1.5) * f, ln(10, .8) * f
            tu, mb = ln(60000, .8) * f, ln(1200, 1.3) * f
            dc = oc * (0.3 + 0.4 * r()) + r()
        elif kind == 'D':
            act = int(w * (0.8 + 0.2 * r()) + .5)
            oc = 2 * r() if r() < .3 else 0
            ic = 3 * r() if r() < .4 else 0
            is_ = ln(6, .6) * f
            tu = self.choice((70000, 90000, 120000, 150000, 200000)) if r() < .85 else 0
            mb = ln(18000, .8) * f
            dc = oc
        elif kind == 'B':
            act = int(r() * w * 0.3)
            oc, ic, os_, is_ = 5 * r() * r(), 6 * r() * r(), 2 * r() * r(), 1 + 9 * r()
            tu = self.choice((0, 0, 0, 10000, 20000))
            mb = ln(50, 1.5) if r() < .5 else 0
            dc = oc
        elif kind == 'E':
            act = int(w * (0.5 + 0.5 * r()) + .5)
            oc, ic, os_, is_ = ln(10, .8) * f, ln(20, .7) * f, r() * 1.5, ln(8, .6) * f
            tu = ln(60000, .6) * f
            mb = ln(80, 1.8) * f if r() < .6 else 0
            dc = oc * (0.3 + 0.3 * r()) + r()
        elif kind == 'I':
            act = int(w * (0.93 + 0.07 * r()) + .5)
            os_ = ln(20, 1.2) * f if r() < .4 else 0
            is_ = 6 * r()
            mb = ln(40, 1.2) * f
        elif kind == 'X':
            act = min(w, self.ri(2, 14))
            g = act / 10.0
            oc, ic, os_, is_ = ln(3, 1.2) * g, ln(3, 1.2) * g, ln(2, 1) * g, ln(8, .6)
            tu = 0 if r() < .7 else 100000
            mb = ln(4000, .9) * g
            dc = oc * 0.7
        elif kind == 'Z':  # idle, never sold within the window
            act = 1 if r() < .3 else 0
            is_ = int(r() * 5)
            mb = 2 * r() if r() < .1 else 0
        elif kind == 'F':  # SIM farm / spam
            if careful:
                act = int(w * (0.6 + 0.4 * r()) + .5)
                oc, ic, os_, is_ = ln(70, .5) * f, ln(12, .6) * f, ln(5, 1) * f, ln(10, .7) * f
                dc = oc * (0.55 + 0.3 * r())
                tu, mb = ln(180000, .5) * f, ln(150, 1) * f
            else:
                act = int(w * (0.5 + 0.5 * r()) + .5)
                oc = ln(700, .7) * f
                ic = oc * 0.012 * r()
                os_ = ln(300, 1.5) * f if r() < .4 else 0
                is_ = 10 * r()
                dc = oc * (0.85 + 0.13 * r())
                tu = ln(600000, .6) * f
                mb = 2 * r()
        elif kind == 'V':  # SIM box interconnect bypass
            act = int(w * (0.8 + 0.2 * r()) + .5)
            oc = ln(1200, .6) * f if not careful else ln(160, .5) * f
            ic = 5 * r() if not careful else ln(10, .6) * f
            is_ = 3 * r()
            dc = oc * (0.6 + 0.35 * r())
            tu = 0 if r() < .6 else ln(1500000, .5) * f
        elif kind == 'Q':  # OTP resale
            act = int(w * (0.6 + 0.4 * r()) + .5)
            if careful:
                oc, ic, os_ = 5 * r(), 4 * r(), 3 * r()
                is_ = ln(40, .6) * f
                mb = ln(30, 1) * f
                tu = self.choice((0, 10000, 20000, 50000))
            else:
                oc, ic, os_ = r() * 1.5, 2 * r(), 3 * r()
                is_ = ln(150, .9) * f
                mb = 5 * r()
                tu = self.choice((0, 0, 10000))
            dc = oc * 0.5
        elif kind == 'C':  # scam calls
            act = min(w, self.ri(2, 15) if not careful else self.ri(8, 28))
            g = act / 10.0
            if careful:
                oc, ic, os_, is_ = ln(45, .6) * g, ln(15, .6) * g, ln(3, 1) * g, ln(12, .7) * g
                dc = oc * (0.5 + 0.3 * r())
                mb = ln(600, 1) * g
            else:
                oc, ic, os_, is_ = ln(120, .8) * g, ln(8, .8) * g, ln(20, 1.5) * g, ln(10, .7) * g
                dc = oc * (0.75 + 0.22 * r())
                mb = ln(100, 1.5) * g
            tu = ln(300000, .6) * g
        if act > w:
            act = w
        oc, ic, os_, is_, mb = int(oc), int(ic), int(os_), int(is_), int(mb)
        dc = int(dc)
        if dc > oc:
            dc = oc
        if act == 0:
            oc = ic = os_ = dc = 0
            mb = 0
            tu = 0
        tu = int(tu / 10000 + 0.5) * 10000 if tu else 0
        out = [str(act), str(oc), str(ic), str(os_), str(is_), str(dc), str(tu), str(mb)]
        if r() < .004:
            out[int(r() * 8)] = ''
        return out

    # ------------------------------------------------------------------ shared pieces
    def legit_fm(self, p, idtype, day):
        x = 0.935 - abs(self.g()) * 0.055
        if idtype == 'CMND':
            x -= 0.06
        if self.as_of - p.dob > 70 * 365:
            x -= 0.04
        if self.r() < .03:
            x -= 0.2 + 0.1 * self.r()
        return min(0.995, max(0.41, x))

    def popdb_legit(self, day, foreign=False):
        if foreign:
            return 'UNCHECKED'
        if day < D_POPDB:
            if self.as_of > D_CROSS + 60 and self.r() < .6:
                return 'MATCH'
            return 'UNCHECKED'
        x = self.r()
        if x < .996:
            return 'MATCH'
        return 'NOT_FOUND'

    def popdb_fraud(self, day, real):
        r = self.r()
        if day < D_POPDB:
            if self.as_of > D_CROSS + 60:
                if real:
                    return 'MATCH' if r < .6 else 'UNCHECKED'
                return 'NOT_FOUND' if r < .5 else ('MISMATCH' if r < .7 else 'UNCHECKED')
            return 'UNCHECKED'
        if real:
            return 'MATCH' if r < .96 else 'MISMATCH'
        return 'NOT_FOUND' if r < .55 else 'MISMATCH'

    def status_legit(self, day, role='P', popdb='MATCH', cmnd=False):
        r = self.r
        if self.c08 and day < D_C08:
            conf = {'P': .95, 'S': .85, 'D': .75, 'B': .6, 'E': .7, 'T': .9, 'O': .92,
                    'I': .9, 'X': .8}.get(role, .9)
            if cmnd:
                conf -= .25
            if r() > conf:
                return 'ONE_WAY_LOCKED'
        if self.campaign and popdb in ('UNCHECKED', 'MISMATCH', 'NOT_FOUND', '') and \
                day < D_POPDB and r() < .25:
            return 'ONE_WAY_LOCKED' if r() < .5 else 'TWO_WAY_LOCKED'
        x = r()
        if role == 'X':
            return 'TERMINATED' if (self.as_of - day > 120 and x < .6) else 'ACTIVE'
        if role == 'B':
            if x < .06:
                return 'TERMINATED'
            if x < .1:
                return 'ONE_WAY_LOCKED'
            return 'ACTIVE'
        if popdb in ('MISMATCH', 'NOT_FOUND') and x < .3:
            return 'ONE_WAY_LOCKED'
        if x < .02:
            return 'TERMINATED'
        if x < .03:
            return 'ONE_WAY_LOCKED'
        if x < .035:
            return 'TWO_WAY_LOCKED'
        return 'ACTIVE'

    def status_fraud(self, day, careful, popdb='MATCH', detect=1.0, confirm=.03):
        r = self.r
        age = self.as_of - day
        if self.campaign and day < D_POPDB and popdb in ('UNCHECKED', 'NOT_FOUND', 'MISMATCH', ''):
            x = r()
            if x < .55:
                return 'TERMINATED'
            if x < .75:
                return 'TWO_WAY_LOCKED'
            if x < .88:
                return 'ONE_WAY_LOCKED'
            return 'ACTIVE'
        if not self.campaign and day < D_CROSS and popdb in ('NOT_FOUND', 'MISMATCH'):
            x = r()
            if x < .75:
                return 'TERMINATED'
            if x < .88:
                return 'TWO_WAY_LOCKED'
            return 'ACTIVE'
        base = (.08 if careful else .35) * detect
        p = min(.85, base * age / 365.0)
        if r() < p:
            x = r()
            if x < .5:
                return 'TERMINATED'
            if x < .75:
                return 'TWO_WAY_LOCKED'
            return 'ONE_WAY_LOCKED'
        if self.c08 and day < D_C08 and r() > confirm:
            return 'ONE_WAY_LOCKED'
        return 'ACTIVE'

    def channel_for(self, car, day, p, nth):
        r = self.r
        if day < dn(2019):
            w = [25, 75, 0, 0]
        elif day < dn(2022):
            w = [25, 60, 10, 5]
        elif day < dn(2025):
            w = [25, 45, 22, 8]
        else:
            w = [28, 40, 26, 6]
        if car.idx >= 5 and day >= dn(2019):
            w = [w[0] * .3, w[1] * .6, w[2] * 1.8, w[3] * 2.5]
        w[2] *= self.ekyc
        w[3] *= self.ekyc
        age = (day - p.dob) // 365
        if age >= 65:
            w[2] *= .15
            w[3] *= .2
        elif age < 30:
            w[2] *= 1.6
        if nth >= 3 or p.pp is not None:  # 4th+ on this carrier or foreigner: in person
            w[2] = w[3] = 0
        x = r() * (w[0] + w[1] + w[2] + w[3])
        if x < w[0]:
            return 'STORE'
        if x < w[0] + w[1]:
            return 'AGENT'
        if x < w[0] + w[1] + w[2]:
            return 'EKYC_APP'
        return 'ONLINE'

    def bump(self, p, car, channel):
        if p.cnt is None:
            p.cnt = {}
        n = p.cnt.get(car.idx, 0)
        p.cnt[car.idx] = n + 1
        return n

    def nth(self, p, car):
        if p.cnt is None:
            return 0
        return p.cnt.get(car.idx, 0)

    # ------------------------------------------------------------------ legit subscription
    def legit(self, p, car, day, role, pattern, channel=None, pos=None, helper=None,
              secs=None, fu=None, prov=None, dev=None, allow_hist=True, typo=None, t=None):
        """registers one genuine subscription; returns (t, selfie, fm, pos, dev, sim, ms)"""
        r = self.r
        if self.left() <= 0:
            return None
        if channel is None:
            channel = self.channel_for(car, day, p, self.nth(p, car))
        self.bump(p, car, channel)
        if channel in ('STORE', 'AGENT'):
            if pos is None:
                pr = prov or (p.rprov if r() < .9 else p.bprov)
                pos = self.pick_pos(car, pr, 'S' if channel == 'STORE' else 'A')
            sim = self.sim(pos, day if t is None else t // 86400)
            if dev is None:
                dev = self.choice(pos.devs)
            if t is None:
                t = day * 86400 + (secs if secs is not None else
                                   self.sec(C_STORE if channel == 'STORE' else C_SHOP))
        else:
            sim = self.sim(car.central, day if t is None else t // 86400)
            if dev is None:
                if helper is not None:
                    dev = self.phone_of(helper)[0]
                elif channel == 'EKYC_APP' or r() < .6:
                    dev = self.phone_of(p)[0] if p.pp is None or r() < .8 else self.new_device()
                else:
                    dev = ''
            if t is None:
                t = day * 86400 + (secs if secs is not None else self.sec(C_APP))
        day = t // 86400
        ported = r() < (.05 if day < dn(2021) else .025)
        ms = self.msisdn(car, ported)
        foreign = p.pp is not None
        idtype, idnum = self.doc_for(p, day)
        name, dob, gender = p.name, DAYSTR[p.dob], p.g
        popdb = self.popdb_legit(day, foreign)
        if typo is None and r() < .006:
            typo = True
        if typo:
            pattern = 'legit_clerical_typo'
            name, dob, idnum, gender = self.clerical(name, p.dob, idnum, idtype, gender)
            if popdb != 'UNCHECKED':
                popdb = 'MISMATCH' if r() < .85 else 'MATCH'
        # face capture
        cap = (channel in ('EKYC_APP', 'ONLINE') and day >= D_CAPTURE_APP) or \
              (channel in ('STORE', 'AGENT') and day >= D_CAPTURE_SHOP and
               (day >= D_POPDB or r() < .5))
        if self.c08 and day >= D_C08:
            cap = True
        if cap and (channel != 'ONLINE' or r() < .8):
            selfie = self.near(p.face)
            fm = self.legit_fm(p, idtype, day)
        else:
            selfie = fm = None
        status = self.status_legit(day, role, popdb, idtype == 'CMND')
        # first use
        if fu is None and role in ('P', 'E', 'T', 'S', 'B') and self.as_of - day > 1100 and \
                r() < .7:
            # first used in the phone the subscriber had back then
            fu = self.new_device('feature' if (day < dn(2015) and r() < .5) else 'phone')
        if fu is None:
            if role in ('P', 'E', 'T'):
                fu = self.phone_of(p)[0]
            elif role == 'S':
                ph = self.phone_of(p)
                fu = ph[1] if r() < .75 else self.new_device()
            elif role == 'D':
                fu = self.new_device('router' if r() < .5 else 'tablet')
            elif role == 'I':
                fu = self.new_device('iot')
            elif role == 'B':
                fu = self.new_device('feature') if r() < .6 else self.phone_of(p)[1]
            elif role == 'X':
                fu = self.phone_of(p)[0]
            else:
                fu = self.phone_of(p)[0]
        uk = {'P': 'P', 'S': 'S', 'D': 'D', 'B': 'B', 'E': 'E', 'T': 'T', 'I': 'I', 'X': 'X'}.get(role, 'P')
        usage = self.usage(day, uk)
        if usage[0] == '0' and role in ('B', 'D') and r() < .5:
            fu = ''
        if usage is EMPTY8 and r() < .3:
            fu = ''
        subtype = 'INDIVIDUAL'
        nat = p.nat
        rprov = p.rprov if not foreign else (p.rprov if r() < .7 else '')
        label = (0, 0, pattern)
        # history
        hist = None
        if allow_hist and self.left() >= 2:
            x = r()
            if day < D_POPDB and self.as_of > D_CROSS + 20 and x < self.hist and not foreign:
                hist = 'std'
            elif x > 1 - .012 and self.as_of - day > 200:
                hist = 'swap'
            elif x > 1 - .02 and self.as_of - day > 200:
                hist = 'recycled'
        if hist == 'std':
            # original row (no label), then re-registration during the 2023 campaign
            self.emit(car, ms, sim, subtype, idtype, idnum, name, dob, gender, nat, rprov, t,
                      channel, pos, dev, None, None, 'UNCHECKED', 'ACTIVE', fu, usage, None)
            d1 = self.day_between(D_CROSS, min(dn(2023, 9, 30), self.as_of - 1))
            ch1 = 'EKYC_APP' if (r() < .55 and p.year > 1955) else ('STORE' if r() < .5 else 'AGENT')
            pos1 = None
            if ch1 == 'EKYC_APP':
                t1 = d1 * 86400 + self.sec(C_APP)
                dev1 = self.phone_of(p)[0]
            else:
                pos1 = self.pick_pos(car, p.rprov, 'S' if ch1 == 'STORE' else 'A')
                t1 = d1 * 86400 + self.sec(C_STORE)
                dev1 = self.choice(pos1.devs)
            it1, in1 = self.doc_for(p, d1)
            st1 = self.status_legit(d1, role, 'MATCH', it1 == 'CMND')
            u1 = usage if r() < .5 else EMPTY8
            pat = 'legit_standardised_2023'
            self.emit(car, ms, sim, subtype, it1, in1, p.name, DAYSTR[p.dob], gender, nat,
                      rprov, t1, ch1, pos1, dev1, self.near(p.face), self.legit_fm(p, it1, d1),
                      'MATCH', st1, fu, u1, (0, 0, pat))
            return (t, selfie, fm, pos, dev, sim, ms)
        if hist == 'swap':
            self.emit(car, ms, sim, subtype, idtype, idnum, name, dob, gender, nat, rprov, t,
                      channel, pos, dev, selfie, fm, popdb, 'ACTIVE', fu, usage, None)
            d1 = self.day_between(day + 60, self.as_of - 1)
            pos1 = self.pick_pos(car, p.rprov, 'S')
            t1 = d1 * 86400 + self.sec(C_STORE)
            it1, in1 = self.doc_for(p, d1)
            cap1 = d1 >= D_CAPTURE_SHOP
            self.emit(car, ms, self.sim(pos1, d1), subtype, it1, in1, p.name, DAYSTR[p.dob], gender,
                      nat, rprov, t1, 'STORE', pos1, self.choice(pos1.devs),
                      self.near(p.face) if cap1 else None,
                      self.legit_fm(p, it1, d1) if cap1 else None,
                      self.popdb_legit(d1), status, fu, usage, (0, 0, 'legit_sim_swap'))
            return (t1, selfie, fm, pos1, dev, sim, ms)
        if hist == 'recycled':
            # the number belonged to someone else before and was revoked
            old = self.person(pool=False)
            d0 = self.day_between(max(dn(self.min_year), day - 3000), day - 120)
            ch0 = 'AGENT' if r() < .7 else 'STORE'
            pos0 = self.pick_pos(car, old.rprov, 'A' if ch0 == 'AGENT' else 'S')
            it0, in0 = self.doc_for(old, d0)
            self.emit(car, ms, self.sim(pos0, d0), subtype, it0, in0, old.name, DAYSTR[old.dob],
                      old.g, 'VN', old.rprov, d0 * 86400 + self.sec(C_SHOP), ch0, pos0,
                      self.choice(pos0.devs), None, None, self.popdb_legit(d0), 'TERMINATED',
                      self.phone_of(old)[0], self.usage(d0, 'P'), None)
            pattern = 'legit_recycled_number' if not typo else pattern
            label = (0, 0, pattern)
        self.emit(car, ms, sim, subtype, idtype, idnum, name, dob, gender, nat, rprov, t,
                  channel, pos, dev, selfie, fm, popdb, status, fu, usage, label)
        return (t, selfie, fm, pos, dev, sim, ms)

    def clerical(self, name, dob, idnum, idtype, gender=''):
        r = self.r
        x = r()
        if x < .07:  # wrong gender ticked
            return name, DAYSTR[dob], idnum, ('F' if gender == 'M' else 'M')
        if x < .13:  # year digits transposed or mistyped
            s = DAYSTR[dob]
            y = s[:4]
            y2 = y[:2] + y[3] + y[2] if y[2] != y[3] else y[:3] + str((int(y[3]) + 1) % 10)
            return name, y2 + s[4:], idnum, gender
        if x < .5:
            parts = name.split(' ')
            i = int(r() * len(parts))
            w = parts[i]
            y = r()
            if y < .35:
                w = ascii_fold(w)
            elif y < .6 and len(w) > 2:
                j = int(r() * (len(w) - 1))
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif y < .8 and len(w) > 1:
                j = int(r() * len(w))
                w = w[:j] + w[j] + w[j:]
            else:
                w = w[:-1] if len(w) > 2 else w + 'h'
            parts[i] = w
            if r() < .15:
                return ' '.join(parts) + ' ', DAYSTR[dob], idnum, gender
            return ' '.join(parts), DAYSTR[dob], idnum, gender
        if x < .8:
            s = DAYSTR[dob]
            y, m, d = s[:4], s[5:7], s[8:]
            if int(d) <= 12 and d != m:
                return name, '%s-%s-%s' % (y, d, m), idnum, gender
            d2 = min(28, max(1, int(d) + (1 if r() < .5 else -1)))
            return name, '%s-%s-%02d' % (y, m, d2), idnum, gender
        # one wrong digit in the random part of the number
        if len(idnum) >= 9:
            k = len(idnum) - 1 - int(r() * 5)
            c = idnum[k]
            if not c.isdigit():
                return name, DAYSTR[dob], idnum, gender
            nc = str((int(c) + self.ri(1, 9)) % 10)
            if r() < .5 and k > 0 and idnum[k - 1] != c:
                idnum = idnum[:k - 1] + c + idnum[k - 1] + idnum[k + 1:]
            else:
                idnum = idnum[:k] + nc + idnum[k + 1:]
        return name, DAYSTR[dob], idnum, gender

    # ------------------------------------------------------------------ legit generators
    def sim_count(self, age):
        x = self.r()
        if age < 18:
            return 1
        if age >= 72:
            return 1 if x < .88 else 2
        if x < .50:
            return 1
        if x < .79:
            return 2
        if x < .91:
            return 3
        if x < .955:
            return 4
        if x < .975:
            return 5
        if x < .993:
            return self.ri(6, 9)
        return self.ri(10, 12)

    def person_sims(self, p, helper=None, fam_day=None, pattern_override=None):
        r = self.r
        age = year_of(self.as_of) - p.year
        n = self.sim_count(age)
        primary = self.car_p.pick(r())
        min_day = p.dob + 14 * 365 + int(r() * 5 * 365) if age >= 18 else p.dob + 14 * 365
        if age < 14:
            min_day = self.as_of - 200
        for i in range(n):
            if self.left() <= 0:
                return
            if i == 0:
                car = primary
                role = 'E' if age >= 68 else ('T' if age < 18 else 'P')
            else:
                car = primary if r() < .45 else self.car_p.pick(r())
                x = r()
                role = 'S' if x < .5 else ('D' if x < .75 else ('B' if x < .95 else 'I'))
            if n >= 4:
                pat = 'legit_multi_sim_holder'
            else:
                pat = {'P': 'legit_primary', 'E': 'legit_elderly', 'T': 'legit_teen_own_line',
                       'S': 'legit_secondary_sim', 'D': 'legit_data_only', 'B': 'legit_backup_sim',
                       'I': 'legit_personal_iot'}[role]
            if pattern_override:
                pat = pattern_override
            if helper is not None and i == 0 and fam_day is not None and fam_day >= min_day:
                # registered by a relative on the relative's phone (own documents, own face)
                day = fam_day
                if role == 'E' or r() < .4:
                    self.legit(p, car, day, role, 'legit_elderly_assisted' if role == 'E' else pat,
                               channel='STORE' if r() < .5 else 'AGENT', prov=helper.rprov)
                else:
                    if self.nth(p, car) < 3 and day >= dn(2020, 6, 1):
                        self.legit(p, car, day, role, 'legit_family_one_phone',
                                   channel='EKYC_APP', helper=helper)
                    else:
                        self.legit(p, car, day, role, pat)
                continue
            day = self.reg_day(min_day)
            self.legit(p, car, day, role, pat)

    def g_household(self):
        r = self.r
        rp, bp = self.pick_home()
        head_age = self.adult_age()
        if head_age < 22:
            head_age = self.ri(22, 40)
        head = self.person(age=head_age, rprov=rp, bprov=bp)
        mem = [head]
        if head_age > 24 and r() < .72:
            sp_bp = bp if r() < .7 else self.pick_home()[1]
            sp = self.person(age=max(18, head_age + self.ri(-6, 4)), rprov=rp, bprov=sp_bp,
                             g='F' if head.g == 'M' else 'M')
            mem.append(sp)
        fam = head.fam if head.g == 'M' or len(mem) == 1 else mem[1].fam
        kids_age_hi = head_age - 20
        if kids_age_hi >= 14 and r() < .6:
            nk = self.ri(1, 3)
            twins = r() < .01
            for k in range(nk):
                ka = self.ri(14, min(kids_age_hi, 40))
                kp = self.person(age=ka, rprov=rp if (ka < 22 or r() < .5) else self.pick_home()[0],
                                 bprov=bp, fam=fam if fam and r() < .93 else None)
                mem.append(kp)
                if twins and k == 0:
                    tw = self.person(year=kp.year, rprov=kp.rprov, bprov=kp.bprov, fam=fam)
                    tw.dob = kp.dob
                    tw.face = self.flip(kp.face, 5, 10)
                    mem.append(tw)
                    self.person_sims(kp, pattern_override='legit_twins')
                    self.person_sims(tw, pattern_override='legit_twins')
        if 30 <= head_age <= 62 and r() < .18:
            ea = min(98, head_age + self.ri(22, 34))
            el = self.person(age=ea, rprov=rp, bprov=bp)
            mem.append(el)
        helper = None
        fam_day = None
        if len(mem) >= 2 and r() < self.fam_phone:
            cand = [m for m in mem if 18 <= year_of(self.as_of) - m.year <= 55]
            if cand:
                helper = cand[0]
                fam_day = self.reg_day(dn(2020, 7, 1))
        for m in mem:
            if self.left() <= 0:
                return
            if m.cnt is not None:
                continue  # twins already done
            if year_of(self.as_of) - m.year < 18 and r() < .3:
                continue
            if helper is not None and m is not helper:
                self.person_sims(m, helper=helper, fam_day=fam_day)
            else:
                self.person_sims(m)

    def g_multi(self):
        # people holding many SIMs within the law (traders, drivers, small shops)
        r = self.r
        p = self.person(age=self.ri(28, 60))
        n = self.ri(4, 12)
        cars = [self.car_p.pick(r()) for _ in range(self.ri(1, 3))]
        for i in range(n):
            if self.left() <= 0:
                return
            car = cars[int(r() * len(cars))]
            day = self.reg_day(p.dob + 18 * 365)
            role = 'P' if i == 0 else ('S' if r() < .6 else ('D' if r() < .5 else 'B'))
            self.legit(p, car, day, role, 'legit_multi_sim_holder')

    def org(self, prov):
        r = self.r
        name = '%s %s %s%s' % (self.choice(ORG_KIND), self.choice(ORG_FIELD),
                               self.choice(ORG_BRAND), self.choice(ORG_SUFFIX))
        pf = TAX_PFX.get(prov, '%02d' % self.ri(10, 99))
        while True:
            code = pf + '%07d' % int(r() * 10 ** 7)
            w = (31, 29, 23, 19, 17, 13, 7, 5, 3)
            chk = 10 - sum(int(a) * b for a, b in zip(code, w)) % 11
            if chk < 10 and code not in self.orgcodes:
                break
        self.orgcodes.add(code)
        code += str(chk)
        if r() < .15:
            code += '-%03d' % self.ri(1, 12)
        return name, code

    def org_block(self, car, prov, k, day, pattern, label, kind, rep, careful=False):
        """bulk registration of k SIMs for an organisation at a carrier store"""
        r = self.r
        name, code = self.org(prov) if not isinstance(rep, tuple) else rep[1]
        repp = rep if not isinstance(rep, tuple) else rep[0]
        pos = self.pick_pos(car, prov, 'S')
        dev = self.choice(pos.devs)
        sims = self.sims_for_org(car, k, day)
        t = day * 86400 + self.ri(8 * 3600 + 1800, 15 * 3600)
        if kind == 'O':
            tac = self.choice(TAC_PHONE[:60])
            base = int(r() * 900000)
            fleet = r() < .5
        elif kind == 'I':
            tac = self.choice(TAC_IOT)
            base = int(r() * 900000)
            fleet = True
        else:
            fleet = False
        gw = None
        if kind in ('V', 'F'):
            gw = self.gateways(k, careful)
        cap = day >= D_CAPTURE_SHOP and r() < .6
        for i in range(k):
            if self.left() <= 0:
                return
            t += self.ri(15, 120) if r() < .97 else self.ri(600, 3600)
            d = t // 86400
            ms = self.msisdn(car, r() < .02)
            if kind in ('O', 'I'):
                fu = imei_of(tac, base + i) if fleet else self.new_device()
                uk = kind
                st = self.status_legit(d, kind)
            else:
                fu = gw[i % len(gw)]
                uk = kind
                st = self.status_fraud(d, careful, 'UNCHECKED', detect=1.3)
            self.emit(car, ms, sims[i], 'ORGANIZATION', 'ORG', code, name, '', '', 'VN', prov, t,
                      'STORE', pos, dev, self.near(repp.face) if cap else None,
                      (0.9 + 0.08 * r()) if cap else None,
                      'UNCHECKED', st, fu, self.usage(d, uk, careful), label)

    def g_org_fleet(self):
        r = self.r
        prov = self.prov_p.pick(r())
        car = self.major_p.pick(r())
        rep = self.person(age=self.ri(30, 60), rprov=prov)
        org = self.org(prov)
        k = min(self.left(), max(3, int(self.lognorm(25, 1.0))), 600)
        day = self.reg_day()
        waves = 1 if r() < .6 else 2
        for wv in range(waves):
            kk = k if wv == 0 else max(2, k // 3)
            self.org_block(car, prov, kk, day, 'legit_org_employee_fleet',
                           (0, 0, 'legit_org_employee_fleet'), 'O', (rep, org))
            day = self.day_between(day + 30, day + 400)

    def g_org_iot(self):
        r = self.r
        prov = self.prov_p.pick(r())
        car = self.major_p.pick(r())
        rep = self.person(age=self.ri(30, 60), rprov=prov)
        k = min(self.left(), max(5, int(self.lognorm(40, 1.0))), 1000)
        self.org_block(car, prov, k, self.reg_day(), 'legit_org_iot_fleet',
                       (0, 0, 'legit_org_iot_fleet'), 'I', (rep, self.org(prov)))

    def g_promo(self):
        """busy legitimate bursts: campus promotion, industrial-zone sign-up, mobile point"""
        r = self.r
        x = r()
        car = self.major_p.pick(r())
        y = year_of(self.reg_day())
        if x < .4:
            prov = self.choice(['001', '079', '048', '092', '046', '040', '052', '019'])
            day = self.day_between(dn(y, 8, 15), dn(y, 9, 30))
            kind, pat, ages = 'S', 'legit_campus_promo', (18, 20)
        elif x < .8:
            prov = self.choice(['074', '075', '027', '024', '026', '033', '030', '022', '031',
                                '079', '001'])
            day = self.day_between(dn(y, 2, 10), dn(y, 3, 31))
            kind, pat, ages = 'A', 'legit_industrial_zone_signup', (18, 35)
        else:
            prov = self.choice(['002', '010', '011', '012', '014', '062', '064', '066', '004'])
            day = self.reg_day()
            kind, pat, ages = 'S', 'legit_mobile_point_rural', (40, 85)
        pos = self.pick_pos(car, prov, kind)
        dev = self.choice(pos.devs)
        k = min(self.left(), max(5, int(self.lognorm(35, .6))), 150)
        t = day * 86400 + self.ri(8 * 3600, 10 * 3600)
        for _ in range(k):
            if self.left() <= 0:
                return
            yb = year_of(day) - self.ri(*ages)
            if pat == 'legit_mobile_point_rural':
                p = self.person(year=yb, rprov=prov, bprov=prov)
            else:
                reg = self.src_north if PREGION[prov] in NORTH_REG else self.src_south
                bpv = self.region_p[reg.pick(r())].pick(r()) if r() < .75 else prov
                p = self.person(year=yb, rprov=prov, bprov=bpv)
            t += self.ri(40, 420)
            self.legit(p, car, t // 86400, 'P' if pat != 'legit_mobile_point_rural' else 'E',
                       pat, channel='STORE' if kind == 'S' else 'AGENT', pos=pos, dev=dev,
                       allow_hist=False, t=t)

    def g_tourist(self):
        r = self.r
        prov = self.choice(['001', '079', '048', '056', '091', '079', '001'])
        car = self.major_p.pick(r())
        pos = self.pick_pos(car, prov, 'S')
        day = self.reg_day()
        t = day * 86400 + self.sec(C_STORE)
        for _ in range(self.ri(3, 25)):
            if self.left() <= 0:
                return
            p = self.foreigner(prov, day)
            t += self.ri(60, 1500)
            self.legit(p, car, t // 86400, 'X', 'legit_tourist_sim', channel='STORE', pos=pos,
                       allow_hist=False, t=t)

    def g_expat(self):
        r = self.r
        prov = self.choice(['001', '079', '048', '074', '027', '031', '075', '022', '056'])
        p = self.foreigner(prov)
        if r() < .12:
            p.nat = 'VN'
            p.pp = self.passport_no('VN')
            p.name = self.make_name(p.g, p.year, self.choice(PCODES))[0]
            pat = 'legit_overseas_vietnamese_passport'
        else:
            pat = 'legit_foreign_resident'
        for i in range(self.ri(1, 3)):
            car = self.car_p.pick(r())
            self.legit(p, car, self.reg_day(p.dob + 18 * 365), 'P' if i == 0 else 'S', pat,
                       channel='STORE' if r() < .6 else 'AGENT')

    def g_special(self):
        """namesakes and under-14 lines registered with a parent present"""
        r = self.r
        if r() < .7 and self.pool:
            o = self.pool[int(r() * len(self.pool))]
            if o.pp is None and o.fam:
                rp = self.pick_home()[0]
                p = self.person(year=o.year, rprov=rp, bprov=o.bprov if r() < .4 else None,
                                g=o.g)
                p.name = o.name
                if r() < .5:
                    p.dob = o.dob
                self.legit(p, self.car_p.pick(r()), self.reg_day(p.dob + 16 * 365), 'P',
                           'legit_namesake')
                return
        p = self.person(age=self.ri(12, 13))
        p.cccd_day = self.as_of - self.ri(100, 400)
        day = self.day_between(self.as_of - 90, self.as_of - 1)
        self.legit(p, self.car_p.pick(r()), day, 'T', 'legit_child_line_parent_present',
                   channel='STORE')

    # ------------------------------------------------------------------ fraud helpers
    def fraud_day(self, lo_year=2017):
        lo = max(dn(lo_year), dn(self.min_year))
        return self.reg_day(lo)

    def get_leak(self):
        r = self.r
        if self.leaks and r() < .6:
            return self.leaks[int(r() * len(self.leaks))]
        size = max(20, int(self.lognorm(300, 1.0)))
        x = r()
        provs = None
        if x < .5:
            provs = [self.prov_raw.pick(r()) for _ in range(self.ri(1, 3))]
        leak = []
        for _ in range(min(size, 3000)):
            if r() < .3 and self.pool:
                leak.append(self.pool[int(r() * len(self.pool))])
            else:
                if provs:
                    pv = provs[int(r() * len(provs))]
                    leak.append(self.person(rprov=pv, bprov=pv if r() < .8 else None, pool=False))
                else:
                    leak.append(self.person(pool=False))
        leak = [p for p in leak if p.pp is None]
        self.leaks.append(leak)
        return leak

    def leaked_adult(self, leak, day):
        r = self.r
        for _ in range(6):
            p = leak[int(r() * len(leak))]
            if p.dob + 16 * 365 <= day:
                return p
        return self.person(year=year_of(day) - self.ri(20, 60), pool=False)

    def fab_identity(self, day, careful):
        """fabricated identity: (name, dob_str, gender, idtype, idnum, prov)"""
        r = self.r
        g = 'M' if r() < .55 else 'F'
        yd = year_of(day)
        year = self.ri(1950, min(2004, yd - 11)) if not careful else self.ri(1962, min(2000, yd - 18))
        bprov = self.prov_raw.pick(r())
        if r() < .05 and not careful:
            name = self.choice(PLACEHOLDER_NAMES)
        else:
            name = self.make_name(g, year, bprov)[0]
        if not careful and r() < .45:
            dob = dn(year, 1, 1)
        else:
            dob = dn(year) + int(r() * 365)
        if day < dn(2021) or r() < .35:
            idtype = 'CMND'
            idnum = self.new_cmnd(bprov) if (careful or r() < .7) else '%09d' % int(r() * 10 ** 9)
        else:
            idtype = 'CCCD'
            if careful:
                idnum = self.new_cccd(bprov, g, year)
            else:
                pc = bprov if r() < .8 else self.choice(['000', '003', '005', '009', '013',
                                                         '099', '100', '050', '071'])
                gg = g if r() < .6 else ('F' if g == 'M' else 'M')
                yy = year if r() < .6 else self.ri(1950, 2005)
                gd = (yy - 1900) // 100 * 2 + (1 if gg == 'F' else 0)
                idnum = '%s%d%02d%06d' % (pc, gd, yy % 100, int(r() * 10 ** 6))
        return name, DAYSTR[dob], g, idtype, idnum, bprov

    def fake_face(self, pos, mode, victim=None):
        """(selfie_int, face_match) for a fraudulent capture"""
        r = self.r
        if mode == 'stock':
            return self.near(pos.stock[int(r() * len(pos.stock))], 3), 0.22 + 0.4 * r()
        if mode == 'flower':
            return self.near(self.choice(self.flowers), 2), 0.02 + 0.18 * r()
        if mode == 'recap' and victim is not None:
            return self.flip(victim.face, 6, 12), 0.70 + 0.2 * r()
        if mode == 'deepfake' and victim is not None:
            return self.flip(victim.face, 3, 6), 0.82 + 0.13 * r()
        return None, None

    def emit_fraud(self, car, ms, sim, ident, day_t, channel, pos, dev, selfie, fm, popdb,
                   status, fu, usage, label, doc=None, override=None, prov=None):
        day = day_t // 86400
        if override is not None:
            name, dob, g, idtype, idnum, bprov = override
            rprov = prov or bprov
        else:
            idtype, idnum = doc if doc is not None else self.doc_for(ident, day)
            name, dob, g, rprov = ident.name, DAYSTR[ident.dob], ident.g, ident.rprov
            if prov:
                rprov = prov
        self.emit(car, ms, sim, 'INDIVIDUAL', idtype, idnum, name, dob, g, 'VN', rprov, day_t,
                  channel, pos, dev, selfie, fm, popdb, status, fu, usage, label)

    def buyer_fu(self, usage):
        if usage is EMPTY8 or usage[0] in ('0', ''):
            return ''
        return self.new_device()

    def gateways(self, k, careful):
        """port IMEIs of GSM gateways / SIM banks for k SIMs"""
        r = self.r
        if careful:
            return [self.new_device() for _ in range(max(2, k // self.ri(1, 3)))]
        ports = self.choice((4, 8, 16, 32, 32, 64))
        ng = max(1, (k // self.ri(1, 4)) // ports + 1)
        out = []
        for _ in range(ng):
            tac = self.choice(TAC_GW)
            base = int(r() * 900000)
            for j in range(ports):
                out.append(imei_of(tac, base + j))
        if r() < .4:  # SIM bank rotation: several SIMs share one port
            out = out[:max(1, len(out) // self.ri(2, 6))]
        return out

    # ------------------------------------------------------------------ fraud generators
    def f_preact_leaked(self, cap):
        r = self.r
        careful = r() < self.care
        pos = self.corrupt_pos()
        car = pos.car
        n = int(self.lognorm(8 if careful else 45, .8))
        n = max(3, min(n, cap, self.left()))
        leak = self.get_leak()
        day0 = self.fraud_day(2016)
        run = (not careful) and r() < .6
        mss = self.msisdn_run(car, n) if run else None
        dev = self.choice(pos.devs)
        face_mode = 'recap' if careful else self.choice(('stock', 'stock', 'flower', 'none', 'recap'))
        use_act = (not careful) and r() < .45
        t = day0 * 86400 + self.sec(C_NIGHT)
        ident = None
        reuse = 0
        pat = 'preact_leaked_identity'
        for i in range(n):
            if self.left() <= 0:
                return
            if reuse <= 0:
                ident = self.leaked_adult(leak, day0)
                reuse = 1 if careful else (1 if r() < .6 else self.ri(2, 5))
            reuse -= 1
            if careful:
                d = self.day_between(day0, day0 + 90)
                t = d * 86400 + self.sec(C_SHOP)
                sim = self.sim(pos, t // 86400, skip=self.ri(0, 4))
                dv = self.choice(pos.devs)
            else:
                if i and i % 40 == 0:
                    t = (t // 86400 + self.ri(1, 4)) * 86400 + self.sec(C_NIGHT)
                t += self.ri(20, 150)
                sim = self.sim(pos, t // 86400)
                dv = dev
            d = t // 86400
            if d >= self.as_of:
                d = self.as_of - 1
                t = d * 86400 + self.ri(0, 80000)
            ms = mss[i] if mss else self.msisdn(car)
            if (face_mode == 'none' or d < D_CAPTURE_SHOP) and not (self.c08 and d >= D_C08):
                sf, fm = (None, None) if (d < D_CAPTURE_SHOP or r() < .8) else self.fake_face(pos, 'stock')
            else:
                sf, fm = self.fake_face(pos, face_mode if face_mode != 'none' else 'stock', ident)
            popdb = self.popdb_fraud(d, True)
            doc = self.doc_for(ident, d)
            name_ovr = None
            if popdb == 'MISMATCH':
                nm, dob, _, _ = self.clerical(ident.name, ident.dob, doc[1], doc[0], ident.g)
                name_ovr = (nm, dob, ident.g, doc[0], doc[1], ident.rprov)
            sold = r() < (.7 if careful else .35)
            usage = self.usage(d, 'Y' if sold else 'Z', careful, start_lag=self.ri(2, 35))
            fu = self.buyer_fu(usage)
            if not fu and use_act and usage is not EMPTY8:
                fu = pos.actphone
            st = self.status_fraud(d, careful, popdb, confirm=.05 if not careful else .2)
            label = (1, 1, pat)
            if self.sc.get('restd') and d < D_CROSS - 30 and st != 'TERMINATED' and \
                    r() < self.sc['restd'] and self.left() >= 2:
                self.emit_fraud(car, ms, sim, ident, t, 'AGENT' if pos.kind == 'A' else 'STORE',
                                pos, dv, sf, fm, popdb, 'ONE_WAY_LOCKED', fu, usage, None,
                                doc=doc, override=name_ovr)
                self.restandardise(car, ms, sim, pos, usage, fu, careful)
                continue
            self.emit_fraud(car, ms, sim, ident, t, 'AGENT' if pos.kind == 'A' else 'STORE', pos,
                            dv, sf, fm, popdb, st, fu, usage, label, doc=doc, override=name_ovr)

    def restandardise(self, car, ms, sim, pos, usage, fu, careful):
        """2023 campaign: a pre-activated SIM is re-registered, by the buyer or by the dealer"""
        r = self.r
        d1 = self.day_between(D_CROSS, min(dn(2023, 6, 10), self.as_of - 1))
        if r() < .55:
            buyer = self.person()
            ch = 'EKYC_APP' if r() < .5 else 'STORE'
            if ch == 'STORE':
                pos1 = self.pick_pos(car, buyer.rprov, 'S')
                dev1 = self.choice(pos1.devs)
                t1 = d1 * 86400 + self.sec(C_STORE)
            else:
                pos1 = None
                dev1 = self.phone_of(buyer)[0]
                t1 = d1 * 86400 + self.sec(C_APP)
            it, inum = self.doc_for(buyer, d1)
            self.emit(car, ms, sim, 'INDIVIDUAL', it, inum, buyer.name, DAYSTR[buyer.dob],
                      buyer.g, 'VN', buyer.rprov, t1, ch, pos1, dev1, self.near(buyer.face),
                      self.legit_fm(buyer, it, d1), 'MATCH', 'ACTIVE',
                      fu or self.phone_of(buyer)[0], usage,
                      (0, 0, 'legit_buyer_standardised_preactivated'))
        else:
            ident = self.leaked_adult(self.get_leak(), d1)
            t1 = d1 * 86400 + self.sec(C_SHOP)
            sf, fm = self.fake_face(pos, 'recap', ident)
            self.emit_fraud(car, ms, sim, ident, t1, 'AGENT' if pos.kind == 'A' else 'STORE',
                            pos, self.choice(pos.devs), sf, fm, 'MATCH',
                            'ACTIVE' if r() < .7 else 'ONE_WAY_LOCKED', fu, usage,
                            (1, 1, 'junk_restandardised_on_bought_id'))

    def f_preact_fab(self, cap):
        r = self.r
        careful = r() < self.care
        pos = self.corrupt_pos()
        car = pos.car
        n = int(self.lognorm(6 if careful else 35, .8))
        n = max(3, min(n, cap, self.left()))
        if careful or r() < .7:
            day0 = self.reg_day(dn(2012), min(dn(2022, 7, 1), self.as_of - 1))
        else:
            day0 = self.fraud_day(2022)
        template = (not careful) and r() < .3
        tmpl = self.fab_identity(day0, careful) if template else None
        run = (not careful) and r() < .5
        mss = self.msisdn_run(car, n) if run else None
        face_mode = 'flower' if r() < .4 else 'stock'
        t = day0 * 86400 + self.sec(C_NIGHT if not careful else C_SHOP)
        for i in range(n):
            if self.left() <= 0:
                return
            if careful:
                d = self.day_between(day0, day0 + 120)
                t = d * 86400 + self.sec(C_SHOP)
                sim = self.sim(pos, t // 86400, skip=self.ri(0, 4))
            else:
                t += self.ri(15, 120)
                if i and i % 50 == 0:
                    t = (t // 86400 + 1) * 86400 + self.sec(C_NIGHT)
                sim = self.sim(pos, t // 86400)
            d = min(t // 86400, self.as_of - 1)
            t = d * 86400 + t % 86400
            ident = self.fab_identity(d, careful)
            if template:
                ident = (ident[0], ident[1], ident[2], tmpl[3], tmpl[4], ident[5])
            ms = mss[i] if mss else self.msisdn(car)
            if d >= D_CAPTURE_SHOP and (r() < .8 or (self.c08 and d >= D_C08)):
                sf, fm = self.fake_face(pos, face_mode)
            else:
                sf = fm = None
            popdb = self.popdb_fraud(d, False)
            sold = r() < (.6 if careful else .3)
            usage = self.usage(d, 'Y' if sold else 'Z', careful)
            fu = self.buyer_fu(usage)
            st = self.status_fraud(d, careful, popdb)
            if self.sc.get('restd') and d < D_CROSS - 30 and st != 'TERMINATED' and \
                    r() < self.sc['restd'] and self.left() >= 2:
                self.emit_fraud(car, ms, sim, None, t, 'AGENT' if pos.kind == 'A' else 'STORE',
                                pos, self.choice(pos.devs), sf, fm, popdb, 'ONE_WAY_LOCKED', fu,
                                usage, None, override=ident, prov=pos.prov)
                self.restandardise(car, ms, sim, pos, usage, fu, careful)
                continue
            self.emit_fraud(car, ms, sim, None, t, 'AGENT' if pos.kind == 'A' else 'STORE', pos,
                            self.choice(pos.devs), sf, fm, popdb, st, fu, usage,
                            (1, 0, 'preact_fabricated_identity'), override=ident,
                            prov=pos.prov if r() < .7 else '')

    def f_agent_own(self, cap):
        r = self.r
        careful = r() < self.care
        pos = self.corrupt_pos(kind='A')
        car = pos.car
        day0 = self.fraud_day(2017)
        if pos.owner is None:
            owner = self.person(year=year_of(day0) - self.ri(22, 45), rprov=pos.prov)
            pos.owner = owner
            self.legit(owner, self.car_p.pick(r()), self.reg_day(owner.dob + 18 * 365), 'P',
                       'legit_agent_personal')
        owner = pos.owner
        n = self.ri(4, 9) if careful else int(self.lognorm(90, .8))
        n = max(3, min(n, cap, self.left()))
        day0 = max(day0, owner.dob + 18 * 365)
        t = day0 * 86400 + self.sec(C_SHOP)
        for i in range(n):
            if self.left() <= 0:
                return
            if careful:
                d = self.day_between(day0, day0 + 240)
                t = d * 86400 + self.sec(C_SHOP)
                sim = self.sim(pos, t // 86400, skip=self.ri(0, 6))
            else:
                t += self.ri(30, 400) if r() < .9 else self.ri(3600, 86400 * 3)
                sim = self.sim(pos, t // 86400)
            d = min(t // 86400, self.as_of - 1)
            t = d * 86400 + t % 86400
            ms = self.msisdn(car)
            if d >= D_CAPTURE_SHOP or (self.c08 and d >= D_C08):
                sf, fm = self.near(owner.face), self.legit_fm(owner, 'CCCD', d)
            else:
                sf = fm = None
            popdb = self.popdb_fraud(d, True)
            if popdb == 'MISMATCH':
                popdb = 'MATCH'
            sold = r() < (.75 if careful else .4)
            usage = self.usage(d, 'Y' if sold else 'Z', careful)
            fu = self.buyer_fu(usage)
            if not fu and usage is not EMPTY8 and r() < .5:
                fu = pos.actphone
            self.emit_fraud(car, ms, sim, owner, t, 'AGENT', pos, self.choice(pos.devs), sf, fm,
                            popdb, self.status_fraud(d, careful, popdb), fu, usage,
                            (1, 1, 'agent_own_id_mass_activation'))

    def f_extra(self, cap):
        r = self.r
        careful = r() < self.care
        pos = self.corrupt_pos()
        car = pos.car
        nv = self.ri(2, 6) if careful else self.ri(3, 15)
        day0 = self.fraud_day(2016)
        budget = min(cap, self.left())
        used = 0
        ch = 'AGENT' if pos.kind == 'A' else 'STORE'
        for _ in range(nv):
            if used >= budget or self.left() <= 0:
                return
            if r() < .35 and self.pool:
                v = self.pool[int(r() * len(self.pool))]
                if v.pp is not None or v.dob + 16 * 365 > day0:
                    continue
            else:
                v = self.person(year=year_of(day0) - self.adult_age(), rprov=pos.prov)
            d = self.day_between(day0, day0 + (200 if careful else 60))
            res = self.legit(v, car, d, 'P' if r() < .6 else 'S', 'legit_walkin_customer',
                             channel=ch, pos=pos, allow_hist=False)
            if res is None:
                return
            used += 1
            t0, sf0, fm0, _, dev0, _, _ = res
            k = self.ri(1, 2) if careful else min(6, 1 + int(-math.log(1 - r() * .999) * 1.3))
            t = t0
            for _j in range(k):
                if self.left() <= 0 or used >= budget:
                    return
                if careful:
                    t = max(t + self.ri(1800, 7200),
                            (t // 86400 + self.ri(0, 10)) * 86400 + self.sec(C_SHOP))
                    dv = self.choice(pos.devs)
                    sim = self.sim(pos, t // 86400, skip=self.ri(0, 5))
                else:
                    t = t + self.ri(30, 900)
                    dv = dev0
                    sim = self.sim(pos, t // 86400)
                dd = t // 86400
                if dd >= self.as_of:
                    break
                if sf0 is not None:
                    sf = sf0 if r() < .6 else self.near(sf0, 2)
                    fm = fm0 if not careful else min(.995, max(.4, fm0 + (r() - .5) * .02))
                else:
                    sf = fm = None
                popdb = self.popdb_fraud(dd, True)
                if popdb == 'MISMATCH':
                    popdb = 'MATCH'
                sold = r() < (.7 if careful else .45)
                usage = self.usage(dd, 'Y' if sold else 'Z', careful)
                fu = self.buyer_fu(usage)
                v.cnt[car.idx] = v.cnt.get(car.idx, 0) + 1
                self.emit_fraud(car, self.msisdn(car), sim, v, t, ch, pos, dv, sf, fm, popdb,
                                self.status_fraud(dd, careful, popdb, confirm=.05), fu, usage,
                                (1, 1, 'dealer_extra_sims_on_walkin_docs'))
                used += 1

    def f_ring(self, cap):
        r = self.r
        careful = r() < self.care
        members = [self.rng.getrandbits(64) for _ in range(self.ri(1, 4))]
        phones = [self.new_device('cheap') for _ in range(self.ri(2, 3) if careful else self.ri(2, 6))]
        burners = [self.new_device('cheap') for _ in range(self.ri(3, 10))]
        cars = [self.car_p.pick(r()) for _ in range(self.ri(1, 3))]
        mode = 'deepfake' if careful else self.choice(('member', 'member', 'recap'))
        nvic = self.ri(4, 14) if careful else max(4, int(self.lognorm(22, .7)))
        d0 = self.fraud_day(2022)
        if d0 < dn(2020, 7, 1):
            d0 = self.day_between(dn(2022, 9, 1), self.as_of - 1)
        span = self.ri(10, 60) if not careful else self.ri(60, 200)
        used = 0
        budget = min(cap, self.left())
        for _ in range(nvic):
            if used >= budget:
                return
            if r() < .5 and self.pool:
                v = self.pool[int(r() * len(self.pool))]
            else:
                v = self.person(pool=False)
            if v.pp is not None or v.dob + 16 * 365 > d0:
                continue
            if careful:
                k = 1 if r() < .7 else 2
            else:
                k = self.ri(1, 3) if r() < .85 else self.ri(4, 6)
            car = cars[int(r() * len(cars))]
            for _j in range(k):
                if self.left() <= 0 or used >= budget:
                    return
                if not careful and k <= 3 and r() < .4:
                    car = cars[int(r() * len(cars))]
                d = self.day_between(d0, d0 + span)
                t = d * 86400 + self.sec(C_NIGHT if (not careful and r() < .5) else C_APP)
                ch = 'EKYC_APP' if r() < .82 else 'ONLINE'
                sim = self.sim(car.central, d)
                if mode == 'member':
                    sf = self.near(members[int(r() * len(members))], 3)
                    fm = 0.5 + 0.22 * r()
                else:
                    sf, fm = self.fake_face(None, mode, v)
                usage = self.usage(d, 'C', careful)
                fu = '' if (usage is EMPTY8 and r() < .5) else burners[int(r() * len(burners))]
                if usage is not EMPTY8 and usage[0] == '0':
                    fu = ''
                self.bump(v, car, ch)
                self.emit_fraud(car, self.msisdn(car), sim, v, t, ch, None,
                                phones[int(r() * len(phones))], sf, fm,
                                'MATCH' if r() < .97 else 'MISMATCH',
                                self.status_fraud(d, careful, 'MATCH', detect=1.6, confirm=.02),
                                fu, usage, (1, 1, 'identity_theft_ring'))
                used += 1

    def f_farm(self, cap):
        r = self.r
        careful = r() < self.care
        prov = self.farm_prov.pick(r())
        pos = self.corrupt_pos(prov=prov)
        n = self.ri(6, 25) if careful else int(self.lognorm(90, .8))
        n = max(4, min(n, cap, self.left()))
        gw = self.gateways(n, careful)
        srcs = [self.region_p[self.choice(('NMT', 'MD', 'CH', 'NCC'))].pick(r())
                for _ in range(self.ri(1, 3))]
        cars = [self.major_p.pick(r()) for _ in range(self.ri(1, 3))]
        d0 = self.fraud_day(2021)
        span = self.ri(14, 60) if not careful else self.ri(60, 240)
        present = careful or r() < .4
        ident = None
        reuse = 0
        for i in range(n):
            if self.left() <= 0:
                return
            if reuse <= 0:
                pv = srcs[int(r() * len(srcs))]
                age = self.ri(18, 24) if r() < .45 else (self.ri(55, 78) if r() < .6 else self.ri(25, 54))
                ident = self.person(year=year_of(d0) - age, rprov=pv, bprov=pv, pool=False)
                reuse = (1 if r() < .6 else 2) if careful else self.ri(1, 5)
            reuse -= 1
            car = cars[int(r() * len(cars))]
            if car is not pos.car:
                p2 = self.corrupt_pos(prov=prov, car=car)
            else:
                p2 = pos
            d = self.day_between(d0, d0 + span)
            t = d * 86400 + self.sec(C_SHOP if (careful or r() < .7) else C_NIGHT)
            sim = self.sim(p2, d, skip=self.ri(0, 3) if careful else 0)
            if d >= D_CAPTURE_SHOP or (self.c08 and d >= D_C08):
                if present:
                    sf, fm = self.near(ident.face), self.legit_fm(ident, 'CCCD', d)
                else:
                    sf, fm = self.fake_face(p2, 'stock')
            else:
                sf = fm = None
            popdb = self.popdb_fraud(d, True)
            usage = self.usage(d, 'F', careful)
            fu = gw[int(r() * len(gw))] if not (usage is not EMPTY8 and usage[0] == '0') else ''
            self.emit_fraud(car, self.msisdn(car), sim, ident, t,
                            'AGENT' if p2.kind == 'A' else 'STORE', p2, self.choice(p2.devs),
                            sf, fm, popdb, self.status_fraud(d, careful, popdb, detect=1.5), fu,
                            usage, (1, 1, 'simfarm_bought_identities'))

    def f_simbox_org(self, cap):
        r = self.r
        careful = r() < self.care
        prov = self.farm_prov.pick(r())
        car = self.major_p.pick(r())
        rep = self.person(age=self.ri(20, 65), pool=False)
        org = self.org(prov)
        k = self.ri(10, 30) if careful else int(self.lognorm(60, .7))
        k = max(4, min(k, cap, self.left()))
        day = self.fraud_day(2019)
        self.org_block(car, prov, k, day, None, (1, 0, 'simbox_shell_company'),
                       'V' if r() < .7 else 'F', (rep, org), careful)

    def f_otp(self, cap):
        r = self.r
        careful = r() < self.care
        pos = self.corrupt_pos()
        car = pos.car
        n = self.ri(5, 20) if careful else int(self.lognorm(60, .8))
        n = max(4, min(n, cap, self.left()))
        leak = self.get_leak()
        if careful:
            modems = [self.new_device() for _ in range(max(2, n // 3))]
        else:
            tac = self.choice(TAC_MODEM)
            base = int(r() * 900000)
            modems = [imei_of(tac, base + j) for j in range(self.choice((8, 16, 32, 64)))]
        d0 = self.fraud_day(2020)
        t = d0 * 86400 + self.sec(C_NIGHT)
        ident = None
        reuse = 0
        for i in range(n):
            if self.left() <= 0:
                return
            if reuse <= 0:
                ident = self.leaked_adult(leak, d0)
                reuse = 1 if careful else self.ri(1, 3)
            reuse -= 1
            if careful:
                d = self.day_between(d0, d0 + 150)
                t = d * 86400 + self.sec(C_SHOP)
                sim = self.sim(pos, t // 86400, skip=self.ri(0, 4))
            else:
                t += self.ri(20, 200)
                sim = self.sim(pos, t // 86400)
            d = min(t // 86400, self.as_of - 1)
            t = d * 86400 + t % 86400
            if d >= D_CAPTURE_SHOP or (self.c08 and d >= D_C08):
                sf, fm = self.fake_face(pos, 'recap' if careful else self.choice(('stock', 'recap', 'flower')), ident)
            else:
                sf = fm = None
            popdb = self.popdb_fraud(d, True)
            usage = self.usage(d, 'Q', careful)
            fu = modems[int(r() * len(modems))] if not (usage is not EMPTY8 and usage[0] == '0') else ''
            self.emit_fraud(car, self.msisdn(car), sim, ident, t,
                            'AGENT' if pos.kind == 'A' else 'STORE', pos, self.choice(pos.devs),
                            sf, fm, popdb, self.status_fraud(d, careful, popdb), fu, usage,
                            (1, 1, 'otp_farm_modem_pool'))

    def f_rented(self, cap):
        r = self.r
        careful = r() < self.care
        prov = self.fraud_prov.pick(r()) if r() < .5 else self.prov_raw.pick(r())
        ns = self.ri(3, 12) if careful else self.ri(5, 30)
        burners = [self.new_device('cheap') for _ in range(self.ri(2, 8))]
        gw = self.gateways(20, False) if r() < .2 else None
        d0 = self.fraud_day(2022)
        span = self.ri(30, 120)
        used = 0
        budget = min(cap, self.left())
        for _ in range(ns):
            if used >= budget or self.left() <= 0:
                return
            age = self.ri(18, 26) if r() < .6 else self.ri(27, 70)
            s = self.person(year=year_of(d0) - age, rprov=prov)
            if r() < .5:
                self.legit(s, self.car_p.pick(r()), self.reg_day(s.dob + 16 * 365), 'P',
                           'legit_primary')
                used += 1
            k = self.ri(1, 2) if careful else self.ri(1, 3)
            for _j in range(k):
                if self.left() <= 0 or used >= budget:
                    return
                car = self.major_p.pick(r()) if r() < .8 else self.car_p.pick(r())
                d = self.day_between(d0, d0 + span)
                nthc = self.nth(s, car)
                ch = 'EKYC_APP' if (r() < .6 and nthc < 3) else 'AGENT'
                if ch == 'AGENT':
                    pos = self.pick_pos(car, prov, 'A')
                    dev = self.choice(pos.devs)
                    sim = self.sim(pos, d)
                    t = d * 86400 + self.sec(C_SHOP)
                else:
                    pos = None
                    dev = self.phone_of(s)[0]
                    sim = self.sim(car.central, d)
                    t = d * 86400 + self.sec(C_APP)
                self.bump(s, car, ch)
                cap_ok = (ch == 'EKYC_APP' and d >= D_CAPTURE_APP) or d >= D_CAPTURE_SHOP
                sf, fm = (self.near(s.face), self.legit_fm(s, 'CCCD', d)) if cap_ok else (None, None)
                usage = self.usage(d, 'C' if r() < .7 else 'Q', True)
                if gw is not None:
                    fu = gw[int(r() * len(gw))]
                else:
                    fu = burners[int(r() * len(burners))]
                if usage is not EMPTY8 and usage[0] == '0':
                    fu = ''
                self.emit_fraud(car, self.msisdn(car), sim, s, t, ch, pos, dev, sf, fm, 'MATCH',
                                self.status_fraud(d, True, 'MATCH', confirm=.6), fu, usage,
                                (1, 1, 'rented_identity_handover'))
                used += 1

    def f_borrowed(self, cap):
        r = self.r
        careful = r() < self.care
        x = r()
        if x < .25:
            prov = self.choice(['001', '079', '048', '074', '027', '031'])
            user = self.foreigner(prov)
            pat = 'nonowner_foreigner_on_local_document'
            holder = self.person(rprov=prov, age=self.ri(20, 45))
        else:
            user = self.person(age=self.ri(16, 45))
            prov = user.rprov
            pat = 'nonowner_borrowed_document'
            if r() < .5 and self.pool:
                holder = self.pool[int(r() * len(self.pool))]
                if holder.pp is not None or holder is user:
                    holder = self.person(rprov=prov)
            else:
                holder = self.person(rprov=prov, bprov=user.bprov if r() < .5 else None,
                                     fam=user.fam if (user.fam and r() < .5) else None)
        # the user's own phone; some users also keep their own line
        if user.pp is not None and r() < .4:
            self.legit(user, self.car_p.pick(r()), self.reg_day(user.dob + 18 * 365), 'P',
                       'legit_foreign_resident',
                       channel='STORE')
        k = 1 if r() < .8 else 2
        for _ in range(min(k, cap)):
            if self.left() <= 0:
                return
            car = self.car_p.pick(r())
            d = self.reg_day(max(holder.dob, user.dob) + 16 * 365)
            ch = 'AGENT' if r() < .7 else ('STORE' if r() < .3 else 'EKYC_APP')
            if ch == 'EKYC_APP' and d < D_CAPTURE_APP:
                ch = 'AGENT'
            if ch == 'EKYC_APP':
                pos = None
                dev = self.phone_of(user)[0]
                sim = self.sim(car.central, d)
                t = d * 86400 + self.sec(C_APP)
            else:
                pos = self.pick_pos(car, prov, 'A' if ch == 'AGENT' else 'S')
                dev = self.choice(pos.devs)
                sim = self.sim(pos, d)
                t = d * 86400 + self.sec(C_SHOP)
            capd = (ch == 'EKYC_APP') or d >= D_CAPTURE_SHOP or (self.c08 and d >= D_C08)
            if not capd:
                sf = fm = None
            elif careful:
                sf, fm = self.flip(holder.face, 6, 11), 0.72 + 0.16 * r()
            elif ch == 'EKYC_APP':
                sf, fm = self.near(user.face), 0.55 + 0.15 * r()
            elif r() < .3 and not (self.c08 and d >= D_C08):
                sf = fm = None
            else:
                sf, fm = self.near(user.face), 0.22 + 0.4 * r()
            popdb = self.popdb_legit(d)
            self.bump(holder, car, ch)
            usage = self.usage(d, 'P' if r() < .7 else 'S')
            self.emit_fraud(car, self.msisdn(car), sim, holder, t, ch, pos, dev, sf, fm, popdb,
                            self.status_legit(d, 'P', popdb), self.phone_of(user)[0], usage,
                            (0, 1, pat))

    # ------------------------------------------------------------------ driver
    def run(self):
        cats = self.cats
        gens = {
            'household': self.g_household, 'multi': self.g_multi, 'org_fleet': self.g_org_fleet,
            'org_iot': self.g_org_iot, 'promo': self.g_promo, 'tourist': self.g_tourist,
            'expat': self.g_expat, 'special': self.g_special,
            'preact_leaked': self.f_preact_leaked, 'preact_fab': self.f_preact_fab,
            'agent_own': self.f_agent_own, 'extra': self.f_extra, 'ring': self.f_ring,
            'farm': self.f_farm, 'simbox_org': self.f_simbox_org, 'otp': self.f_otp,
            'rented': self.f_rented, 'borrowed': self.f_borrowed,
        }
        fraud_names = set(self.sc.get('fraud', {}).keys())
        r = self.r
        N = self.N
        stall = 0
        while len(self.lines) < N:
            done = len(self.lines)
            look = done + max(50, N // 200)
            ws = []
            tot = 0.0
            for c in cats:
                w = c[1] * look - c[2]
                if w > 0:
                    tot += w
                    ws.append((tot, c))
            if not ws:
                c = cats[0]
            else:
                x = r() * tot
                c = ws[-1][1]
                for cum, cc in ws:
                    if x < cum:
                        c = cc
                        break
            name = c[0]
            if name in fraud_names:
                cap = max(3, int(N * c[1] * 0.35))
                gens[name](cap)
            else:
                gens[name]()
            c[2] += len(self.lines) - done
            if len(self.lines) == done:
                stall += 1
                if stall > 200:
                    self.g_household()
            else:
                stall = 0

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        keys = self.keys
        order = sorted(range(len(self.lines)), key=keys.__getitem__)
        lines = self.lines
        with open(os.path.join(out, 'batch.csv'), 'wb') as f:
            f.write(HEADER.encode('utf-8'))
            CH = 20000
            for i in range(0, len(order), CH):
                f.write(b''.join([lines[j] for j in order[i:i + CH]]))
        labs = sorted(self.labels, key=lambda x: (x[0], x[1]))
        with open(os.path.join(out, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write('carrier,msisdn,junk,non_owner,pattern\n')
            f.write(''.join('%s,%s,%d,%d,%s\n' % l for l in labs))


FOREIGN_P = WPick([((f[0], f[1], f[2], f[3], f[4]), f[1]) for f in FOREIGN])


def main(argv=None):
    ap = argparse.ArgumentParser(description='independent synthetic SIM-registration batch generator')
    ap.add_argument('--rows', type=int)
    ap.add_argument('--seed', default='0')
    ap.add_argument('--scenario', default='national_default')
    ap.add_argument('--out')
    ap.add_argument('--list-scenarios', action='store_true')
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k in SCENARIOS:
            print(k)
        return 0
    if a.rows is None or a.out is None:
        ap.error('--rows and --out are required')
    if a.scenario not in SCENARIOS:
        ap.error('unknown scenario %r (see --list-scenarios)' % a.scenario)
    if a.rows < 1:
        ap.error('--rows must be positive')
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    g.write(a.out)
    return 0


if __name__ == '__main__':
    sys.exit(main())
