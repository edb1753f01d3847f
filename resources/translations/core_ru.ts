<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>{problems}; {problem}</source>
        <extracomment>What a COUNT counts, as its refusal says it (&quot;days&quot;).</extracomment>
        <translation>{problems}; {problem}</translation>
    </message>
    <message>
        <source>role: &apos;{text}&apos; is not a role; use operator, supervisor or admin</source>
        <translation>роль: «{text}» — не роль; укажите operator, supervisor или admin</translation>
    </message>
    <message>
        <source>operator</source>
        <extracomment>A role&apos;s name in a refusal (&quot;olu is operator&quot;), to be said in the user&apos;s language.</extracomment>
        <translation>оператор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>контролёр</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs a supervisor or admin</source>
        <extracomment>The site signing key&apos;s private bytes, unwrapped at sign-in for a supervisor or admin who holds it (``services.anchors``); None for operators and actors made without a password.</extracomment>
        <translation>{name} — {role}; для действия «{action}» нужен контролёр или администратор</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an admin</source>
        <translation>{name} — {role}; для действия «{action}» нужен администратор</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an operator</source>
        <translation>{name} — {role}; для действия «{action}» нужен оператор</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has a &apos;,&apos;; this site writes decimals with &apos;.&apos;</source>
        <extracomment>A single figure above this is refused as absurd (10,000,000 ct). Money above this is refused as absurd (100 billion USD). Percentages (the settings&apos; tolerances) are kept as integer thousandths of a percent. Stones at or above this weight are &quot;specials&quot;, weighed and valued one by one. Value = carats x USD/ct is rounded to the cent half up (the one rounding in valuation). USD/ct shown from value / carats is rounded half up to the cent (display only).</extracomment>
        <translation>{field}: в «{text}» есть «,»; на этом объекте дробная часть отделяется «.»</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no thousands separator)</source>
        <translation>{field}: «{text}» — не простое число ({unit}): цифры и одна «,» или «.», без разделителя тысяч</translation>
    </message>
    <message>
        <source>{field}: enter a number of {unit}</source>
        <translation>{field}: введите число ({unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter {unit} of zero or more</source>
        <translation>{field}: «{text}» — отрицательное число; введите ноль или больше ({unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field}: «{text}» — не простое число ({unit}): цифры и одна «,» или «.», без экспоненты и разделителя тысяч</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field}: «{text}» — не простое число ({unit}): цифры и одна «.», без экспоненты и разделителя тысяч</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has more than {places} decimals; enter at most {places} (figures are never rounded)</source>
        <translation>{field}: в «{text}» больше {places} знаков после запятой; введите не больше {places} (числа никогда не округляются)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is too large</source>
        <translation>{field}: «{text}» — слишком большое число</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>караты</translation>
    </message>
    <message>
        <source>{field}: {text} ct is absurd (more than 10,000,000 ct); check the figure</source>
        <translation>{field}: {text} кар — нереально (больше 10 000 000 кар); проверьте число</translation>
    </message>
    <message>
        <source>{field}: enter a weight above 0.000 ct</source>
        <translation>{field}: введите вес больше 0.000 кар</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>доллары США</translation>
    </message>
    <message>
        <source>{field}: {text} USD is absurd; check the figure</source>
        <translation>{field}: {text} USD — нереально; проверьте число</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field}: введите сумму больше 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of stones</source>
        <translation>{field}: «{text}» — не целое число камней</translation>
    </message>
    <message>
        <source>{field}: {text} stones is absurd; check the count</source>
        <translation>{field}: {text} камней — нереально; проверьте количество</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of {unit} (0 or more)</source>
        <translation>{field}: «{text}» — не целое число ({unit}; 0 или больше)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number (0 or more)</source>
        <translation>{field}: «{text}» — не целое число (0 или больше)</translation>
    </message>
    <message>
        <source>percent</source>
        <extracomment>Thousands are grouped by &apos;,&apos; where &apos;.&apos; marks decimals, and by a no-break space where &apos;,&apos; does (never by &apos;.&apos;, which a &apos;.&apos; site would read as a decimal mark).</extracomment>
        <translation>проценты</translation>
    </message>
</context>
</TS>
