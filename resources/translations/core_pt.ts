<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>{problems}; {problem}</source>
        <extracomment>What a COUNT counts, as its refusal says it (&quot;days&quot;).</extracomment>
        <translation>{problems}; {problem}</translation>
    </message>
    <message>
        <source>role: &apos;{text}&apos; is not a role; use operator, supervisor or admin</source>
        <translation>função: &apos;{text}&apos; não é uma função; use operator, supervisor ou admin</translation>
    </message>
    <message>
        <source>operator</source>
        <extracomment>A role&apos;s name in a refusal (&quot;olu is operator&quot;), to be said in the user&apos;s language.</extracomment>
        <translation>operador</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs a supervisor or admin</source>
        <extracomment>The site signing key&apos;s private bytes, unwrapped at sign-in for a supervisor or admin who holds it (``services.anchors``); None for operators and actors made without a password.</extracomment>
        <translation>{name} é {role}; {action} requer um supervisor ou administrador</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an admin</source>
        <translation>{name} é {role}; {action} requer um administrador</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an operator</source>
        <translation>{name} é {role}; {action} requer um operador</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has a &apos;,&apos;; this site writes decimals with &apos;.&apos;</source>
        <extracomment>A single figure above this is refused as absurd (10,000,000 ct). Money above this is refused as absurd (100 billion USD). Percentages (the settings&apos; tolerances) are kept as integer thousandths of a percent. Stones at or above this weight are &quot;specials&quot;, weighed and valued one by one. Value = carats x USD/ct is rounded to the cent half up (the one rounding in valuation). USD/ct shown from value / carats is rounded half up to the cent (display only).</extracomment>
        <translation>{field}: &apos;{text}&apos; tem uma &apos;,&apos;; este local escreve as casas decimais com &apos;.&apos;</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no thousands separator)</source>
        <translation>{field}: &apos;{text}&apos; não é um número simples (em {unit}): algarismos e uma &apos;,&apos; ou &apos;.&apos;, sem separador de milhares</translation>
    </message>
    <message>
        <source>{field}: enter a number of {unit}</source>
        <translation>{field}: introduza um número (em {unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter {unit} of zero or more</source>
        <translation>{field}: &apos;{text}&apos; é negativo; introduza zero ou mais (em {unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field}: &apos;{text}&apos; não é um número simples (em {unit}): algarismos e uma &apos;,&apos; ou &apos;.&apos;, sem expoente nem separador de milhares</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field}: &apos;{text}&apos; não é um número simples (em {unit}): algarismos e um &apos;.&apos;, sem expoente nem separador de milhares</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has more than {places} decimals; enter at most {places} (figures are never rounded)</source>
        <translation>{field}: &apos;{text}&apos; tem mais de {places} casas decimais; introduza no máximo {places} (os valores nunca são arredondados)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is too large</source>
        <translation>{field}: &apos;{text}&apos; é demasiado grande</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>quilates</translation>
    </message>
    <message>
        <source>{field}: {text} ct is absurd (more than 10,000,000 ct); check the figure</source>
        <translation>{field}: {text} ct é absurdo (mais de 10 000 000 ct); verifique o valor</translation>
    </message>
    <message>
        <source>{field}: enter a weight above 0.000 ct</source>
        <translation>{field}: introduza um peso acima de 0.000 ct</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>dólares americanos</translation>
    </message>
    <message>
        <source>{field}: {text} USD is absurd; check the figure</source>
        <translation>{field}: {text} USD é absurdo; verifique o valor</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field}: introduza um montante acima de 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of stones</source>
        <translation>{field}: &apos;{text}&apos; não é um número inteiro de pedras</translation>
    </message>
    <message>
        <source>{field}: {text} stones is absurd; check the count</source>
        <translation>{field}: {text} pedras é absurdo; verifique a contagem</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of {unit} (0 or more)</source>
        <translation>{field}: &apos;{text}&apos; não é um número inteiro (em {unit}, 0 ou mais)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number (0 or more)</source>
        <translation>{field}: &apos;{text}&apos; não é um número inteiro (0 ou mais)</translation>
    </message>
    <message>
        <source>percent</source>
        <extracomment>Thousands are grouped by &apos;,&apos; where &apos;.&apos; marks decimals, and by a no-break space where &apos;,&apos; does (never by &apos;.&apos;, which a &apos;.&apos; site would read as a decimal mark).</extracomment>
        <translation>percentagem</translation>
    </message>
</context>
</TS>
