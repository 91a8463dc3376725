#!/usr/bin/env python3
"""Writes the HELD-OUT identity labelled set: tests/data/identity-holdout/{records.jsonl,labels.csv,import/}.

Never tune the resolver on it: it exists to measure identity resolution on data it was not developed
against. Different seed and different people than tests/data/identity/generate.py (the tuning set).

Four systems export as a new user would get them: a CRM (CSV), a shop (CSV), a helpdesk (JSONL, nested
requester) and a contact center (CSV). US and Chinese customers. Traps (from issue 9):
- US 10-digit numbers without a country code, many of them also valid Chinese landlines (212 = Shanghai 21,
  415/513/... = Chinese 3-digit area codes); +86 mobiles written many ways; full-width digits;
- extensions ("646.555.0100 ext. 12", "x204") and placeholders (anonymous, restricted, 0000000000);
- nicknames (Bill/William, Liz/Elizabeth, ...), a first name alone on a ticket or call, a surname changed
  after marriage while e-mail, phone and first name stay;
- family landlines and a shop's own support address / support line that must not glue people; a father
  and son with one name, one landline, one address and different birth dates;
- duplicates inside one system (two CRM ids: same phone, birth date and address);
- Hanzi / pinyin / word order / upper case, full-width names and e-mails, Gmail dots and +tags;
- birth_date and address on CRM and shop records; same name in the same city, different people.

Usage: tools/identity-holdout/generate.py [OUT_DIR [SEED]]   (default: tests/data/identity-holdout, 90210517)
Deterministic: re-running writes the same files. Another SEED writes a development sample of the same
kind (other people, same traps) to tune against; the held-out seed's files are only ever measured.
"""
import csv
import json
import os
import random
import sys

SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 90210517
rnd = random.Random(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "tests", "data",
                                                         "identity-holdout")

records = []
seq = {"crm": 0, "shop": 0, "helpdesk": 0, "contact": 0}
PREFIX = {"crm": "C%05d", "shop": "ORD-%06d", "helpdesk": "%d", "contact": "CALL-%07d"}
STREAM = {"crm": ("customers", "customer"), "shop": ("orders", "order"), "helpdesk": ("tickets", "ticket"),
          "contact": ("interactions", "interaction")}


def add(person, source, fields):
    seq[source] += 1
    sid = PREFIX[source] % (seq[source] + (880000 if source == "helpdesk" else 0))
    stream, entity = STREAM[source]
    month, day = 1 + rnd.randrange(12), 1 + rnd.randrange(28)
    records.append({"source": source, "stream": stream, "entity": entity, "source_id": sid, "person": person,
                    "updated_at": "2025-%02d-%02dT%02d:%02d:00Z" % (month, day, rnd.randrange(24), rnd.randrange(60)),
                    "fields": {k: v for k, v in fields.items() if v not in (None, "")}})
    return sid


# ---------------------------------------------------------------- names
US_FIRST_F = ["Olivia", "Ava", "Sophia", "Chloe", "Grace", "Hannah", "Natalie", "Audrey", "Claire", "Lucy", "Stella",
              "Violet", "Hazel", "Aurora", "Naomi", "Leah", "Ivy", "Madeline", "Julia", "Vivian"]
US_FIRST_M = ["Ethan", "Mason", "Logan", "Owen", "Caleb", "Isaac", "Wyatt", "Gavin", "Colin", "Miles", "Hudson",
              "Tristan", "Declan", "Silas", "Felix", "Jasper", "Rowan", "Emmett", "Graham", "Dominic"]
US_LAST = ["Whitaker", "Pennington", "Caldwell", "Holloway", "Ramsey", "Sutherland", "Gallagher", "Whitfield",
           "Prescott", "Donovan", "Hargrove", "Kensington", "Lockhart", "Merriweather", "Ashford", "Beaumont",
           "Castellano", "Delacroix", "Easterly", "Fairbanks", "Galloway", "Hathaway", "Iverson", "Jernigan",
           "Kowalski", "Lindqvist", "Montgomery", "Northcott", "Okafor", "Pemberton", "Quintero", "Rutherford",
           "Stanhope", "Thornbury", "Underwood", "Vandermeer", "Wexford", "Yarborough", "Zimmerman", "Abernathy",
           "Blackwood", "Carrington", "Dunleavy", "Ellsworth", "Fitzgerald", "Gutierrez", "Huxley", "Ingram"]
