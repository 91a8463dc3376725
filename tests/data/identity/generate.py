#!/usr/bin/env python3
"""Writes records.jsonl and labels.csv: a labelled identity-resolution set with its traps.

Each record is a canonical record (fields as docs/architecture.md names them) with the person it
truly belongs to. Deterministic: re-running gives the same files. Traps: a family sharing a
landline, the shop's own support address on orders of many customers, typos, full-width forms,
Chinese names written in Han and in pinyin, Gmail dots/+tags, two CRM records with conflicting
ids on one address, two different people with the same name in the same city.
"""
import csv, json, random

rnd = random.Random(4)
records = []
seq = {"crm": 0, "shop": 0, "helpdesk": 0, "contact": 0, "marketing": 0}


def add(person, source, stream, entity, fields, day=1):
    seq[source] += 1
    prefix = {"crm": "CRM-%06d", "shop": "SO-%07d", "helpdesk": "T-%06d", "contact": "IX-%07d",
              "marketing": "ME-%08d"}[source]
    sid = prefix % seq[source]
    records.append({"source": source, "stream": stream, "entity": entity, "source_id": sid, "person": person,
                    "updated_at": "2024-%02d-%02dT10:00:00Z" % (1 + seq[source] % 12, 1 + day % 28),
                    "fields": {k: v for k, v in fields.items() if v is not None}})
    return sid


def person(pid, name, email, phone, country="CN", city="Shanghai", alt_names=(), alt_emails=(), alt_phones=(),
           wechat=None, orders=2, tickets=1, calls=1, events=2):
    crm = add(pid, "crm", "customers", "customer",
              {"name": name, "email": email, "phone": phone, "country": country, "city": city,
               "wechat_openid": wechat})
    names = [name] + list(alt_names)
    emails = [email] + list(alt_emails)
    phones = [phone] + list(alt_phones)
    for i in range(orders):
        add(pid, "shop", "orders", "order",
            {"number": str(100000 + seq["shop"] + 1), "name": names[(i + 1) % len(names)],
             "email": emails[(i + 1) % len(emails)], "customer_id": crm if i == 0 else None,
             "total": 10.0 + i, "currency": "CNY"})
    for i in range(tickets):
        add(pid, "helpdesk", "tickets", "ticket",
            {"number": "#%d" % (40000 + seq["helpdesk"] + 1), "name": names[i % len(names)],
             "phone": phones[i % len(phones)], "subject": "Question %d" % i, "status": "open"})
    for i in range(calls):
        add(pid, "contact", "interactions", "interaction",
            {"channel": "wechat" if wechat else "call", "name": names[-1 - (i % len(names))],
             "phone": phones[-1 - (i % len(phones))], "wechat_openid": wechat})
    for i in range(events):
        add(pid, "marketing", "events", "campaign_event",
            {"campaign_id": "C%d" % i, "event_type": "open", "email": emails[i % len(emails)]})


# Chinese names, also written in pinyin, full-width and upper case.
person("P01", "张伟", "zw@example.com", "+86 138-0013-8000", alt_names=["Zhang Wei", "ZHANG  WEI"],
       alt_emails=["z.w+shop@example.com"], alt_phones=["13800138000"], wechat="o6_bmjrPTlm6_2sgVt7hMZOPfL2M")
person("P02", "王芳", "wangfang@163.com", "13912345678", alt_names=["Wang Fang", "Fang Wang"])
person("P03", "李娜", "lina88@qq.com", "+86 137 0000 1111", alt_names=["Li Na"], alt_phones=["137-0000-1111"])
person("P04", "刘洋", "liuyang@sina.com", "18612345678", alt_names=["Liu Yang", "ＬＩＵ　ＹＡＮＧ"])
person("P05", "陈静", "chenjing@126.com", "15011112222", city="Beijing", alt_names=["Chen Jing"])
person("P06", "赵磊", "zhaolei@qq.com", "13622223333", city="Shenzhen", alt_names=["Zhao Lei", "ZHAO Lei"],
       wechat="o6_zhaolei_openid_0001")
person("P07", "黄敏", "huangmin@163.com", "13733334444", city="Guangzhou", alt_names=["Huang Min"])
person("P08", "周杰", "zhoujie@outlook.com", "13844445555", alt_names=["Zhou Jie"],
       alt_emails=["zhoujie+news@outlook.com"])
# English names with typos, Gmail provider rules and full-width forms.
person("P10", "Jonathan Smith", "jon.smith@gmail.com", "+1 415 555 0101", country="US", city="San Francisco",
       alt_names=["Jonathan Smyth", "Jonathon Smith"], alt_emails=["jonsmith+shop@gmail.com", "JON.SMITH@GMAIL.COM"])
person("P11", "Mary Johnson", "mary.johnson@gmail.com", "+1 212 555 0199", country="US", city="New York",
       alt_names=["Ｍａｒｙ　Ｊｏｈｎｓｏｎ", "Mary  Johnson"], alt_emails=["maryjohnson+promo@googlemail.com"])
person("P12", "Robert Brown", "rbrown@example.org", "+44 20 7946 0958", country="GB", city="London",
       alt_names=["Robert Browne", "ROBERT  BROWN"], alt_phones=["020 7946 0958"])
person("P13", "Emily Davis", "emily.davis@example.com", "+1 646 555 0147", country="US", city="New York",
       alt_names=["Emily Davies"])
person("P14", "Michael Miller", "m.miller@example.net", "+1 312 555 0112", country="US", city="Chicago",
       alt_names=["Micheal Miller"])
