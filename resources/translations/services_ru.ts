<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>{field}: use one of {codes}</source>
        <extracomment>The default of the ``wdc_statement`` setting (the World Diamond Council&apos;s System of Warranties statement printed on invoices). Site settings with their defaults, as stored (text). The sheets documents are laid out for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