# Formal name -> what people write (public facts about English given names).
NICK = {"William": ["Bill", "Will", "Billy"], "Elizabeth": ["Liz", "Beth", "Betsy"], "Robert": ["Bob", "Rob"],
        "Margaret": ["Peggy", "Maggie"], "Katherine": ["Kate", "Kathy"], "Richard": ["Rick", "Dick"],
        "Thomas": ["Tom", "Tommy"], "Charles": ["Chuck", "Charlie"], "Alexandra": ["Sasha", "Alex"],
        "Edward": ["Ted", "Ed"], "Jennifer": ["Jenny", "Jen"], "Rebecca": ["Becky"], "Patricia": ["Patty", "Trish"],
        "Frederick": ["Fred"], "Christopher": ["Chris"], "Samantha": ["Sam"], "Victoria": ["Vicky", "Tori"],
        "Theodore": ["Ted", "Theo"], "Jonathan": ["Jon"], "Abigail": ["Abby"]}
CN_SURNAME = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
              ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
              ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"),
              ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"),
              ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao")]
CN_GIVEN = [("晓东", "Xiaodong"), ("丽华", "Lihua"), ("建国", "Jianguo"), ("秀英", "Xiuying"), ("志强", "Zhiqiang"),
            ("海燕", "Haiyan"), ("文博", "Wenbo"), ("雪梅", "Xuemei"), ("子涵", "Zihan"), ("浩然", "Haoran"),
            ("思雨", "Siyu"), ("俊杰", "Junjie"), ("欣怡", "Xinyi"), ("宇航", "Yuhang"), ("佳琪", "Jiaqi"),
            ("明轩", "Mingxuan"), ("婷", "Ting"), ("鹏", "Peng"), ("磊", "Lei"), ("静怡", "Jingyi"),
            ("国华", "Guohua"), ("春燕", "Chunyan"), ("立新", "Lixin"), ("美玲", "Meiling"), ("天宇", "Tianyu")]
CN_CITY = [("上海", "Shanghai", "021"), ("北京", "Beijing", "010"), ("广州", "Guangzhou", "020"),
           ("深圳", "Shenzhen", "0755"), ("杭州", "Hangzhou", "0571"), ("成都", "Chengdu", "028"),
           ("南京", "Nanjing", "025"), ("武汉", "Wuhan", "027")]
# US area codes; many are also Chinese area codes once the trunk 0 is dropped (212 -> 21 Shanghai + 8 digits).
US_AREA = [("New York", "212"), ("New York", "646"), ("New York", "718"), ("San Francisco", "415"),
           ("Seattle", "206"), ("Boston", "617"), ("Chicago", "312"), ("Los Angeles", "213"), ("Houston", "713"),
           ("Atlanta", "404"), ("Austin", "512"), ("Denver", "303"), ("Phoenix", "602"), ("Cincinnati", "513"),
           ("Portland", "503"), ("Dallas", "214"), ("Detroit", "313"), ("Philadelphia", "215")]
STREETS = ["Maple Ave", "Oak St", "Cedar Ln", "Elm St", "Pine Rd", "Birch Dr", "Willow Way", "Lakeview Blvd",
           "Hillcrest Rd", "Sunset Ave"]
CN_ROADS = ["南京西路", "淮海中路", "中山路", "人民路", "解放路", "建设路", "长安街", "天河路"]

used_names = set()
used_us_numbers = set()
used_cn_mobiles = set()


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def us_number(area):
    while True:
        n = "%s%d%02d%04d" % (area, rnd.randrange(2, 10), rnd.randrange(100), rnd.randrange(10000))
        if n[3:6] not in ("555", "911") and n[4:6] != "11" and n not in used_us_numbers:
            used_us_numbers.add(n)
            return n


def us_format(n, international=False):
    a, b, c = n[:3], n[3:6], n[6:]
    if international:
        return rnd.choice(["+1 %s %s %s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c), "+1-%s-%s-%s" % (a, b, c),
                           "+1%s" % n])
    return rnd.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), n,
                       "1-%s-%s-%s" % (a, b, c), "%s %s %s" % (a, b, c)])