person("P15", "Sarah Wilson", "sarah.wilson@example.com", "+61 2 9374 4000", country="AU", city="Sydney",
       alt_names=["Sara Wilson"])
FIRST = []
LAST = []
for i in range(16, 40):
    first = ["James", "Linda", "David", "Susan", "Daniel", "Karen", "Paul", "Nancy", "Mark", "Lisa", "Steven",
             "Betty", "Kevin", "Helen", "Brian", "Sandra", "George", "Donna", "Edward", "Carol", "Ronald", "Ruth",
             "Anthony", "Sharon"][i - 16]
    last = ["Taylor", "Anderson", "Thomas", "Jackson", "White", "Harris", "Martin", "Thompson", "Garcia",
            "Martinez", "Robinson", "Clark", "Rodriguez", "Lewis", "Lee", "Walker", "Hall", "Allen", "Young",
            "King", "Wright", "Lopez", "Hill", "Scott"][i - 16]
    FIRST.append(first)
    LAST.append(last)
    person("P%02d" % i, "%s %s" % (first, last), "%s.%s@example.com" % (first.lower(), last.lower()),
           "+1 617 555 %04d" % (1000 + i), country="US", city="Boston", orders=1 + i % 3, events=i % 3)

# Trap: a family on one landline; each has their own e-mail; calls carry the caller's name.
family = "+86 10 6552 9988"
person("P40", "Li Ming", "liming@163.com", family, city="Beijing", alt_names=["李明"])
person("P41", "Wang Li", "wangli@163.com", family, city="Beijing", alt_names=["王丽"])
person("P42", "Li Xiaoming", "lixiaoming@qq.com", family, city="Beijing", alt_names=["李小明"])

# Trap: the shop's own support address typed on orders of many customers (phone is the customer's).
for i in range(20, 25):
    pid, name, phone = "P%02d" % i, "%s %s" % (FIRST[i - 16], LAST[i - 16]), "+1 617 555 %04d" % (1000 + i)
    add(pid, "shop", "orders", "order", {"number": str(200000 + seq["shop"]), "name": name,
                                         "email": "support@shop-demo.com", "phone": phone, "total": 5.0})
    add(pid, "helpdesk", "tickets", "ticket", {"number": "#%d" % (50000 + seq["helpdesk"]), "name": name,
                                               "email": "support@shop-demo.com", "phone": phone})

# Trap: two CRM records with conflicting ids on one address (a shared mailbox of two colleagues).
add("P50", "crm", "customers", "customer", {"name": "Chen Wei", "email": "office@chen-trading.cn",
                                            "phone": "13566667777", "city": "Hangzhou"})
add("P51", "crm", "customers", "customer", {"name": "Chen Wei", "email": "office@chen-trading.cn",
                                            "phone": "13588889999", "city": "Hangzhou"})
add("P50", "helpdesk", "tickets", "ticket", {"number": "#60001", "name": "Chen Wei", "phone": "135 6666 7777"})
add("P51", "helpdesk", "tickets", "ticket", {"number": "#60002", "name": "陈伟", "phone": "135 8888 9999"})

# Trap: same name, same city, different people (no shared key) — a suspected duplicate, not a link.
add("P60", "crm", "customers", "customer", {"name": "Wang Jun", "email": "wj1@example.com",
                                            "phone": "13100001111", "city": "Nanjing"})
add("P61", "crm", "customers", "customer", {"name": "Wang Jun", "email": "wangjun.nj@example.com",
                                            "phone": "13200002222", "city": "Nanjing"})
add("P60", "shop", "orders", "order", {"number": "300001", "name": "Wang Jun", "email": "wj1@example.com"})
add("P61", "shop", "orders", "order", {"number": "300002", "name": "王军", "phone": "132 0000 2222"})

# Fuzzy positive: same person with a new e-mail domain and a new area code, same last digits.
add("P13", "helpdesk", "tickets", "ticket", {"number": "#70001", "name": "Emily Davis",
                                             "email": "emily.davis@work-mail.com", "phone": "+1 917 555 0147"})

# Impossible phone numbers and broken e-mails are not keys (the records still land).
add("P70", "shop", "orders", "order", {"number": "400001", "name": "Nobody Known", "email": "not-an-email",
                                       "phone": "12345"})

with open("records.jsonl", "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("labels.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "source_id", "person"])
    for r in records:
        w.writerow([r["source"], r["source_id"], r["person"]])
print(len(records), "records,", len({r["person"] for r in records}), "people")

# The same set as file exports for `c360 import`: one JSONL file and one stream mapping per stream.
import os
os.makedirs("import", exist_ok=True)
FIELDS = ["name", "email", "phone", "country", "city", "wechat_openid", "number", "customer_id", "currency",
          "subject", "status", "channel", "campaign_id", "event_type"]
streams = {}
for r in records:
    streams.setdefault((r["source"], r["stream"], r["entity"]), []).append(r)
for (source, stream, entity), rows in sorted(streams.items()):
    mapping = {"entity": entity,
               "map": dict({"source_id": "/source_id", "updated_at": {"path": "/updated_at", "type": "datetime"},
                            "total": {"path": "/fields/total", "type": "number"}},
                           **{f: "/fields/" + f for f in FIELDS})}
    with open("import/%s.mapping.json" % entity, "w", encoding="utf-8") as f:
        json.dump(mapping, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open("import/%s-%s.jsonl" % (source, stream), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("source_id", "updated_at", "fields")}, ensure_ascii=False) + "\n")
