<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>Fill in Mine or Supplier.</source>
        <extracomment>The GUI&apos;s own words for a refusal&apos;s way out, by the error&apos;s code (services name no button or menu, and no CLI flag); formatted with the error&apos;s facts. A code not here (or whose way out has no button) is shown as the plain sentence.</extracomment>
        <translation>Заполните поле «Рудник» или «Поставщик».</translation>
    </message>
    <message>
        <source>Select lot {lot} on the Receiving page and use Weigh lot...</source>
        <translation>Выберите партию {lot} на странице «Приёмка» и нажмите «Взвесить партию...».</translation>
    </message>
    <message>
        <source>A supervisor selects lot {lot} on the Receiving page and uses Acknowledge weight difference...</source>
        <translation>Контролёр выбирает партию {lot} на странице «Приёмка» и нажимает «Подтвердить расхождение веса...».</translation>
    </message>
    <message>
        <source>To change it, select it in the register and use Edit...</source>
        <translation>Чтобы изменить, выберите запись в реестре и нажмите «Изменить...».</translation>
    </message>
    <message>
        <source>The categories are on Settings, Assortment.</source>
        <translation>Категории находятся в разделе «Настройки», «Ассортимент».</translation>
    </message>
    <message>
        <source>An admin sets the authority on Settings, Site.</source>
        <translation>Администратор указывает уполномоченный орган в разделе «Настройки», «Объект».</translation>
    </message>
    <message>
        <source>Choose a backup of this site.</source>
        <translation>Выберите резервную копию этого объекта.</translation>
    </message>
    <message>
        <source>Then use Verify now on the Audit log page.</source>
        <translation>Затем нажмите «Проверить сейчас» на странице «Журнал аудита».</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Непредвиденная ошибка: {kind}: {error}</translation>
    </message>
    <message>
        <source>sortapp: unexpected error</source>
        <translation>sortapp: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>{error}

Nothing was half-written. Copy the details for support.</source>
        <translation>{error}

Ничего не записано наполовину. Скопируйте подробности для службы поддержки.</translation>
    </message>
</context>
</TS>
