#!/usr/bin/env python3
"""Writes src/main/resources/identity/common-passwords.txt: the words no password may contain.

Deterministic, nothing downloaded. The policy (org.zhiben.identity.PasswordPolicy) looks for each word as a
substring of the password, forwards and backwards, case-insensitively, also after undoing common symbol/digit
substitutions (@→a, 0→o, 1→i/l, 3→e, $/5→s, 7→t, !→i, 4→a), so 'P@ssw0rd!', 'Password1' and 'drowssap' all hit
'password'. Variants with appended digits or years are therefore not listed. Straight keyboard rows, alphabet and
digit runs of six or more are caught by Passay's sequence rules; the walks listed here are the ones those rules
miss (columns, zig-zags, row pairs). Run from the repository root: python3 bench/passwords/common_passwords.py
"""
import itertools
import pathlib

WORDS = """
password passwd passw0rd passport admin administrator adminadmin root toor superuser sysadmin webmaster
welcome letmein iloveyou loveyou lovely loveme lover lovers monkey dragon master sunshine princess
football baseball basketball soccer hockey volleyball tennis shadow superman batman spiderman ironman
trustno1 starwars whatever freedom michael jennifer jordan charlie hunter ranger buster thomas tigger
robert harley pepper summer winter spring autumn flower flowers hello secret changeme default system
server login access guest killer computer internet google samsung apple orange banana cheese cookie
chocolate coffee purple yellow silver golden diamond money lucky angel angels jesus heaven matrix ninja
pokemon naruto cowboy cowboys yankees lakers liverpool arsenal chelsea barcelona juventus mustang
ferrari porsche corvette mercedes london paris berlin tokyo china family friend friends forever
sample example temp temporary passpass super power magic dolphin tiger tigers eagle eagles falcon
phoenix thunder lightning warrior soldier knight wizard dragonball sparky snoopy kitty hellokitty
cookie1 butterfly rainbow beautiful pretty sweety sweetheart honey babygirl babyboy mylove
justin andrew daniel joshua matthew anthony william jessica ashley amanda nicole michelle
hannah sophie oliver george harry charlie jack alexander alexis victoria natalie
qwerty qwertz azerty qwertyuiop asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx qazwsxedc 1qaz2wsx 1qaz2wsx3edc
zaq12wsx zaq1xsw2 1q2w3e4r 1q2w3e4r5t 1q2w3e q1w2e3r4 qwer1234 asdf1234 zxcv1234 qweasd qweasdzxc
asdqwe zxcasd qwe123 asd123 zxc123 abc123 abcd1234 a1b2c3 a1b2c3d4 aa123456 a123456 qq123456
147258 147258369 147852 147852369 159357 159753 741852 741852963 963852 321654 258369 123qwe 123abc
112233 121212 123123 131313 123321 654321 666888 888888 520520 5201314 1314520 1314521
woaini woaini1314 aini1314 woaiwojia wodemima mima123 nihao nihao123 zhongguo beijing shanghai shenzhen
guangzhou hangzhou chengdu wuhan nanjing tianjin xian chongqing huawei xiaomi baidu taobao tencent
alibaba weixin wechat zhangwei wangwei wangfang liwei lina liuyang zhangmin wangjing lijing zhangjing
liuwei wangli zhangli wangxiu zhanglei wanglei wangyong liyong zhangyong lijun wangjun zhangjun
zhiben anquan yingji anjian zhili yinhuan
test1 test12 test123 testing tester tester1 demo123 user1 user123 guest1 guest123 admin1 admin123
root123 pass1 pass12 pass123 passw pwd123 changeit changemenow letmein1 welcome1 secret1 default1
iloveu iloveu2 fuckyou fuckoff asshole bitch shit666 whatever1 nothing something anything
qwerty1 qwerty12 qwerty123 qwertyui asdfasdf qwerqwer zxczxc asdasd qweqwe abcabc
""".split()


def keyboard_walks():
    """Column walks (1qaz, 2wsx, …) of two to four neighbouring columns, down or up, plus row pairs."""
    columns = ["1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik,", "9ol.", "0p;/"]
    walks = set()
    for width in (2, 3, 4):
        for start in range(len(columns) - width + 1):
            run = columns[start:start + width]
            walks.add("".join(run))
            walks.add("".join(c[::-1] for c in run))
            walks.add("".join(run[::-1]))
    rows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
    for upper, lower in zip(rows, rows[1:]):
        for start in range(0, min(len(upper), len(lower)) - 2):
            for length in (3, 4):
                a, b = upper[start:start + length], lower[start:start + length]
                if len(a) == length and len(b) == length:
                    walks.add(a + b)
                    walks.add("".join(x + y for x, y in zip(a, b)))
    return {w for w in walks if len(w) >= 6 and all(ch.isalnum() for ch in w)}


def repeated_pairs():
    """Two-character and three-character units said twice or three times: 'abab12', '123123' and the like."""
    units = ["ab", "qw", "as", "zx", "12", "21", "69", "88", "abc", "qwe", "asd", "zxc", "123", "321", "520"]
    return {u * n for u in units for n in (2, 3) if len(u * n) >= 6}


def main():
    words = {w.lower() for w in WORDS if len(w) >= 5}
    words |= keyboard_walks()
    words |= repeated_pairs()
    out = pathlib.Path("src/main/resources/identity/common-passwords.txt")
    out.write_text("".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main()
