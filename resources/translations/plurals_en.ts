<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Verify FAILED: %n problems. {problems}</source>
        <translation>
            <numerusform>Verify FAILED: %n problem. {problems}</numerusform>
            <numerusform>Verify FAILED: %n problems. {problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more: the box&apos;s Show Details, and this line&apos;s tool tip, list every one.)</source>
        <translation>
            <numerusform>(%n more: the box&apos;s Show Details, and this line&apos;s tool tip, list it.)</numerusform>
            <numerusform>(%n more: the box&apos;s Show Details, and this line&apos;s tool tip, list every one.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify FAILED: %n problems; the first: {problem}</source>
        <translation>
            <numerusform>Verify FAILED: %n problem: {problem}</numerusform>
            <numerusform>Verify FAILED: %n problems; the first: {problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protected rows</source>
        <translation>
            <numerusform>%n protected row</numerusform>
            <numerusform>%n protected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed entries</source>
        <translation>
            <numerusform>%n signed entry</numerusform>
            <numerusform>%n signed entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries</source>
        <translation>
            <numerusform>%n ledger entry</numerusform>
            <numerusform>%n ledger entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sorting entries</source>
        <translation>
            <numerusform>%n sorting entry</numerusform>
            <numerusform>%n sorting entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger lines</source>
        <translation>
            <numerusform>%n ledger line</numerusform>
            <numerusform>%n ledger lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed parcels</source>
        <translation>
            <numerusform>%n sealed parcel</numerusform>
            <numerusform>%n sealed parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoints</source>
        <translation>
            <numerusform>%n checkpoint</numerusform>
            <numerusform>%n checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n lines</source>
        <translation>
            <numerusform>in %n line</numerusform>
            <numerusform>in %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count}{more} lots</source>
        <translation>
            <numerusform>{count}{more} lot</numerusform>
            <numerusform>{count}{more} lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movements dated in {year} were recorded after it ended (see the audit log).</source>
        <translation>
            <numerusform>%n movement dated in {year} was recorded after it ended (see the audit log).</numerusform>
            <numerusform>%n movements dated in {year} were recorded after it ended (see the audit log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories are valued at a price set after {year} ended (see the price book).</source>
        <translation>
            <numerusform>%n category is valued at a price set after {year} ended (see the price book).</numerusform>
            <numerusform>%n categories are valued at a price set after {year} ended (see the price book).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform>
            <numerusform>Exported %n rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows; nothing was imported.</source>
        <translation>
            <numerusform>%n bad row; nothing was imported.</numerusform>
            <numerusform>%n bad rows; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows in {path}; nothing was imported.</source>
        <translation>
            <numerusform>%n bad row in {path}; nothing was imported.</numerusform>
            <numerusform>%n bad rows in {path}; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>Imported %n category.</numerusform>
            <numerusform>Imported %n categories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n names.</source>
        <translation>
            <numerusform>Imported %n name.</numerusform>
            <numerusform>Imported %n names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stones counted</source>
        <translation>
            <numerusform>%n stone counted</numerusform>
            <numerusform>%n stones counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n categories</source>
        <translation>
            <numerusform>in %n category</numerusform>
            <numerusform>in %n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{bad} of %n rows are bad; nothing was imported. Mend the file and import it again.</source>
        <translation>
            <numerusform>{bad} of %n row is bad; nothing was imported. Mend the file and import it again.</numerusform>
            <numerusform>{bad} of %n rows are bad; nothing was imported. Mend the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows in {file}; nothing imported.</source>
        <translation>
            <numerusform>%n bad row in {file}; nothing imported.</numerusform>
            <numerusform>%n bad rows in {file}; nothing imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rows are good. Import them now?</source>
        <translation>
            <numerusform>The %n row is good. Import it now?</numerusform>
            <numerusform>All %n rows are good. Import them now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from {file}.</source>
        <translation>
            <numerusform>Imported %n row from {file}.</numerusform>
            <numerusform>Imported %n rows from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the file warn of what they change (each below).</source>
        <translation>
            <numerusform>%n row of the file warns of what it changes (below).</numerusform>
            <numerusform>%n rows of the file warn of what they change (each below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{goods}, %n stones</source>
        <translation>
            <numerusform>{goods}, %n stone</numerusform>
            <numerusform>{goods}, %n stones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{typed}&apos; matches %n categories: pick one (arrow keys, Enter) or type the whole code.</source>
        <translation>
            <numerusform>&apos;{typed}&apos; matches %n category: pick one (arrow keys, Enter) or type the whole code.</numerusform>
            <numerusform>&apos;{typed}&apos; matches %n categories: pick one (arrow keys, Enter) or type the whole code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current password was typed wrong %n times. Sign in again.</source>
        <translation>
            <numerusform>The current password was typed wrong %n time. Sign in again.</numerusform>
            <numerusform>The current password was typed wrong %n times. Sign in again.</numerusform>
        </translation>
    </message>
</context>
</TS>
