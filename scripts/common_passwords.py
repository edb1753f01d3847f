"""Write resources/common-passwords.txt: passwords too common to accept (NIST SP 800-63B 3.1.1.2).

The list is generated here, not downloaded: the passwords that head every published list of
leaked passwords, then the systematic kinds that attackers try first (digit runs, keyboard walks,
repeated characters, common words and names with digits or years, sortapp's own words with years).
Only entries of 8 characters or more are written: shorter passwords are refused anyway. Entries
are lower case; sortapp compares case-insensitively.

Run: python scripts/common_passwords.py
"""

from __future__ import annotations

import itertools
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "common-passwords.txt"

MIN_LENGTH = 8

# The heads of the well-known leaked-password lists (as remembered, any length: suffixes below
# make the short ones long enough).
WELL_KNOWN = """
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball
abc123 football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang
1234567890 michael 654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer
trustno1 jordan jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger
sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars klaster 112233
george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777
pass maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole
chelsea biteme matthew access yankees 987654321 dallas austin thunder taylor matrix
william corvette hello martin heather secret merlin diamond 1234qwer gfhjkm hammer silver
222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick internet scooter orange
11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken sparky
snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea
smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar
monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq
purple hardcore banana junior hannah 123654 porsche lakers iceman money cowboys 987654
london tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon yamaha
chester mother forever johnny edward 333333 oliver redsox player nikita knight fender
barney midnight please brandy chicago badboy slayer rangers charles angel flower bigdaddy
rabbit wizard jasper enter rachel chris steven winner adidas victoria natasha 1q2w3e4r
jasmine winter prince panties marine ghbdtn fishing cocacola casper james 232323 raiders
888888 marlboro gandalf asdfasdf crystal 87654321 12344321 golden 8675309 panther lauren
angela thx1138 angels madison winston shannon mike toyota blowme jordan23 canada sophie
apples dick tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin johnson murphy cooper
jonathan liverpoo david danielle 159357 jackie 1990 123456a 789456 turtle horny abcd1234
scorpion qazwsxedc 101010 butter carlos password1 dennis slipknot qwerty123 booger asdf
1991 black startrek 12341234 cameron newyork rainbow nathan john 1992 rocket viking
redskins asdfghjkl 1212 sierra peaches gemini doctor wilson sandra helpme qwertyui victor
florida dolphin pookie captain tucker blue liverpool theman bandit dolphins maddog
packers jaguar lovers nicholas united tiffany maxwell zzzzzz nirvana jeremy suckit stupid
porn monica elephant giants jackass hotdog rosebud success debbie mountain 444444 xxxxxxxx
warrior 1q2w3e4r5t q1w2e3 123456q albert metallic lucky azerty 7777 shithead alex bond007
alexis 1111111 samson 5150 willie scorpio bonnie gators benjamin voodoo driver dexter
2112 jason calvin freddy 212121 creative 12345a sydney rush2112 1989 asdfghjk red123
bubba 4815162342 passw0rd trouble gunner happy fucking gordon legend jessie stella qwert
eminem arthur apple nissan bullshit bear america1 school saturn 654321a qwerty1 blink182
vanessa teresa wolf lovely kitty rebecca ginger1 purple1 password12 password123 iloveyou1
princess1 123456789a welcome1 admin administrator root toor letmein1 changeme default
guest user login master1 trustno1 sunshine1 shadow1 football1 baseball1 monkey1 dragon1
superman1 batman1 michael1 charlie1 jessica1 ashley1 michelle1 daniel1 qwertyuiop1
zaq12wsx zaq1zaq1 1qazxsw2 1qaz2wsx3edc qweasdzxc 123qweasd qweasd 1q2w3e 1qaz 2wsx
!qaz2wsx !qaz@wsx qwe123 asd123 zxc123 abc12345 abcdefg abcdefgh abcdefghi abcdefghij
iloveu iloveyou2 ihateyou fuckyou fuckyou1 fuckoff loveme lovelove babygirl baby sweetie
jesus jesus1 christ heaven angel1 blessed god faith hope trinity genesis
superstar rockstar shopping chocolate cupcake butterfly flowers friends family
computer1 internet1 security letmein! welcome! password! passw0rd! p@ssw0rd p@ssword
pa55word pa55w0rd passwort motdepasse contrasena senha parola wachtwoord haslo
sommer hallo schatz qwertz ficken bonjour soleil doudou chouchou azertyuiop
mypassword mypass newpassword oldpassword secret1 secret123 topsecret private
unknown nothing noname anything something whatever1 blahblah qwerty12 qwerty1234
trustme believe starwars1 pokemon1 minecraft fortnite roblox superman123 naruto
"""

