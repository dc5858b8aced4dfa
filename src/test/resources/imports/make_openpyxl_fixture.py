"""Writes openpyxl-unknown-employers.xlsx: 200 talents of Jinhua whose employers the registry does not know,
as a provincial office's spreadsheet written by openpyxl (shared strings, its own styles and part layout).
Rows 1-100 name 金华华信（国际）贸易有限公司 with full-width brackets, rows 101-150 the same firm with half-width
brackets and a space, rows 151-200 five firms with a unified social credit code each (valid check character).
Run: python3 make_openpyxl_fixture.py  (openpyxl 3.1.5)"""
import datetime
import openpyxl

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body):
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - total % 31) % 31]


def identity(n):
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=n * 37)
    body = "330702" + birth.strftime("%Y%m%d") + "%03d" % (100 + n)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    return body + check


book = openpyxl.Workbook()
sheet = book.active
sheet.title = "人才信息"
sheet.append(["姓名", "身份证号码", "性别", "行政区划代码", "人才类别", "工作单位", "统一社会信用代码", "职务"])
codes = [credit_code("91330700MA2H%05d" % (41 + i)) for i in range(5)]
for n in range(200):
    if n < 100:
        employer, code = "金华华信（国际）贸易有限公司", None
    elif n < 150:
        employer, code = "金华华信(国际) 贸易有限公司", None
    else:
        employer, code = "金华第%d新材料有限公司" % (n % 5 + 1), codes[n % 5]
    sheet.append(["金" + "伟芳娜敏静"[n % 5] + str(n), identity(n), "男" if n % 2 else "女", "330700",
                  "企业知识产权管理人员", employer, code, "知识产权专员"])
book.save("openpyxl-unknown-employers.xlsx")
