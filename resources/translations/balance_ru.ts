<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>disconnected: reconnecting in {delay} s</source>
        <translation>отключены: повторное подключение через {delay} с</translation>
    </message>
    <message>
        <source>the balance is not connected: check its cable and power</source>
        <translation>весы не подключены: проверьте кабель и питание</translation>
    </message>
    <message>
        <source>the balance gave no stable reading</source>
        <translation>весы не дали стабильного показания</translation>
    </message>
    <message>
        <source>the balance was lost: {error}</source>
        <translation>связь с весами потеряна: {error}</translation>
    </message>
    <message>
        <source>Not zeroed: the balance is not connected.</source>
        <translation>Не обнулено: весы не подключены.</translation>
    </message>
    <message>
        <source>The balance refused to zero: {error}.</source>
        <translation>Весы отказались обнулиться: {error}.</translation>
    </message>
    <message>
        <source>Not zeroed: the balance was lost ({error}).</source>
        <translation>Не обнулено: связь с весами потеряна ({error}).</translation>
    </message>
    <message>
        <source>Balance {code} zeroed.</source>
        <translation>Весы {code} обнулены.</translation>
    </message>
    <message>
        <source>Not tared: the balance is not connected.</source>
        <translation>Тара не взята: весы не подключены.</translation>
    </message>
    <message>
        <source>The balance refused to tare: {error}.</source>
        <translation>Весы отказались взять тару: {error}.</translation>
    </message>
    <message>
        <source>Not tared: the balance was lost ({error}).</source>
        <translation>Тара не взята: связь с весами потеряна ({error}).</translation>
    </message>
    <message>
        <source>Balance {code} tared.</source>
        <translation>Весы {code}: тара взята.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключены</translation>
    </message>
    <message>
        <source>balance settings changed: reconnecting</source>
        <translation>настройки весов изменены: повторное подключение</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Караты</translation>
    </message>
    <message>
        <source>Capture (F9)</source>
        <translation>Снять (F9)</translation>
    </message>
    <message>
        <source>Take the balance&apos;s stable reading into the carats field (F9, or scan the capture barcode)</source>
        <translation>Внести стабильное показание весов в поле карат (F9 или сканируйте штрихкод снятия)</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Ноль</translation>
    </message>
    <message>
        <source>Set the empty balance to zero</source>
        <translation>Обнулить пустые весы</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>Тара</translation>
    </message>
    <message>
        <source>Take what is on the pan (a container) off the weights</source>
        <translation>Вычесть из массы то, что на чаше (тару)</translation>
    </message>
    <message>
        <source>Set up...</source>
        <translation>Настроить...</translation>
    </message>
    <message>
        <source>Choose the balance at this workstation</source>
        <translation>Выбрать весы на этом рабочем месте</translation>
    </message>
    <message>
        <source>Capture (F9, or the capture barcode) fills this field: the carats field with the cursor, or the one that had it last</source>
        <translation>Снятие (F9 или штрихкод снятия) заполняет это поле: поле карат с курсором или то, где курсор был последним</translation>
    </message>
    <message>
        <source>Balance {code} is not in the register: type the carats (an admin registers it, Settings, Balances).</source>
        <translation>Весов {code} нет в реестре: введите караты вручную (администратор регистрирует их: «Настройки», «Весы»).</translation>
    </message>
    <message>
        <source>No balance at this workstation: type the carats.</source>
        <translation>На этом рабочем месте нет весов: введите караты вручную.</translation>
    </message>
    <message>
        <source>A supervisor chooses this workstation&apos;s balance (Set up...)</source>
        <translation>Весы рабочего места выбирает старший смены («Настроить...»)</translation>
    </message>
    <message>
        <source>A supervisor or an admin chooses this workstation&apos;s balance</source>
        <translation>Весы рабочего места выбирает старший смены или администратор</translation>
    </message>
    <message>
        <source>another user signed in</source>
        <translation>вошёл другой пользователь</translation>
    </message>
    <message>
        <source>the workstation locked</source>
        <translation>рабочее место заблокировано</translation>
    </message>
    <message>
        <source>connecting to the balance...</source>
        <translation>подключение к весам...</translation>
    </message>
    <message>
        <source>Not connected: {state}</source>
        <translation>Не подключены: {state}</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>стабильно</translation>
    </message>
    <message>
        <source>moving: not stable yet</source>
        <translation>колеблется: ещё не стабильно</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>колеблется</translation>
    </message>
    <message>
        <source>Balance {code}, serial {serial}</source>
        <translation>Весы {code}, зав. № {serial}</translation>
    </message>
    <message>
        <source>Balance {code}, no serial number</source>
        <translation>Весы {code}, без заводского номера</translation>
    </message>
    <message>
        <source>Balance {code}</source>
        <translation>Весы {code}</translation>
    </message>
    <message>
        <source>balance {code} did not report its serial number: capture is blocked; check its protocol (Settings, Balances)</source>
        <translation>весы {code} не сообщили заводской номер: снятие заблокировано; проверьте их протокол («Настройки», «Весы»)</translation>
    </message>
    <message>
        <source>Capture blocked</source>
        <translation>Снятие заблокировано</translation>
    </message>
    <message>
        <source>calibration due {date}</source>
        <translation>калибровка до {date}</translation>
    </message>
    <message>
        <source>checked today</source>
        <translation>проверены сегодня</translation>
    </message>
    <message>
        <source>not checked today</source>
        <translation>сегодня не проверены</translation>
    </message>
    <message>
        <source>capture blocked</source>
        <translation>снятие заблокировано</translation>
    </message>
    <message>
        <source>no balance at this workstation: type the carats, or have a supervisor set it up (Settings, Balances)</source>
        <translation>на этом рабочем месте нет весов: введите караты вручную или попросите старшего смены настроить весы («Настройки», «Весы»)</translation>
    </message>
    <message>
        <source>the carats field takes no weight now</source>
        <translation>поле карат сейчас не принимает массу</translation>
    </message>
    <message>
        <source>the balance is not connected ({state})</source>
        <translation>весы не подключены ({state})</translation>
    </message>
    <message>
        <source>the lot, the user or the lock changed while the balance was read; capture again</source>
        <translation>пока читались весы, сменились партия, пользователь или блокировка; снимите массу снова</translation>
    </message>
    <message>
        <source>From balance {code}: {reading}</source>
        <translation>С весов {code}: {reading}</translation>
    </message>
    <message>
        <source>Captured {ct} ct from balance {code}.</source>
        <translation>Снято {ct} кар с весов {code}.</translation>
    </message>
    <message>
        <source>Not captured: {why}.</source>
        <translation>Не снято: {why}.</translation>
    </message>
    <message>
        <source>the capture is nearly {minutes} minutes old, the most recorded</source>
        <translation>снятой массе почти {minutes} минут — это предел для записи</translation>
    </message>
    <message>
        <source>Captured weight cleared: {why}; capture again.</source>
        <translation>Снятая масса сброшена: {why}; снимите массу снова.</translation>
    </message>
    <message>
        <source>Captured from the balance (F9), or typed</source>
        <translation>Снят с весов (F9) или введён вручную</translation>
    </message>
    <message>
        <source>from the balance (F9)</source>
        <translation>с весов (F9)</translation>
    </message>
    <message>
        <source>This site takes weights from the balance only: capture it (F9); a typed weight is refused</source>
        <translation>Этот объект принимает массу только с весов: снимите её (F9); введённая вручную масса отклоняется</translation>
    </message>
    <message>
        <source>OVERLOAD: take the goods off</source>
        <translation>ПЕРЕГРУЗ: снимите товар</translation>
    </message>
    <message>
        <source>UNDERLOAD: empty the pan and zero</source>
        <translation>НЕДОГРУЗ: освободите чашу и обнулите</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>заняты</translation>
    </message>
    <message>
        <source>error: check the balance&apos;s display</source>
        <translation>ошибка: проверьте дисплей весов</translation>
    </message>
    <message>
        <source>OVERLOAD</source>
        <translation>ПЕРЕГРУЗ</translation>
    </message>
    <message>
        <source>UNDERLOAD</source>
        <translation>НЕДОГРУЗ</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>ЗАНЯТЫ</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>The balance this workstation reads, from the register (Settings, Balances), on the register&apos;s port with the register&apos;s settings (an admin changes them there). Kept for this computer&apos;s user account (as the text size is), not in the database: another Windows user of this computer chooses again.</source>
        <translation>Весы, которые читает это рабочее место, из реестра («Настройки», «Весы»), через порт и с настройками из реестра (их меняет администратор). Хранится для учётной записи пользователя этого компьютера (как размер текста), а не в базе данных: другой пользователь Windows этого компьютера выбирает заново.</translation>
    </message>
    <message>
        <source>The port {port} this workstation kept before is ignored: the register&apos;s port is read.</source>
        <translation>Порт {port}, сохранённый ранее этим рабочим местом, не используется: читается порт из реестра.</translation>
    </message>
    <message>
        <source>This workstation&apos;s balance</source>
        <translation>Весы рабочего места</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Весы</translation>
    </message>
    <message>
        <source>Capture barcode</source>
        <translation>Штрихкод снятия</translation>
    </message>
    <message>
        <source>what a scanner types to capture ({code})</source>
        <translation>что вводит сканер для снятия массы ({code})</translation>
    </message>
    <message>
        <source>This workstation reads balance {code}.</source>
        <translation>Это рабочее место читает весы {code}.</translation>
    </message>
    <message>
        <source>No balance at this workstation.</source>
        <translation>На этом рабочем месте нет весов.</translation>
    </message>
    <message>
        <source>No balance on this screen: the capture barcode captures nothing here.</source>
        <translation>На этом экране нет весов: штрихкод снятия здесь ничего не снимает.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>d (ct)</source>
        <translation>d (кар)</translation>
    </message>
    <message>
        <source>e (ct)</source>
        <translation>e (кар)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Поверены</translation>
    </message>
    <message>
        <source>Calibration / check</source>
        <translation>Калибровка / проверка</translation>
    </message>
    <message>
        <source>Reference weight</source>
        <translation>Эталонная гиря</translation>
    </message>
    <message>
        <source>Nominal (ct)</source>
        <translation>Номинал (кар)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Admins keep the balance register</source>
        <translation>Реестр весов ведут администраторы</translation>
    </message>
    <message>
        <source>Admins keep the reference weights</source>
        <translation>Эталонные гири ведут администраторы</translation>
    </message>
    <message>
        <source>Add balance...</source>
        <translation>Добавить весы...</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <source>Record calibration...</source>
        <translation>Записать калибровку...</translation>
    </message>
    <message>
        <source>Daily check...</source>
        <translation>Ежедневная проверка...</translation>
    </message>
    <message>
        <source>Put the reference weight on this workstation&apos;s balance, capture it: the check is recorded, passed or failed</source>
        <translation>Поставьте эталонную гирю на весы этого рабочего места и снимите массу: проверка записывается, пройдена она или нет</translation>
    </message>
    <message>
        <source>This workstation&apos;s balance...</source>
        <translation>Весы рабочего места...</translation>
    </message>
    <message>
        <source>Reference weights (the daily check&apos;s)</source>
        <translation>Эталонные гири (для ежедневной проверки)</translation>
    </message>
    <message>
        <source>Add reference weight...</source>
        <translation>Добавить эталонную гирю...</translation>
    </message>
    <message>
        <source>Change reference weight...</source>
        <translation>Изменить эталонную гирю...</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>без класса</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>не используются</translation>
    </message>
    <message>
        <source>The capture barcode: {code} (Code 128)</source>
        <translation>Штрихкод снятия: {code} (Code 128)</translation>
    </message>
    <message>
        <source>This workstation reads balance {code} (chosen for this computer&apos;s user account, not in the database). Its scanners capture with the barcode {barcode} (below).</source>
        <translation>Это рабочее место читает весы {code} (выбраны для учётной записи пользователя этого компьютера, не в базе данных). Его сканеры снимают массу штрихкодом {barcode} (ниже).</translation>
    </message>
    <message>
        <source>No balance at this workstation: choose one from the register to capture weights here.</source>
        <translation>На этом рабочем месте нет весов: выберите весы из реестра, чтобы снимать массу здесь.</translation>
    </message>
    <message>
        <source>Balance {code} added to the register.</source>
        <translation>Весы {code} добавлены в реестр.</translation>
    </message>
    <message>
        <source>Select the balance to change first.</source>
        <translation>Сначала выберите весы, которые нужно изменить.</translation>
    </message>
    <message>
        <source>Balance {code} changed.</source>
        <translation>Весы {code} изменены.</translation>
    </message>
    <message>
        <source>Select the balance calibrated first.</source>
        <translation>Сначала выберите откалиброванные весы.</translation>
    </message>
    <message>
        <source>Calibration of balance {code} recorded; next due {date}.</source>
        <translation>Калибровка весов {code} записана; следующая до {date}.</translation>
    </message>
    <message>
        <source>No balance at this workstation: choose it first (This workstation&apos;s balance...), then check it here.</source>
        <translation>На этом рабочем месте нет весов: сначала выберите их («Весы рабочего места...»), затем проверьте здесь.</translation>
    </message>
    <message>
        <source>Daily check of balance {code} recorded.</source>
        <translation>Ежедневная проверка весов {code} записана.</translation>
    </message>
    <message>
        <source>Reference weight {code} registered.</source>
        <translation>Эталонная гиря {code} зарегистрирована.</translation>
    </message>
    <message>
        <source>Select the reference weight to change first.</source>
        <translation>Сначала выберите эталонную гирю, которую нужно изменить.</translation>
    </message>
    <message>
        <source>Reference weight {code} changed.</source>
        <translation>Эталонная гиря {code} изменена.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>Change balance {code}</source>
        <translation>Изменить весы {code}</translation>
    </message>
    <message>
        <source>Add a balance</source>
        <translation>Добавить весы</translation>
    </message>
    <message>
        <source>One instrument of the site: its serial number must be the one the balance reports at connect (another blocks capture). Weights in carats.</source>
        <translation>Один прибор объекта: его заводской номер должен совпадать с тем, который весы сообщают при подключении (иначе снятие блокируется). Масса в каратах.</translation>
    </message>
    <message>
        <source>a group named value: (?P&lt;value&gt;...); blank: default</source>
        <translation>группа с именем value: (?P&lt;value&gt;...); пусто: по умолчанию</translation>
    </message>
    <message>
        <source>A balance keeps its code: its weighings name it</source>
        <translation>Код весов не меняется: он указан во взвешиваниях</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>protocol&apos;s own</source>
        <translation>как в протоколе</translation>
    </message>
    <message>
        <source>Change reference weight {code}</source>
        <translation>Изменить эталонную гирю {code}</translation>
    </message>
    <message>
        <source>Add a reference weight</source>
        <translation>Добавить эталонную гирю</translation>
    </message>
    <message>
        <source>A calibrated weight the balances are checked with each day: its nominal weight in carats and its certificate. A check passes within the balance&apos;s e of it.</source>
        <translation>Калиброванная гиря для ежедневной проверки весов: её номинальная масса в каратах и сертификат. Проверка пройдена, если отклонение не больше e весов.</translation>
    </message>
    <message>
        <source>A reference weight keeps its code: its checks name it</source>
        <translation>Код эталонной гири не меняется: он указан в проверках</translation>
    </message>
    <message>
        <source>Calibration of balance {code}</source>
        <translation>Калибровка весов {code}</translation>
    </message>
    <message>
        <source>Once the next due date has passed, the balance captures nothing until a new calibration is recorded.</source>
        <translation>После срока следующей калибровки весы ничего не снимают, пока не записана новая калибровка.</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Дата калибровки</translation>
    </message>
    <message>
        <source>By (lab or person)</source>
        <translation>Кем (лаборатория или лицо)</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер сертификата</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Следующая</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>До калибровки</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>После калибровки</translation>
    </message>
    <message>
        <source>No reference weight in the register: an admin adds one (Settings, Balances, Add reference weight...).</source>
        <translation>В реестре нет эталонных гирь: администратор добавляет их («Настройки», «Весы», «Добавить эталонную гирю...»).</translation>
    </message>
    <message>
        <source>Nominal {nominal} ct, class {weight_class}, certificate {certificate}; tolerance ±{tolerance} ct (the balance&apos;s e).</source>
        <translation>Номинал {nominal} кар, класс {weight_class}, сертификат {certificate}; допуск ±{tolerance} кар (e весов).</translation>
    </message>
    <message>
        <source>Nominal {nominal} ct, certificate {certificate}; tolerance ±{tolerance} ct (the balance&apos;s e).</source>
        <translation>Номинал {nominal} кар, сертификат {certificate}; допуск ±{tolerance} кар (e весов).</translation>
    </message>
    <message>
        <source>Put the reference weight on and capture it (F9).</source>
        <translation>Поставьте эталонную гирю и снимите массу (F9).</translation>
    </message>
    <message>
        <source>{ct} ct: off by {off} ct, within the tolerance: passes.</source>
        <translation>{ct} кар: отклонение {off} кар, в пределах допуска: пройдена.</translation>
    </message>
    <message>
        <source>{ct} ct: off by {off} ct, outside the tolerance: FAILS.</source>
        <translation>{ct} кар: отклонение {off} кар, вне допуска: НЕ ПРОЙДЕНА.</translation>
    </message>
    <message>
        <source>Zero the empty balance, put the reference weight on, and capture it (F9). The check is recorded whether it passes or fails; a failed check blocks capture until a check passes.</source>
        <translation>Обнулите пустые весы, поставьте эталонную гирю и снимите массу (F9). Проверка записывается, пройдена она или нет; непройденная проверка блокирует снятие, пока проверка не будет пройдена.</translation>
    </message>
    <message>
        <source>Zero the empty balance, put the reference weight on, and capture it (F9). The check is recorded whether it passes or fails; this site does not block capture on the daily check.</source>
        <translation>Обнулите пустые весы, поставьте эталонную гирю и снимите массу (F9). Проверка записывается, пройдена она или нет; на этом объекте ежедневная проверка не блокирует снятие.</translation>
    </message>
    <message>
        <source>Daily check of balance {code}</source>
        <translation>Ежедневная проверка весов {code}</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>показание</translation>
    </message>
    <message>
        <source>capture it (F9)</source>
        <translation>снимите массу (F9)</translation>
    </message>
    <message>
        <source>Read (ct)</source>
        <translation>Показание (кар)</translation>
    </message>
    <message>
        <source>Captured off the balance (F9): a check&apos;s reading is never typed</source>
        <translation>Снимается с весов (F9): показание проверки никогда не вводится вручную</translation>
    </message>
</context>
</TS>
