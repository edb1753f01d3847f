<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>lot &apos;{lot}&apos; does not exist</source>
        <translation>партии «{lot}» не существует</translation>
    </message>
    <message>
        <source>lot #{id} does not exist</source>
        <translation>партии #{id} не существует</translation>
    </message>
    <message>
        <source>receiving a lot</source>
        <translation>приёмка партии</translation>
    </message>
    <message>
        <source>carats: give the weighed carats, or the declared carats to weigh later</source>
        <translation>караты: укажите взвешенные караты или заявленные, чтобы взвесить позже</translation>
    </message>
    <message>
        <source>origin: give the country of origin</source>
        <translation>происхождение: укажите страну происхождения</translation>
    </message>
    <message>
        <source>give the mine or the supplier the lot came from</source>
        <translation>укажите рудник или поставщика, откуда поступила партия</translation>
    </message>
    <message>
        <source>seal: the same seal number is given twice</source>
        <translation>пломба: один и тот же номер пломбы указан дважды</translation>
    </message>
    <message>
        <source>HS code: use one of {codes}</source>
        <translation>код ТН ВЭД: используйте один из {codes}</translation>
    </message>
    <message>
        <source>lot {lot}: weighed {weighed} ct differs from declared {declared} ct beyond tolerance; a supervisor must acknowledge it</source>
        <translation>партия {lot}: взвешено {weighed} кар, что отличается от заявленных {declared} кар сверх допуска; контролёр должен это подтвердить</translation>
    </message>
    <message>
        <source>lot {lot} is sorting: only a weighed lot not yet sorted can be weighed again; correct its sorting entries instead</source>
        <translation>партия {lot} на сортировке: повторно взвесить можно только взвешенную, ещё не отсортированную партию; вместо этого исправьте её записи сортировки</translation>
    </message>
    <message>
        <source>lot {lot} is sorted: only a weighed lot not yet sorted can be weighed again</source>
        <translation>партия {lot} отсортирована: повторно взвесить можно только взвешенную, ещё не отсортированную партию</translation>
    </message>
    <message>
        <source>lot {lot} is awaiting weight: only a weighed lot not yet sorted can be weighed again</source>
        <translation>партия {lot} ожидает взвешивания: повторно взвесить можно только взвешенную, ещё не отсортированную партию</translation>
    </message>
    <message>
        <source>lot {lot} is {status}: only a weighed lot not yet sorted can be weighed again</source>
        <translation>партия {lot} в состоянии «{status}»: повторно взвесить можно только взвешенную, ещё не отсортированную партию</translation>
    </message>
    <message>
        <source>lot {lot} already exists; lot numbers are unique at this site</source>
        <translation>партия {lot} уже существует; номера партий на объекте уникальны</translation>
    </message>
    <message>
        <source>lot {lot} was received with {counted} stones counted; leave stones blank to keep that count (a supervisor may weigh the lot again with {stones} stones and a reason)</source>
        <translation>партия {lot} принята с подсчётом камней: {counted}; оставьте поле камней пустым, чтобы сохранить это число (контролёр может повторно взвесить партию с числом камней {stones}, указав причину)</translation>
    </message>
    <message>
        <source>weighing a lot</source>
        <translation>взвешивание партии</translation>
    </message>
    <message>
        <source>lot {lot} is already weighed ({ct} ct)</source>
        <translation>партия {lot} уже взвешена ({ct} кар)</translation>
    </message>
    <message>
        <source>correcting a lot&apos;s weight</source>
        <translation>исправление веса партии</translation>
    </message>
    <message>
        <source>carats: enter a weight above 0.000 ct</source>
        <translation>караты: введите вес больше 0.000 кар</translation>
    </message>
    <message>
        <source>lot {lot} already weighs {ct} ct</source>
        <translation>партия {lot} уже весит {ct} кар</translation>
    </message>
    <message>
        <source>lot {lot} has {count} receipts in the ledger, not 1</source>
        <translation>у партии {lot} в учёте приходных проводок: {count}, а не 1</translation>
    </message>
    <message>
        <source>lot {lot} weighed again: {ct} ct</source>
        <translation>партия {lot} взвешена повторно: {ct} кар</translation>
    </message>
    <message>
        <source>acknowledging a weight difference</source>
        <translation>подтверждение расхождения по весу</translation>
    </message>
    <message>
        <source>lot {lot} has no weight difference to acknowledge</source>
        <translation>у партии {lot} нет расхождения по весу для подтверждения</translation>
    </message>
    <message>
        <source>lot {lot}: the weight difference is already acknowledged</source>
        <translation>партия {lot}: расхождение по весу уже подтверждено</translation>
    </message>
    <message>
        <source>listing lots</source>
        <translation>просмотр списка партий</translation>
    </message>
</context>
</TS>
