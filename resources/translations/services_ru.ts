<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>{name} is the last holder of the site signing key: without them no checkpoint could be signed again. Give the key to another supervisor or admin first; nothing was changed</source>
        <extracomment>Checkpoint files in a checkpoint folder end so. Signed before the body, so a checkpoint signature means nothing else (a transfer file, say). A file bigger than this in a checkpoint folder is not read (it is not a checkpoint). What a checkpoint states: the head (``checkpoint``); the head, which is a ``verify.seal`` entry its signer recorded after verifying everything (``seal``: plain verify may then trust the seal&apos;s digests); the head after a restore, whose earlier checkpoints of entries after ``from_id`` belong to the replaced history (``restore``). Seal checkpoints looked at, newest first, for one that vouches for its seal. Files read for checkpoints: checkpoint files, backups&apos; sidecars (.json), transfer files.</extracomment>
        <translation>{name} — последний владелец ключа подписи объекта: без него ни одну контрольную точку больше нельзя будет подписать. Сначала передайте ключ другому контролёру или администратору; ничего не изменено</translation>
    </message>
    <message>
        <source>{name} no longer holds the site signing key</source>
        <translation>{name} больше не владеет ключом подписи объекта</translation>
    </message>
    <message>
        <source>{name} does not hold the site signing key yet: a supervisor or admin who holds it gives it to them ({name} types their password)</source>
        <translation>{name} пока не владеет ключом подписи объекта: его передаёт контролёр или администратор, владеющий ключом ({name} вводит свой пароль)</translation>
    </message>
    <message>
        <source>{name} does not hold the site signing key, so cannot give it</source>
        <translation>{name} не владеет ключом подписи объекта и не может его передать</translation>
    </message>
    <message>
        <source>site key grant: unknown user or wrong password for &apos;{name}&apos;</source>
        <translation>передача ключа объекта: неизвестный пользователь или неверный пароль для «{name}»</translation>
    </message>
    <message>
        <source>{name} is not an active supervisor or admin; operators never hold the key</source>
        <translation>{name} не является действующим контролёром или администратором; операторы никогда не владеют ключом</translation>
    </message>
    <message>
        <source>this site has no signing key yet: it is made when a supervisor or admin signs in</source>
        <translation>у этого объекта ещё нет ключа подписи: он создаётся при входе контролёра или администратора</translation>
    </message>
    <message>
        <source>mark: &apos;{text}&apos; is not a document&apos;s audit mark; type it as printed in the footer, such as KSF-A1234 3f2a91c07b1e</source>
        <translation>отметка: «{text}» не является отметкой аудита документа; введите её так, как она напечатана в нижнем колонтитуле, например KSF-A1234 3f2a91c07b1e</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>строка {line}: {message}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({error})</source>
        <translation>строка {line}: не читается как CSV ({error})</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>файл не найден: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a file (a folder, pipe or device)</source>
        <translation>{path} — не файл (папка, канал или устройство)</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as CSV UTF-8</source>
        <translation>{path} — не текст в UTF-8; сохраните его как CSV UTF-8</translation>
    </message>
    <message>
        <source>scan or type a lot, parcel, certificate or label number</source>
        <extracomment>The page that shows each kind of thing found (the key of its ``PageSpec``).</extracomment>
        <translation>отсканируйте или введите номер партии, посылки, сертификата или этикетки</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is no lot, parcel, KP certificate or label number of this site</source>
        <translation>«{number}» не является номером партии, посылки, сертификата КП или этикетки этого объекта</translation>
    </message>
    <message>
        <source>Entry {uid} of lot {lot}</source>
        <translation>Запись {uid} партии {lot}</translation>
    </message>
    <message>
        <source>Lot {lot}</source>
        <translation>Партия {lot}</translation>
    </message>
    <message>
        <source>Parcel {parcel}</source>
        <translation>Посылка {parcel}</translation>
    </message>
    <message>
        <source>KP certificate {number}: parcel {parcel} (it covers {parcels})</source>
        <translation>Сертификат КП {number}: посылка {parcel} (он охватывает {parcels})</translation>
    </message>
    <message>
        <source>KP certificate {number}: parcel {parcel}</source>
        <translation>Сертификат КП {number}: посылка {parcel}</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot} (with {lots})</source>
        <translation>Входящий сертификат КП {number}: партия {lot} (вместе с {lots})</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot}</source>
        <translation>Входящий сертификат КП {number}: партия {lot}</translation>
    </message>
    <message>
        <source>this database has no site yet; create the site first</source>
        <extracomment>The default of the ``wdc_statement`` setting (the World Diamond Council&apos;s System of Warranties statement printed on invoices). Site settings with their defaults, as stored (text).</extracomment>
        <translation>в этой базе данных ещё нет объекта; сначала создайте объект</translation>
    </message>
    <message>
        <source>{field}: the text is too long (2000 characters at most)</source>
        <translation>{field}: текст слишком длинный (не более 2000 символов)</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a number of days from 1 to 3660</source>
        <translation>{field}: «{value}» не является числом дней от 1 до 3660</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a whole number from {low} to {high}</source>
        <translation>{field}: «{value}» не является целым числом от {low} до {high}</translation>
    </message>
    <message>
        <source>{field}: answer yes or no</source>
        <translation>{field}: ответьте yes или no</translation>
    </message>
    <message>
        <source>{field}: use one of {choices}</source>
        <extracomment>The sheets documents are laid out for.</extracomment>
        <translation>{field}: используйте одно из значений: {choices}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a time zone (e.g. Africa/Gaborone)</source>
        <translation>{field}: «{value}» не является часовым поясом (например, Africa/Gaborone)</translation>
    </message>
    <message>
        <source>password: use at least {count} characters</source>
        <translation>пароль: используйте не менее {count} символов</translation>
    </message>
    <message>
        <source>password: use at most {count} characters</source>
        <translation>пароль: используйте не более {count} символов</translation>
    </message>
    <message>
        <source>password: this is one of the most common passwords, which are tried first; choose another (a few unrelated words make a good one)</source>
        <translation>пароль: это один из самых распространённых паролей, их подбирают первыми; выберите другой (несколько не связанных между собой слов — хороший пароль)</translation>
    </message>
    <message>
        <source>password: do not use the user name as the password</source>
        <translation>пароль: не используйте имя пользователя в качестве пароля</translation>
    </message>
    <message>
        <source>user name: &apos;{name}&apos; must start with a letter and use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>имя пользователя: «{name}» должно начинаться с буквы и состоять из букв, цифр, «.», «_», «-»</translation>
    </message>
    <message>
        <source>2-12 capital letters or digits, starting with a letter</source>
        <extracomment>The rule a site code follows, said before one is refused (issue 13).</extracomment>
        <translation>2–12 заглавных латинских букв или цифр, начиная с буквы</translation>
    </message>
    <message>
        <source>this database already has a site; nothing was changed</source>
        <translation>в этой базе данных уже есть объект; ничего не изменено</translation>
    </message>
    <message>
        <source>site code: &apos;{code}&apos; must be {rule}</source>
        <translation>код объекта: «{code}» — нужно {rule}</translation>
    </message>
    <message>
        <source>site name: enter the facility&apos;s name</source>
        <translation>название объекта: введите название предприятия</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: this connection to the server is signed in as &apos;{session}&apos;; connect as &apos;{name}&apos; with their own password</source>
        <translation>вход отклонён для «{name}»: это подключение к серверу выполнено от имени «{session}»; подключитесь как «{name}» с его собственным паролем</translation>
    </message>
    <message>
        <source>sign-in refused: &apos;{name}&apos; is locked after {failures} failed attempts until {until}; try again then, or ask an admin to unlock it</source>
        <translation>вход отклонён: «{name}» заблокирован после неудачных попыток ({failures}) до {until}; повторите попытку позже или попросите администратора разблокировать</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: unknown user or wrong password; after {count} or more failed attempts in a row it is locked until {until}</source>
        <translation>вход отклонён для «{name}»: неизвестный пользователь или неверный пароль; после {count} и более неудачных попыток подряд он заблокирован до {until}</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: unknown user or wrong password</source>
        <translation>вход отклонён для «{name}»: неизвестный пользователь или неверный пароль</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; does not exist</source>
        <translation>пользователь «{name}» не существует</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; has no failed sign-ins; nothing changed</source>
        <translation>у пользователя «{name}» нет неудачных попыток входа; ничего не изменено</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>заблокирован до {until}</translation>
    </message>
    <message>
        <source>{failures} failed sign-in</source>
        <translation>неудачных попыток входа: {failures}</translation>
    </message>
    <message>
        <source>{failures} failed sign-ins</source>
        <translation>неудачных попыток входа: {failures}</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; already exists</source>
        <translation>пользователь «{name}» уже существует</translation>
    </message>
    <message>
        <source>you cannot demote or deactivate yourself; ask another admin</source>
        <translation>нельзя понизить или отключить самого себя; обратитесь к другому администратору</translation>
    </message>
    <message>
        <source>{name} gets the site signing key when a holder gives it to them ({name} types their password) or an admin who holds it sets their password</source>
        <translation>{name} получит ключ подписи объекта, когда владелец ключа передаст его ({name} вводит свой пароль) или администратор, владеющий ключом, задаст ему пароль</translation>
    </message>
    <message>
        <source>name: enter the facility&apos;s name</source>
        <translation>название: введите название предприятия</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a site setting; use one of: name, {keys}</source>
        <translation>«{key}» не является параметром объекта; используйте одно из: name, {keys}</translation>
    </message>
    <message>
        <source>country: &apos;{code}&apos; is not an ISO 3166-1 alpha-2 code</source>
        <translation>страна: «{code}» не является кодом ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>kp: use participant, eu (covered by the EU) or none</source>
        <translation>kp: используйте participant, eu (в составе ЕС) или none</translation>
    </message>
    <message>
        <source>name: enter the country&apos;s name</source>
        <translation>название: введите название страны</translation>
    </message>
    <message>
        <source>{field}: {name} ({code}) is not on the site&apos;s KP participant list; rough diamonds may only go to KP participants</source>
        <translation>{field}: {name} ({code}) нет в списке участников КП этого объекта; необработанные алмазы можно отправлять только участникам КП</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a valid number; use 1-40 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>{field}: «{text}» — недопустимый номер; используйте 1–40 латинских букв, цифр, «.», «_», «/» или «-», начиная с буквы или цифры</translation>
    </message>
    <message>
        <source>{field}: {cents!r} is not an amount of zero cents or more</source>
        <translation>{field}: {cents!r} не является суммой от нуля центов</translation>
    </message>
    <message>
        <source>{field}: {cents} cents is absurd; check the figure</source>
        <translation>{field}: {cents} центов — нелепая сумма; проверьте цифру</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field}: введите сумму больше 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: say why, in a few words</source>
        <translation>{field}: укажите причину в нескольких словах</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date; write YYYY-MM-DD</source>
        <translation>{field}: «{text}» не является датой; пишите ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>{field}: &apos;{code}&apos; is not a known ISO 3166 country code; an admin can add it</source>
        <translation>{field}: «{code}» не является известным кодом страны ISO 3166; администратор может его добавить</translation>
    </message>
</context>
</TS>