def cn_mobile():
    while True:
        n = rnd.choice(["139", "138", "137", "136", "135", "150", "151", "158", "159", "186", "187", "188", "177",
                        "199", "166", "182"]) + "%08d" % rnd.randrange(10 ** 8)
        if n not in used_cn_mobiles:
            used_cn_mobiles.add(n)
            return n


def cn_mobile_format(n):
    return rnd.choice(["+86 %s %s %s" % (n[:3], n[3:7], n[7:]), n, "%s-%s-%s" % (n[:3], n[3:7], n[7:]),
                       "+86%s" % n, "0086 %s" % n, "%s %s %s" % (n[:3], n[3:7], n[7:]), fullwidth(n),
                       "+86-%s" % n])


def cn_landline(area):
    digits = 8 if len(area) == 3 else 7 + rnd.randrange(2)
    return area, "%d%0*d" % (rnd.randrange(2, 9), digits - 1, rnd.randrange(10 ** (digits - 1)))


def cn_landline_format(area, sub):
    half = len(sub) // 2
    return rnd.choice(["%s-%s" % (area, sub), "(%s) %s" % (area, sub), "+86 %s %s %s" % (area[1:], sub[:half],
                                                                                       sub[half:]),
                       "%s %s %s" % (area, sub[:half], sub[half:])])


def birth():
    return "%d-%02d-%02d" % (rnd.randrange(1950, 2004), 1 + rnd.randrange(12), 1 + rnd.randrange(28))


def gmail_variant(email):
    local, domain = email.split("@")
    if domain not in ("gmail.com", "googlemail.com"):
        return rnd.choice([email, email.upper(), email.capitalize()])
    bare = local.replace(".", "")
    return rnd.choice([local + "+shop@gmail.com", bare + "@gmail.com", local.upper() + "@GMAIL.COM",
                       bare + "+orders@googlemail.com", local + "@googlemail.com"])


