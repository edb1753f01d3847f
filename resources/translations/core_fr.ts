<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>{problems}; {problem}</source>
        <extracomment>What a COUNT counts, as its refusal says it (&quot;days&quot;).</extracomment>
        <translation>{problems} ; {problem}</translation>
    </message>
    <message>
        <source>role: &apos;{text}&apos; is not a role; use operator, supervisor or admin</source>
        <translation>rôle : « {text} » n&apos;est pas un rôle ; utilisez operator, supervisor ou admin</translation>
    </message>
    <message>
        <source>operator</source>
        <extracomment>A role&apos;s name in a refusal (&quot;olu is operator&quot;), to be said in the user&apos;s language.</extracomment>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs a supervisor or admin</source>
        <extracomment>The site signing key&apos;s private bytes, unwrapped at sign-in for a supervisor or admin who holds it (``services.anchors``); None for operators and actors made without a password.</extracomment>
        <translation>{name} est {role} ; {action} demande un superviseur ou un administrateur</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an admin</source>
        <translation>{name} est {role} ; {action} demande un administrateur</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an operator</source>
        <translation>{name} est {role} ; {action} demande un opérateur</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has a &apos;,&apos;; this site writes decimals with &apos;.&apos;</source>
        <extracomment>A single figure above this is refused as absurd (10,000,000 ct). Money above this is refused as absurd (100 billion USD). Percentages (the settings&apos; tolerances) are kept as integer thousandths of a percent. Stones at or above this weight are &quot;specials&quot;, weighed and valued one by one. Value = carats x USD/ct is rounded to the cent half up (the one rounding in valuation). USD/ct shown from value / carats is rounded half up to the cent (display only).</extracomment>
        <translation>{field} : « {text} » contient une « , » ; ce site écrit les décimales avec « . »</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no thousands separator)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre simple (en {unit}) : des chiffres et une « , » ou un « . », sans séparateur de milliers</translation>
    </message>
    <message>
        <source>{field}: enter a number of {unit}</source>
        <translation>{field} : saisissez un nombre (en {unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter {unit} of zero or more</source>
        <translation>{field} : « {text} » est négatif ; saisissez zéro ou plus (en {unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre simple (en {unit}) : des chiffres et une « , » ou un « . », sans exposant ni séparateur de milliers</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre simple (en {unit}) : des chiffres et un « . », sans exposant ni séparateur de milliers</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has more than {places} decimals; enter at most {places} (figures are never rounded)</source>
        <translation>{field} : « {text} » a plus de {places} décimales ; saisissez-en au plus {places} (les chiffres ne sont jamais arrondis)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is too large</source>
        <translation>{field} : « {text} » est trop grand</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>carats</translation>
    </message>
    <message>
        <source>{field}: {text} ct is absurd (more than 10,000,000 ct); check the figure</source>
        <translation>{field} : {text} ct est absurde (plus de 10 000 000 ct) ; vérifiez le chiffre</translation>
    </message>
    <message>
        <source>{field}: enter a weight above 0.000 ct</source>
        <translation>{field} : saisissez un poids supérieur à 0.000 ct</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>dollars US</translation>
    </message>
    <message>
        <source>{field}: {text} USD is absurd; check the figure</source>
        <translation>{field} : {text} USD est absurde ; vérifiez le chiffre</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field} : saisissez un montant supérieur à 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of stones</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre entier de pierres</translation>
    </message>
    <message>
        <source>{field}: {text} stones is absurd; check the count</source>
        <translation>{field} : {text} pierres est absurde ; vérifiez le nombre</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of {unit} (0 or more)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre entier (en {unit}, 0 ou plus)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number (0 or more)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre entier (0 ou plus)</translation>
    </message>
    <message>
        <source>percent</source>
        <extracomment>Thousands are grouped by &apos;,&apos; where &apos;.&apos; marks decimals, and by a no-break space where &apos;,&apos; does (never by &apos;.&apos;, which a &apos;.&apos; site would read as a decimal mark).</extracomment>
        <translation>pour cent</translation>
    </message>
</context>
</TS>