# Common words and given names that people build passwords on (any length).
WORDS = """
password pass passwd admin administrator root user guest login welcome letmein secret
monkey dragon master shadow sunshine princess football baseball soccer hockey basketball
superman batman spiderman starwars pokemon iloveyou love lover lovely angel baby babygirl
michael jennifer jessica ashley michelle daniel david james john robert william richard
thomas charles joseph christopher matthew anthony mark donald steven paul andrew joshua
kevin brian george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric
stephen jonathan larry justin scott brandon frank benjamin gregory samuel raymond patrick
alexander jack dennis jerry tyler aaron henry douglas peter adam nathan zachary walter
kyle harold carl jeremy keith roger gerald ethan arthur terry christian sean lawrence
austin joe noah jesse albert bryan billy bruce willie jordan dylan alan ralph gabriel roy
juan wayne eugene logan randy louis russell vincent philip bobby johnny bradley mary
patricia linda barbara elizabeth maria susan margaret dorothy lisa nancy karen betty
helen sandra donna carol ruth sharon laura sarah kimberly deborah amy angela melissa
brenda anna rebecca kathleen pamela martha debra amanda stephanie carolyn christine
marie janet catherine frances ann joyce diane alice julie heather teresa doris gloria
evelyn jean cheryl mildred katherine joan emily judith rose janice kelly nicole judy
christina kathy theresa beverly denise tammy irene jane lori rachel marilyn andrea
kathryn louise sara anne jacqueline wanda bonnie julia ruby lois tina phyllis norma
paula diana annie lillian emma olivia sophia isabella mia charlotte amelia harper
summer winter spring autumn monday friday sunday january february march april june
july august september october november december
london paris berlin moscow tokyo newyork chicago boston dallas houston texas florida
california america canada mexico brazil africa london1 england scotland ireland
diamond diamonds diamante gold golden silver platinum money cash rich million dollar
rough stone stones gem gems jewel jewels jewellery jewelry crystal carat carats
kimberley kimberly antwerp gaborone botswana namibia angola congo sierra freetown
kinshasa jwaneng orapa debswana debeers sorting sorter sortapp sorthouse warehouse
office company business manager supervisor operator worker security service support
computer internet windows system server network hello hello123 test testing tester
qwerty asdfgh zxcvbn abc abcd abcde
chocolate cookie banana orange apple cherry pepper ginger coffee cheese butter
tiger lion eagle falcon shark wolf bear horse rabbit turtle dolphin monkey1 panda
killer hunter ranger knight warrior soldier pirate ninja samurai wizard legend hero
freedom liberty victory power energy thunder lightning storm fire water earth
heaven jesus christ god faith grace blessing blessed family friend friends forever
music guitar rock metal disney mickey snoopy garfield scooby barbie
mustang ferrari porsche mercedes toyota honda nissan yamaha harley corvette camaro
chelsea arsenal liverpool barcelona madrid juventus milan united city
"""

SUFFIXES = [
    "",
    "1",
    "2",
    "12",
    "123",
    "1234",
    "12345",
    "123456",
    "!",
    "1!",
    "123!",
    "@123",
    "#1",
    "01",
    "007",
    "69",
    "99",
    "00",
    "11",
    "13",
    "21",
    "22",
    "23",
    "77",
    "88",
    "321",
    "2024",
    "2025",
    "2026",
]

# Words people at a sorting house would build a password on, tried with every year.
SITE_WORDS = [
    "sortapp",
    "diamond",
    "diamonds",
    "password",
    "welcome",
    "admin",
    "kimberley",
    "botswana",
    "gaborone",
    "debswana",
    "sorting",
    "qwerty",
    "letmein",
    "summer",
    "winter",
    "monkey",
    "dragon",
]
YEARS = range(1950, 2041)

LEET = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})

KEYBOARD_ROWS = [
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "qwertzuiop",  # German layout
    "yxcvbnm",
    "azertyuiop",  # French layout
    "qsdfghjklm",
    "wxcvbn",
]

# Walks down the keyboard's columns (1qaz 2wsx ...) and other usual walks.
COLUMNS = ["1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik,", "9ol.", "0p;/"]
WALKS = """
1qaz2wsx 1qaz2wsx3edc 1qaz2wsx3edc4rfv 1qazxsw2 1qazxsw23edc zaq12wsx zaq1xsw2 zaq1zaq1
xsw2zaq1 2wsx1qaz 3edc2wsx1qaz !qaz2wsx !qaz@wsx 1qaz@wsx qazwsx qazwsxedc qazwsxedcrfv
qwer1234 qwert12345 qwerty123456 asdf1234 asdfg12345 zxcv1234 zxcvb12345 1234qwer 12345qwert
1234asdf 1234zxcv 123qweasd 123qweasdzxc qweasdzxc qweasd123 1q2w3e 1q2w3e4r 1q2w3e4r5t
1q2w3e4r5t6y 1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 a1s2d3f4
a1s2d3f4g5 z1x2c3v4 1a2s3d4f qwertyuiop asdfghjkl zxcvbnm qwertyuiopasdfghjkl mnbvcxz
poiuytrewq lkjhgfdsa ytrewq 0987654321 poiuyt asdfjkl; jkl;asdf qwaszx qwaszxer
qweqweqwe asdasdasd zxczxczxc qwerqwer asdfasdf zxcvzxcv 147258369 159357 159753 147852369
741852963 963852741 123654789 147896325 789456123 456123789 321654987 852456 2580
14789632 12369874 7895123 951753 753951 9632587 4563 1236987 12357896 1478963
"""