def us_email(first, last):
    style = rnd.randrange(5)
    local = ["%s.%s" % (first, last), "%s%s" % (first[0], last), "%s.%s%d" % (first, last, rnd.randrange(10, 99)),
             "%s_%s" % (first, last), "%s%s" % (first, last[0])][style].lower()
    return local + "@" + rnd.choice(["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                                     "fastmail.com", "proton.me"])


def cn_email(pinyin_given, pinyin_sur):
    local = rnd.choice(["%s%s" % (pinyin_sur, pinyin_given), "%s.%s" % (pinyin_given, pinyin_sur),
                        "%s%s%d" % (pinyin_sur, pinyin_given, rnd.randrange(70, 99))]).lower()
    if rnd.random() < 0.3:
        return "%d@qq.com" % rnd.randrange(10 ** 7, 10 ** 10)
    return local + "@" + rnd.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com"])


def openid():
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
    return "oX" + "".join(rnd.choice(alphabet) for _ in range(26))


# ---------------------------------------------------------------- people
PEOPLE = []  # dicts describing each person, then their records


def us_person(pid, first=None, last=None, female=None, nick=None):
    if female is None:
        female = rnd.random() < 0.5
    while True:
        f = first or rnd.choice(US_FIRST_F if female else US_FIRST_M)
        l = last or rnd.choice(US_LAST)
        if (f, l) not in used_names or (first and last):
            break
    used_names.add((f, l))
    city, area = rnd.choice(US_AREA)
    number = us_number(area)
    p = {"pid": pid, "cn": False, "first": f, "last": l, "name": "%s %s" % (f, l), "email": us_email(f, l),
         "phone": number, "city": city, "country": "US", "nick": nick,
         "birth": birth() if rnd.random() < 0.8 else None,
         "address": "%d %s, %s" % (rnd.randrange(10, 9999), rnd.choice(STREETS), city) if rnd.random() < 0.8 else None}
    PEOPLE.append(p)
    return p


def cn_person(pid, city=None):
    while True:
        (sh, sp), (gh, gp) = rnd.choice(CN_SURNAME), rnd.choice(CN_GIVEN)
        if (sh, gh) not in used_names:
            break
    used_names.add((sh, gh))
    ch, cp, area = city or rnd.choice(CN_CITY)
    p = {"pid": pid, "cn": True, "han": sh + gh, "sur": sp, "given": gp, "name": sh + gh,
         "email": cn_email(gp, sp), "phone": cn_mobile(), "city": cp, "city_han": ch, "area": area, "country": "CN",
         "wechat": openid() if rnd.random() < 0.45 else None, "birth": birth() if rnd.random() < 0.75 else None,
         "address": "%s市%s%d号" % (ch, rnd.choice(CN_ROADS), rnd.randrange(1, 999)) if rnd.random() < 0.75 else None}
    PEOPLE.append(p)
    return p


def us_name_variant(p, allow_first_only=True):
    first = p["first"]
    if p.get("nick") and rnd.random() < 0.6:
        first = p["nick"]
    r = rnd.random()
    if allow_first_only and r < 0.12:
        return first
    if r < 0.2:
        return ("%s %s" % (first, p["last"])).upper()
    if r < 0.27:
        return "%s, %s" % (p["last"], first)
    if r < 0.32:
        return fullwidth("%s %s" % (first, p["last"]))
    return "%s %s" % (first, p["last"])


def cn_name_variant(p):
    return rnd.choice([p["han"], p["han"], "%s %s" % (p["sur"], p["given"]), "%s %s" % (p["given"], p["sur"]),
                       ("%s %s" % (p["sur"], p["given"])).upper(), fullwidth("%s %s" % (p["sur"], p["given"])),
                       "%s%s" % (p["sur"], p["given"])])


def phone_as_written(p, international_ok=True):
    if p["cn"]:
        return cn_mobile_format(p["phone"])
    return us_format(p["phone"], international=international_ok and rnd.random() < 0.3)


def records_for(p, crm=True, orders=None, tickets=None, calls=None, name_fn=None, extra=None):
    """The person's records across the four systems. Returns the CRM id (or None)."""
    extra = extra or {}
    name_fn = name_fn or (cn_name_variant if p["cn"] else us_name_variant)
    pid = p["pid"]
    crm_id = None
    if crm:
        crm_id = add(pid, "crm", {"name": p["name"] if not p["cn"] or rnd.random() < 0.8 else "%s %s" % (
            p["sur"], p["given"]), "email": p["email"], "phone": phone_as_written(p),
                                 "country": p["country"] if rnd.random() < 0.85 else None,
                                 "city": p["city"], "birth_date": p["birth"], "address": p["address"],
                                 "wechat_openid": p.get("wechat")})
    n_orders = rnd.randrange(0, 4) if orders is None else orders
    for i in range(n_orders):
        fields = {"number": "W%07d" % (1000000 + seq["shop"] + 1), "name": name_fn(p) if i else (
            p["name"] if not p["cn"] else cn_name_variant(p)),
                  "email": gmail_variant(p["email"]) if rnd.random() < 0.5 else p["email"],
                  "customer_id": crm_id if (crm_id and i == 0 and rnd.random() < 0.6) else None,
                  "phone": phone_as_written(p) if rnd.random() < 0.35 else None,
                  "country": p["country"] if rnd.random() < 0.7 else None,
                  "address": p["address"] if rnd.random() < 0.7 else None,
                  "total": round(rnd.uniform(8, 400), 2), "currency": "CNY" if p["cn"] else "USD"}
        fields.update(extra.get("order", {}))
        add(pid, "shop", fields)
    n_tickets = rnd.randrange(0, 3) if tickets is None else tickets
    for i in range(n_tickets):
        use_email = rnd.random() < 0.65
        phone = None
        if not use_email or rnd.random() < 0.3:
            phone = phone_as_written(p, international_ok=False)
            if not p["cn"] and rnd.random() < 0.3:
                phone += rnd.choice([" ext. %d" % rnd.randrange(2, 400), " x%d" % rnd.randrange(100, 999),
                                     " ext %d" % rnd.randrange(2, 99)])
        fields = {"name": name_fn(p), "email": (gmail_variant(p["email"]) if rnd.random() < 0.3 else p["email"])
                  if use_email else None, "phone": phone, "subject": "Question %d" % rnd.randrange(1000),
                  "status": rnd.choice(["open", "pending", "solved"])}
        fields.update(extra.get("ticket", {}))
        add(pid, "helpdesk", fields)
    n_calls = rnd.randrange(1, 4) if calls is None else calls
    for i in range(n_calls):
        if p["cn"] and p.get("wechat") and rnd.random() < 0.5:
            fields = {"channel": "wechat", "name": name_fn(p), "wechat_openid": p["wechat"]}
        else:
            fields = {"channel": rnd.choice(["call", "call", "sms"]),
                      "name": name_fn(p) if rnd.random() < 0.85 else None,
                      "phone": phone_as_written(p, international_ok=False)}
        fields.update(extra.get("call", {}))
        add(pid, "contact", fields)
    return crm_id


# Ordinary customers: 70 US (some with nicknames), 50 Chinese.
nick_people = []
for i, formal in enumerate(NICK):
    female = formal in ("Elizabeth", "Margaret", "Katherine", "Alexandra", "Jennifer", "Rebecca", "Patricia",
                        "Samantha", "Victoria", "Abigail")
    p = us_person("H%03d" % (len(PEOPLE) + 1), first=formal, last=US_LAST[i], female=female,
                  nick=rnd.choice(NICK[formal]))
    nick_people.append(p)
for _ in range(50):
    us_person("H%03d" % (len(PEOPLE) + 1))
for _ in range(50):
    cn_person("H%03d" % (len(PEOPLE) + 1))
for p in list(PEOPLE):
    records_for(p)

# Nicknames on records that share a strong key: a ticket and a call under the nickname alone or in full.
for p in nick_people:
    add(p["pid"], "helpdesk", {"name": "%s %s" % (p["nick"], p["last"]), "email": p["email"],
                               "subject": "Where is my order", "status": "open"})
    add(p["pid"], "contact", {"channel": "call", "name": p["nick"], "phone": us_format(p["phone"])})

# Surname changed after marriage: the new surname comes with the same e-mail, phone and first name.
for i in range(8):
    p = us_person("H%03d" % (len(PEOPLE) + 1), female=True)
    records_for(p, orders=1, tickets=0, calls=1)
    married = rnd.choice([l for l in US_LAST if l != p["last"]])
    for src in ("shop", "helpdesk"):
        f = {"name": "%s %s" % (p["first"], married), "email": p["email"], "phone": us_format(p["phone"])}
        if src == "shop":
            f.update({"number": "W%07d" % (1000000 + seq["shop"] + 1), "total": 42.0, "currency": "USD"})
        else:
            f.update({"subject": "Name change", "status": "open"})
        add(p["pid"], src, f)

# Families on one landline: each member has their own e-mail and mobile; calls from home carry the caller's name.
for fam in range(4):
    us = fam < 2
    members = []
    if us:
        last = US_LAST[30 + fam]
        city, area = rnd.choice(US_AREA)
        home = us_number(area)
        for first, female in (("Ethan", False), ("Claire", True), ("Lucy", True)):
            p = us_person("H%03d" % (len(PEOPLE) + 1), first=first if fam == 0 else rnd.choice(
                US_FIRST_F if female else US_FIRST_M), last=last, female=female)
            members.append(p)
        for p in members:
            records_for(p, tickets=1, calls=1)
            add(p["pid"], "contact", {"channel": "call", "name": p["first"] + " " + last, "phone": us_format(home)})
            add(p["pid"], "helpdesk", {"name": p["name"], "email": p["email"], "phone": us_format(home),
                                       "subject": "Delivery", "status": "open"})
    else:
        city = CN_CITY[fam]
        area, sub = cn_landline(city[2])
        for _ in range(3):
            members.append(cn_person("H%03d" % (len(PEOPLE) + 1), city=city))
        for p in members:
            records_for(p, tickets=1, calls=1)
            add(p["pid"], "contact", {"channel": "call", "name": cn_name_variant(p),
                                      "phone": cn_landline_format(area, sub)})
            add(p["pid"], "helpdesk", {"name": p["han"], "email": p["email"],
                                       "phone": cn_landline_format(area, sub), "subject": "配送", "status": "open"})

# Father and son: one name, one landline, one address, different birth dates and e-mails.
for k in range(2):
    last = US_LAST[40 + k]
    city, area = rnd.choice(US_AREA)
    home = us_number(area)
    address = "%d %s, %s" % (rnd.randrange(10, 999), rnd.choice(STREETS), city)
    father = us_person("H%03d" % (len(PEOPLE) + 1), first="Graham" if k == 0 else "Silas", last=last, female=False)
    son = us_person("H%03d" % (len(PEOPLE) + 1), first=father["first"], last=last, female=False)
    for p, born in ((father, "19%d-04-1%d" % (58 + k, k + 2)), (son, "19%d-09-2%d" % (88 + k, k + 3))):
        p["birth"], p["address"], p["city"] = born, address, city
        add(p["pid"], "crm", {"name": p["name"], "email": p["email"], "phone": us_format(home), "country": "US",
                              "city": city, "birth_date": born, "address": address})
        add(p["pid"], "shop", {"number": "W%07d" % (1000000 + seq["shop"] + 1), "name": p["name"],
                               "email": p["email"], "address": address, "total": 20.0, "currency": "USD"})
        add(p["pid"], "helpdesk", {"name": p["name"], "email": p["email"], "subject": "Account", "status": "open"})

# The shop's own support address and support line typed on orders and tickets of many customers.
support_people = rnd.sample([p for p in PEOPLE if not p["cn"]], 10)
for p in support_people:
    add(p["pid"], "shop", {"number": "W%07d" % (1000000 + seq["shop"] + 1), "name": p["name"],
                           "email": "help@brightcart-store.com", "phone": us_format(p["phone"]), "total": 9.5,
                           "currency": "USD"})
    add(p["pid"], "helpdesk", {"name": us_name_variant(p, allow_first_only=False),
                               "email": rnd.choice(["help@brightcart-store.com", "Help@BrightCart-Store.com"]),
                               "phone": rnd.choice(["(888) 412-7730", "1-888-412-7730"]),
                               "subject": "Forwarded by the shop", "status": "open"})
cn_support = rnd.sample([p for p in PEOPLE if p["cn"]], 6)
for p in cn_support:
    add(p["pid"], "shop", {"number": "W%07d" % (1000000 + seq["shop"] + 1), "name": p["han"],
                           "email": "kefu@jiayou-mall.cn", "phone": "400-820-8820", "total": 66.0,
                           "currency": "CNY"})

# Placeholder caller ids: never keys. The agent typed the caller's name and e-mail.
PLACEHOLDERS = ["anonymous", "Anonymous", "RESTRICTED", "restricted", "0000000000", "000-000-0000", "Unknown",
                "PRIVATE", "+1 000 000 0000", "0"]
for p in rnd.sample(PEOPLE, 24):
    add(p["pid"], "contact", {"channel": "call", "name": (p["han"] if p["cn"] else p["name"]),
                              "phone": rnd.choice(PLACEHOLDERS), "email": p["email"]})

# Duplicates inside one system: a second CRM id with the same phone, birth date and address.
dup_people = rnd.sample([p for p in PEOPLE if p["birth"] and p["address"] and p["pid"] not in
                         {q["pid"] for q in support_people}], 6)
for p in dup_people:
    add(p["pid"], "crm", {"name": cn_name_variant(p) if p["cn"] else us_name_variant(p, allow_first_only=False),
                          "phone": phone_as_written(p), "country": p["country"] if rnd.random() < 0.5 else None,
                          "city": p["city"], "birth_date": p["birth"], "address": p["address"]})

# Same name, same city, different people (no shared key; different birth dates): never linked.
for k in range(3):
    a = cn_person("H%03d" % (len(PEOPLE) + 1), city=CN_CITY[k])
    b = cn_person("H%03d" % (len(PEOPLE) + 1), city=CN_CITY[k])
    b.update({"han": a["han"], "sur": a["sur"], "given": a["given"], "name": a["name"]})
    a["birth"], b["birth"] = "1979-02-1%d" % k, "1993-11-2%d" % k
    records_for(a, orders=1, tickets=1, calls=1)
    records_for(b, orders=1, tickets=1, calls=1)
for k in range(2):
    a = us_person("H%03d" % (len(PEOPLE) + 1), first=["Owen", "Hazel"][k], last=US_LAST[44 + k])
    b = us_person("H%03d" % (len(PEOPLE) + 1), first=a["first"], last=a["last"])
    b["city"], b["address"] = a["city"], None
    a["birth"], b["birth"] = "1970-01-0%d" % (k + 1), "1999-12-1%d" % (k + 1)
    records_for(a, orders=1, tickets=1, calls=1)
    records_for(b, orders=1, tickets=1, calls=1)

# Full-width e-mails typed on a Chinese keyboard.
for p in rnd.sample([p for p in PEOPLE if p["cn"]], 5):
    add(p["pid"], "helpdesk", {"name": p["han"], "email": fullwidth(p["email"]), "subject": "发票", "status": "open"})

# ---------------------------------------------------------------- output
os.makedirs(os.path.join(OUT, "import"), exist_ok=True)
with open(os.path.join(OUT, "records.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "source_id", "person"])
    for r in records:
        w.writerow([r["source"], r["source_id"], r["person"]])

# Exports as the systems give them (column names of their own), and a stream mapping for each.
EXPORTS = {
    "crm": ("crm-customers.csv", ["Customer ID", "Full Name", "E-mail", "Phone", "Country", "City", "Date of Birth",
                                  "Mailing Address", "WeChat OpenID", "Last Modified"],
            {"source_id": "Customer ID", "name": "Full Name", "email": "E-mail", "phone": "Phone",
             "country": "Country", "city": "City", "birth_date": "Date of Birth", "address": "Mailing Address",
             "wechat_openid": "WeChat OpenID"}, "Last Modified"),
    "shop": ("shop-orders.csv", ["order_id", "order_number", "customer_ref", "ship_name", "email", "phone",
                                 "ship_country", "ship_address", "total", "currency", "updated"],
             {"source_id": "order_id", "number": "order_number", "customer_id": "customer_ref", "name": "ship_name",
              "email": "email", "phone": "phone", "country": "ship_country", "address": "ship_address",
              "currency": "currency"}, "updated"),
    "contact": ("contact-interactions.csv", ["Interaction ID", "Channel", "Customer Name", "ANI", "Email",
                                             "OpenID", "Started"],
                {"source_id": "Interaction ID", "channel": "Channel", "name": "Customer Name", "phone": "ANI",
                 "email": "Email", "wechat_openid": "OpenID"}, "Started"),
}
FIELD_OF = {}
for source, (fname, header, mapping, updated) in EXPORTS.items():
    inverse = {col: field for field, col in mapping.items()}
    with open(os.path.join(OUT, "import", fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in records:
            if r["source"] != source:
                continue
            row = []
            for col in header:
                if col == updated:
                    row.append(r["updated_at"].replace("T", " ").replace("Z", ""))
                elif col == "total":
                    row.append("%.2f" % r["fields"].get("total", 0))
                elif col in inverse:
                    field = inverse[col]
                    row.append(r["source_id"] if field == "source_id" else r["fields"].get(field, ""))
                else:
                    row.append("")
            w.writerow(row)
    stream, entity = STREAM[source]
    m = {"entity": entity, "map": {field: "/" + col for field, col in mapping.items()}}
    m["map"]["updated_at"] = {"path": "/" + updated, "type": "datetime"}
    if source == "shop":
        m["map"]["total"] = {"path": "/total", "type": "number"}
    with open(os.path.join(OUT, "import", "%s.mapping.json" % source), "w", encoding="utf-8") as f:
        json.dump(m, f, indent=1, ensure_ascii=False)
        f.write("\n")

# The helpdesk exports JSON lines with a nested requester.
with open(os.path.join(OUT, "import", "helpdesk-tickets.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        if r["source"] != "helpdesk":
            continue
        fl = r["fields"]
        requester = {k: fl[k] for k in ("name", "email", "phone") if k in fl}
        f.write(json.dumps({"id": int(r["source_id"]), "subject": fl.get("subject"), "status": fl.get("status"),
                            "requester": requester, "updated_at": r["updated_at"]}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "import", "helpdesk.mapping.json"), "w", encoding="utf-8") as f:
    json.dump({"entity": "ticket", "map": {"source_id": "/id", "name": "/requester/name",
                                           "email": "/requester/email", "phone": "/requester/phone",
                                           "subject": "/subject", "status": "/status",
                                           "updated_at": {"path": "/updated_at", "type": "datetime"}}},
              f, indent=1, ensure_ascii=False)
    f.write("\n")

pairs = {}
for r in records:
    pairs[r["person"]] = pairs.get(r["person"], 0) + 1
print(len(records), "records,", len(pairs), "people,", sum(n * (n - 1) // 2 for n in pairs.values()), "true pairs")