def digit_runs() -> set[str]:
    found: set[str] = set()
    up = "01234567890123456789"
    down = "98765432109876543210"
    for length in range(MIN_LENGTH, 21):
        for start in range(10):
            found.add(up[start : start + length] if start + length <= len(up) else "")
            found.add(down[start : start + length] if start + length <= len(down) else "")
    for length in range(MIN_LENGTH, 17):
        for d in "0123456789":
            found.add(d * length)
    # Repeated short groups: 12121212, 123123123, 11223344, 12341234, 00110011 ...
    for group_len in range(2, 5):
        for group in itertools.product("0123456789", repeat=group_len):
            text = "".join(group)
            if group_len == 4 and not _plain_group(text):
                continue
            for times in range(2, 6):
                candidate = text * times
                if MIN_LENGTH <= len(candidate) <= 16:
                    found.add(candidate)
    for n in range(1, 10):  # 11223344, 112233445566 ...
        pairs = "".join(str(d) * 2 for d in range(1, n + 1))
        found.add(pairs)
        found.add("".join(str(d) * 2 for d in range(0, n)))
    found.update({"8675309", "4815162342", "31415926", "314159265", "3141592653", "27182818"})
    found.discard("")
    return found


def _plain_group(text: str) -> bool:
    """Tell whether four digits are a group people repeat (1234, 1212, 6969, 0000 ...)."""
    return text[:2] == text[2:] or len(set(text)) == 1 or _is_run(text)


def _is_run(text: str) -> bool:
    steps = {int(b) - int(a) for a, b in itertools.pairwise(text)}
    return steps in ({1}, {-1})


def keyboard_walks() -> set[str]:
    found: set[str] = set(WALKS.split())
    for row in KEYBOARD_ROWS:
        for start in range(len(row)):
            for end in range(start + 4, len(row) + 1):
                piece = row[start:end]
                found.add(piece)
                found.add(piece[::-1])
                found.add(piece + piece)
                found.add(piece + "123")
                found.add(piece + "1")
    for count in range(2, len(COLUMNS) + 1):
        found.add("".join(COLUMNS[:count]))
        found.add("".join(c[::-1] for c in COLUMNS[:count]))
    top = "1234567890"
    letters = "qwertyuiop"
    for length in range(4, 11):
        found.add("".join(a + b for a, b in zip(top[:length], letters[:length], strict=True)))
        found.add("".join(b + a for a, b in zip(top[:length], letters[:length], strict=True)))
    return found


def repeated_characters() -> set[str]:
    found: set[str] = set()
    for ch in "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*.-_ ":
        for length in range(MIN_LENGTH, 17):
            found.add(ch * length)
    for a, b in itertools.product("abcxyzqwe", repeat=2):
        if a != b:
            found.add((a + b) * 4)
            found.add((a + b) * 5)
    return found


def word_forms() -> set[str]:
    found: set[str] = set()
    bases = set(WORDS.split()) | set(WELL_KNOWN.split())
    for word in bases:
        for suffix in SUFFIXES:
            found.add(word + suffix)
        found.add(word + word)
        found.add(word.translate(LEET))
        found.add(word.translate(LEET) + "1")
        found.add(word.translate(LEET) + "123")
        found.add("1" + word)
        found.add("123" + word)
        found.add("my" + word)
        found.add("ilove" + word)
    for word in SITE_WORDS:
        leet = word.translate(LEET)
        for year in YEARS:
            for sep in ("", "-", "_", "@", "."):
                found.add(f"{word}{sep}{year}")
            found.add(f"{word}{year % 100:02d}")
            found.add(f"{leet}{year}")
            found.add(f"{year}{word}")
            found.add(f"{word}{year}!")
    return found


def build() -> list[str]:
    candidates = (
        set(WELL_KNOWN.split())
        | digit_runs()
        | keyboard_walks()
        | repeated_characters()
        | word_forms()
    )
    return sorted({c.lower() for c in candidates if len(c) >= MIN_LENGTH})


def main() -> None:
    lines = build()
    header = [
        "# Passwords too common to accept (NIST SP 800-63B 3.1.1.2), generated by",
        "# scripts/common_passwords.py: the heads of the well-known leaked-password lists, digit",
        "# runs, keyboard walks, repeated characters, common words and names with digits and",
        "# years, and the words of this trade with years. Lower case; compared case-insensitively.",
        "# Only 8 characters or more: shorter passwords are refused anyway.",
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} passwords written to {OUT}")


if __name__ == "__main__":
    main()
