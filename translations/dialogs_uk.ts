<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/agenda_model.py" line="+53"/>
        <source>{status} · overdue</source>
        <translation>{status} · прострочено</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledge</source>
        <translation>Зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capability</source>
        <translation>Спроможність</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hub</source>
        <translation>Логістичний хаб</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no hub</source>
        <translation>без логістичного хабу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned {day} at {hub} · {status}</source>
        <translation>Заплановано на {day}, {hub} · {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered {day}</source>
        <translation>Поставлено {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag onto a day of the month to reschedule</source>
        <translation>Перетягніть на день місяця, щоб перенести</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/restore_dialog.py" line="+38"/>
        <source>Made</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
</context>
<context>
    <name>BriefExport</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/brief_dialog.py" line="+66"/>
        <source>Open a database first.</source>
        <translation>Спочатку відкрийте базу даних.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A brief is still being written; wait until it is done.</source>
        <translation>Довідка ще записується; зачекайте, доки її буде завершено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <source>Export brief</source>
        <translation>Експорт довідки</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not written</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the file name must end in .pdf.</source>
        <translation>{name}: назва файлу має закінчуватися на .pdf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gathering the figures for {name}…</source>
        <translation>Збирання показників для {name}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Brief saved to {path} ({pages} pages, {marking})</source>
        <translation>Довідку збережено в {path} (сторінок: {pages}, {marking})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no marking</source>
        <translation>без грифа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the previous file is unchanged</source>
        <translation>попередній файл не змінено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file was written</source>
        <translation>жодного файлу не записано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brief {name} cancelled; {kept}.</source>
        <translation>Довідку {name} скасовано; {kept}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was not written</source>
        <translation>{name} не записано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brief not written</source>
        <translation>Довідку не записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} could not be written; {kept}.</source>
        <translation>Не вдалося записати {name}; {kept}.</translation>
    </message>
</context>
<context>
    <name>BriefScopeDialog</name>
    <message>
        <location line="-112"/>
        <source>Export brief</source>
        <translation>Експорт довідки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF staff brief with the classification marking on every page: key figures, fund position, top donors, overdue deliveries and charts.</source>
        <translation>Штабна довідка у PDF із грифом секретності на кожній сторінці: ключові показники, стан фонду, провідні донори, прострочені поставки та діаграми.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All donors</source>
        <translation>Усі донори</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Scope:</source>
        <translation>Обсяг:</translation>
    </message>
</context>
<context>
    <name>DeliveredDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/calendar_dialogs.py" line="+101"/>
        <location line="+16"/>
        <source>Mark delivered</source>
        <translation>Позначити як поставлене</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delivered on:</source>
        <translation>Дата поставки:</translation>
    </message>
</context>
<context>
    <name>DeliveriesModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/deliveries_model.py" line="+35"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered on</source>
        <translation>Дата поставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Логістичний хаб</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay reason</source>
        <translation>Причина затримки</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{status}, planned {day}</source>
        <translation>{status}, заплановано на {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delivered {day}</source>
        <translation>поставлено {day}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by {n} day(s)</source>
        <translation>
            <numerusform>прострочено на {n} день</numerusform>
            <numerusform>прострочено на {n} дні</numerusform>
            <numerusform>прострочено на {n} днів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay: {reason}</source>
        <translation>Затримка: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: {notes}</source>
        <translation>Примітки: {notes}</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/delivery_dialog.py" line="+63"/>
        <source>Edit delivery — {reference}</source>
        <translation>Редагувати поставку — {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add delivery — {reference}</source>
        <translation>Додати поставку — {reference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pledged: no quantity (value only)</source>
        <translation>Зобов&apos;язання: без кількості (лише вартість)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledged {quantity} {unit}</source>
        <translation>Зобов&apos;язання: {quantity} {unit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 4 or 2.5</source>
        <translation>напр. 4 або 2.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>ще ні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— no hub —</source>
        <translation>— без хабу —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it moved or is late (optional)</source>
        <translation>Чому її перенесено або вона запізнюється (необов’язково)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quantity ({unit})</source>
        <translation>&amp;Кількість ({unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned</source>
        <translation>&amp;Заплановано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivered on</source>
        <translation>&amp;Дата поставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hub</source>
        <translation>&amp;Логістичний хаб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay &amp;reason</source>
        <translation>&amp;Причина затримки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>При&amp;мітки</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>quantity: enter how many are delivered (in {unit})</source>
        <translation>кількість: укажіть, скільки поставлено (у {unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <translation>одиницях</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quantity: {typed} must be above 0</source>
        <translation>кількість: {typed} має бути більше 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity: at most 3 decimal places</source>
        <translation>кількість: не більше 3 знаків після коми</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/error_dialog.py" line="+85"/>
        <source>Unexpected error</source>
        <translation>Неочікувана помилка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong: {error}</source>
        <translation>Щось пішло не так: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault in Ramstein Planner, not in your data. Your data is safe: every change is saved in its own transaction, and one that failed was rolled back whole. Copy the report and send it to whoever supports the application.</source>
        <translation>Це вада Ramstein Planner, а не ваших даних. Ваші дані в безпеці: кожна зміна зберігається в окремій транзакції, а невдалу зміну повністю скасовано. Скопіюйте звіт і надішліть його службі підтримки застосунку.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The details were written to the log: {path}</source>
        <translation>Подробиці записано в журнал: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file could be written; the details are in the report.</source>
        <translation>Не вдалося записати файл журналу; подробиці — у звіті.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy report</source>
        <translation>Копіювати звіт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied</source>
        <translation>Скопійовано</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/export_dialogs.py" line="+29"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/fund_dialog.py" line="+39"/>
        <source>every year</source>
        <translation>щороку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in total, spread evenly over the years</source>
        <translation>загалом, рівномірно розподілено за роками</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit fund — {name}</source>
        <translation>Редагувати фонд — {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 40000000000 (point for decimals)</source>
        <translation>напр. 40000000000 (крапка для дробів)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The year of the GDP figures the shares are computed from</source>
        <translation>Рік показників ВВП, за якими обчислюються частки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>Перший рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Останній рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP year</source>
        <translation>Рік ВВП</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels that count</source>
        <translation>Канали, що враховуються</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledge states that count towards the share (allocated)</source>
        <translation>Стани зобов&apos;язань, що враховуються в частку (виділено)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Participants (the shares are split among those not exempt)</source>
        <translation>Учасники (частки розподіляються між незвільненими)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NATO allies</source>
        <translation>Союзники НАТО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>Усі члени</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Жодного</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Amount: {typed} is not a number</source>
        <translation>Сума: {typed} не є числом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: must be above zero</source>
        <translation>Сума: має бути більше нуля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last year: {last} is before the first year {first}</source>
        <translation>Останній рік: {last} раніше за перший рік {first}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name: a fund needs a name</source>
        <translation>Назва: фонду потрібна назва</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels: tick at least one channel that counts</source>
        <translation>Канали: позначте принаймні один канал, що враховується</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States: tick at least one pledge state that counts</source>
        <translation>Стани: позначте принаймні один стан зобов&apos;язання, що враховується</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants: tick at least one member that is not exempt</source>
        <translation>Учасники: позначте принаймні одного незвільненого члена</translation>
    </message>
</context>
<context>
    <name>FundModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/fund_model.py" line="+52"/>
        <source>below its share</source>
        <translation>нижче своєї частки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant of the fund</source>
        <translation>Учасник фонду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP USD bn</source>
        <translation>ВВП, млрд USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP of the fund&apos;s GDP year</source>
        <translation>ВВП за рік ВВП фонду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the GDP of the participants that are not exempt</source>
        <translation>Частка у ВВП незвільнених учасників</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair share EUR</source>
        <translation>Справедлива частка, EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year&apos;s tranche split by GDP share; the shares add up exactly to the tranche</source>
        <translation>Транш року, розподілений за часткою ВВП; сума часток точно дорівнює траншу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged EUR</source>
        <translation>Зобов&apos;язання, EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year&apos;s pledges (funding year, else announced) in the counted channels, to the payer</source>
        <translation>Зобов&apos;язання року (рік фінансування, інакше оголошення) у врахованих каналах, на платника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocated EUR</source>
        <translation>Виділено, EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of the pledged in the counted states: what counts towards the share</source>
        <translation>Частина зобов&apos;язань у врахованих станах: те, що зараховується в частку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered EUR</source>
        <translation>Поставлено, EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered on those pledges</source>
        <translation>Поставлено за цими зобов&apos;язаннями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap EUR</source>
        <translation>Розрив, EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair share minus allocated (negative: above its share); red where below its share</source>
        <translation>Справедлива частка мінус виділене (від’ємне: понад частку); червоним — нижче частки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt</source>
        <translation>Звільнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to exempt the member (opt-out): the others&apos; shares re-normalise</source>
        <translation>Позначте, щоб звільнити члена (відмова від участі): частки інших перераховуються</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a line has no share, or is below it</source>
        <translation>Чому рядок не має частки або нижче неї</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Fair share {amount} ({share})</source>
        <translation>Справедлива частка {amount} ({share})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledged {pledged}, allocated {allocated}, delivered {delivered}</source>
        <translation>Зобов&apos;язання {pledged}, виділено {allocated}, поставлено {delivered}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below its share by {amount}</source>
        <translation>Нижче своєї частки на {amount}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/import_dialog.py" line="+47"/>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Змінені</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>workbook</source>
        <translation>книга</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import {file}</source>
        <translation>Імпорт {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cell</source>
        <translation>Клітинка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors ({n})</source>
        <translation>Помилки ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings ({n})</source>
        <translation>Попередження ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows missing from the sheet are never deleted. A backup of the database is made before anything is written, and the whole import is one step of Edit ▸ Undo.</source>
        <translation>Рядки, відсутні в аркуші, ніколи не видаляються. Перед будь-яким записом створюється резервна копія бази, а весь імпорт — це один крок Правка ▸ Скасувати.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All conflicts: keep sheet</source>
        <translation>Усі конфлікти: залишити аркуш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the sheet&apos;s values for every conflicting row</source>
        <translation>Узяти значення аркуша для кожного конфліктного рядка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All conflicts: keep planner</source>
        <translation>Усі конфлікти: залишити планувальник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the planner&apos;s values for every conflicting row</source>
        <translation>Залишити значення планувальника для кожного конфліктного рядка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed in the planner since the export and in the sheet too: choose which values to keep for each row.</source>
        <translation>Змінено в планувальнику після експорту, а також в аркуші: виберіть, які значення залишити для кожного рядка.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double-click a problem to copy it.</source>
        <translation>Двічі клацніть проблему, щоб скопіювати її.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy all problems</source>
        <translation>Копіювати всі проблеми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every problem, one per line, to the clipboard</source>
        <translation>Копіювати кожну проблему, по одній на рядок, у буфер обміну</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{n} new</source>
        <translation>нових: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changed</source>
        <translation>змінених: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unchanged</source>
        <translation>без змін: {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} conflict(s)</source>
        <translation>
            <numerusform>{n} конфлікт</numerusform>
            <numerusform>{n} конфлікти</numerusform>
            <numerusform>{n} конфліктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} error(s)</source>
        <translation>
            <numerusform>{n} помилка</numerusform>
            <numerusform>{n} помилки</numerusform>
            <numerusform>{n} помилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} warning(s)</source>
        <translation>
            <numerusform>{n} попередження</numerusform>
            <numerusform>{n} попередження</numerusform>
            <numerusform>{n} попереджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{n} error(s) in the file: nothing will be imported. Correct the cells listed under Errors and import the file again.</source>
        <translation>
            <numerusform>{n} помилка у файлі: нічого не буде імпортовано. Виправте клітинки, перелічені в розділі «Помилки», та імпортуйте файл знову.</numerusform>
            <numerusform>{n} помилки у файлі: нічого не буде імпортовано. Виправте клітинки, перелічені в розділі «Помилки», та імпортуйте файл знову.</numerusform>
            <numerusform>{n} помилок у файлі: нічого не буде імпортовано. Виправте клітинки, перелічені в розділі «Помилки», та імпортуйте файл знову.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{n} conflict(s) without a choice: pick Keep sheet or Keep planner for each (or use the All conflicts buttons) to apply.</source>
        <translation>
            <numerusform>{n} конфлікт без вибору: для кожного виберіть «Залишити аркуш» або «Залишити планувальник» (або скористайтеся кнопками «Усі конфлікти»), щоб застосувати.</numerusform>
            <numerusform>{n} конфлікти без вибору: для кожного виберіть «Залишити аркуш» або «Залишити планувальник» (або скористайтеся кнопками «Усі конфлікти»), щоб застосувати.</numerusform>
            <numerusform>{n} конфліктів без вибору: для кожного виберіть «Залишити аркуш» або «Залишити планувальник» (або скористайтеся кнопками «Усі конфлікти»), щоб застосувати.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to import: no row is new or changed (or every one is skipped).</source>
        <translation>Нічого імпортувати: немає нових чи змінених рядків (або всі пропущено).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Apply will write {n} row(s) in one step.</source>
        <translation>
            <numerusform>«Застосувати» запише {n} рядок за один крок.</numerusform>
            <numerusform>«Застосувати» запише {n} рядки за один крок.</numerusform>
            <numerusform>«Застосувати» запише {n} рядків за один крок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{n} problem(s) copied to the clipboard. Nothing will be imported.</source>
        <translation>
            <numerusform>{n} проблему скопійовано в буфер обміну. Нічого не буде імпортовано.</numerusform>
            <numerusform>{n} проблеми скопійовано в буфер обміну. Нічого не буде імпортовано.</numerusform>
            <numerusform>{n} проблем скопійовано в буфер обміну. Нічого не буде імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied: {place}: {message}</source>
        <translation>Скопійовано: {place}: {message}</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/import_preview_model.py" line="+39"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Keep sheet</source>
        <translation>Залишити аркуш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep planner</source>
        <translation>Залишити планувальник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner -&gt; sheet</source>
        <translation>Планувальник -&gt; аркуш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Аркуш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(new)</source>
        <translation>(новий)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checked: import this row; unchecked: skip it</source>
        <translation>Позначено: імпортувати цей рядок; не позначено: пропустити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the sheet&apos;s values</source>
        <translation>Узяти значення аркуша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the planner&apos;s values (the sheet&apos;s are ignored)</source>
        <translation>Залишити значення планувальника (значення аркуша ігноруються)</translation>
    </message>
</context>
<context>
    <name>MappedPreviewModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/mapped_preview_model.py" line="+26"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already there</source>
        <translation>Уже є</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/mapping_dialog.py" line="+80"/>
        <source>— not mapped —</source>
        <translation>— не зіставлено —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested from the headers</source>
        <translation>Запропоновано за заголовками</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+215"/>
        <source>Import foreign sheet</source>
        <translation>Імпорт стороннього аркуша</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Import a foreign sheet</source>
        <translation>Імпорт стороннього аркуша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which column of the sheet holds each pledge field, or give a constant. The preview shows the rows as they would become pledges; nothing is written until Import, which adds every row or none, after a backup.</source>
        <translation>Укажіть, який стовпець аркуша містить кожне поле зобов&apos;язання, або задайте сталу. Попередній перегляд показує рядки такими, якими вони стануть зобов&apos;язаннями; нічого не записується до «Імпорт», який після резервного копіювання додає всі рядки або жодного.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a file to begin.</source>
        <translation>Виберіть файл, щоб почати.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the new rows as pledges</source>
        <translation>Додати нові рядки як зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without importing more</source>
        <translation>Закрити, більше нічого не імпортуючи</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An .xlsx workbook or a .csv file</source>
        <translation>Книга .xlsx або файл .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the sheet to import</source>
        <translation>Вибрати аркуш для імпорту</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>found</source>
        <translation>знайдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row holding the column titles (0: found by itself)</source>
        <translation>Рядок із назвами стовпців (0: знаходиться автоматично)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Аркуш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row</source>
        <translation>Рядок заголовків</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping under a name</source>
        <translation>Зберегти це зіставлення під назвою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen profile</source>
        <translation>Видалити вибраний профіль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day first (24/02/2023)</source>
        <translation>Спочатку день (24/02/2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (02/24/2023)</source>
        <translation>Спочатку місяць (02/24/2023)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal comma (1.234,5)</source>
        <translation>Десяткова кома (1.234,5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column that identifies a row, so that importing the sheet again adds only the new rows</source>
        <translation>Стовпець, що ідентифікує рядок, щоб повторний імпорт аркуша додавав лише нові рядки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping profile</source>
        <translation>Профіль зіставлення</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row reference</source>
        <translation>Ідентифікатор рядка</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pledge field</source>
        <translation>Поле зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the sheet</source>
        <translation>Стовпець аркуша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or constant</source>
        <translation>або стала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>Приклади значень</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. USD</source>
        <translation>напр. USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. announced</source>
        <translation>напр. announced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. artillery</source>
        <translation>напр. artillery</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Deutschland=DEU; Polska=POL; Total=-  (- skips those rows)</source>
        <translation>напр. Deutschland=DEU; Polska=POL; Total=-  (- пропускає ці рядки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names of donors in this sheet, each with the ISO3 code it stands for; &apos;-&apos; skips the rows (totals, non-members)</source>
        <translation>Інші назви донорів у цьому аркуші, кожна з кодом ISO3, який вона позначає; &apos;-&apos; пропускає рядки (підсумки, нечлени)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other donor names</source>
        <translation>Інші назви донорів</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kiel Institute&apos;s MAIN DATA sheet has its own importer: one pledge per military package at the package&apos;s EUR value, donors outside the roster skipped. Its columns need no mapping.</source>
        <translation>Аркуш MAIN DATA Кільського інституту має власний імпортер: одне зобов&apos;язання на військовий пакет за вартістю пакета в EUR, донори поза переліком пропускаються. Його стовпці не потребують зіставлення.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Аркуші (*.xlsx *.xlsm *.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the file</source>
        <translation>Не вдається прочитати файл</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot read the sheet</source>
        <translation>Не вдається прочитати аркуш</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Some mapping profiles cannot be read: {problems}</source>
        <translation>Деякі профілі зіставлення не вдається прочитати: {problems}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use the profile</source>
        <translation>Не вдається використати профіль</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Save mapping profile</source>
        <translation>Зберегти профіль зіставлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the mapping profile:</source>
        <translation>Назва профілю зіставлення:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile not saved</source>
        <translation>Профіль не збережено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping profile &apos;{name}&apos; saved ({path}).</source>
        <translation>Профіль зіставлення «{name}» збережено ({path}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete mapping profile</source>
        <translation>Видалити профіль зіставлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the mapping profile &apos;{name}&apos;?</source>
        <translation>Видалити профіль зіставлення «{name}»?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile not deleted</source>
        <translation>Профіль не видалено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping profile &apos;{name}&apos; deleted; the mapping stays as shown.</source>
        <translation>Профіль зіставлення «{name}» видалено; показане зіставлення залишається.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>warning: {warning}</source>
        <translation>попередження: {warning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rows} rows: {new} new, {already} already there, {skipped} skipped, {errors} errors</source>
        <translation>Рядків: {rows}; нових: {new}, уже є: {already}, пропущено: {skipped}, помилок: {errors}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} problems to fix before importing; the first: {first}</source>
        <translation>Проблем, які треба виправити перед імпортом: {n}; перша: {first}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new to import. Every row was imported before.</source>
        <translation>Нічого нового для імпорту. Усі рядки вже імпортовано раніше.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Nothing new to import.</source>
        <translation>Нічого нового для імпорту.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+15"/>
        <source>Ready: Import adds {n} pledges.</source>
        <translation>Готово: «Імпорт» додасть зобов&apos;язань: {n}.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>skipped: {reason}</source>
        <translation>пропущено: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kiel UST: {new} new pledges, {already} packages already there</source>
        <translation>Kiel UST: нових зобов&apos;язань: {new}, пакетів, що вже є: {already}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>Import refused</source>
        <translation>Імпорт відхилено</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>see the list</source>
        <translation>див. список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {first}</source>
        <translation>Нічого не імпортовано: {first}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup was made first: {name}.</source>
        <translation>Спочатку створено резервну копію: {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {n} pledges from {file}.</source>
        <translation>Імпортовано зобов&apos;язань: {n} з {file}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{message} (%p%)</source>
        <translation>{message} (%p%)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Please wait: the sheet is still being read or imported.</source>
        <translation>Зачекайте: аркуш ще читається або імпортується.</translation>
    </message>
</context>
<context>
    <name>MarkingDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/marking_dialog.py" line="+31"/>
        <source>Classification marking</source>
        <translation>Гриф секретності</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. NATO RESTRICTED</source>
        <translation>напр. NATO RESTRICTED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse every export while the marking is empty</source>
        <translation>Відхиляти будь-який експорт, поки гриф порожній</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed in the header and footer of every exported sheet, on the Instructions sheet, on calendar PDFs and in .ics descriptions.</source>
        <translation>Друкується у верхньому й нижньому колонтитулах кожного експортованого аркуша, на аркуші «Інструкції», у PDF календаря та в описах .ics.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/members_model.py" line="+55"/>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member of the contact group</source>
        <translation>Член контактної групи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166 code (or own code)</source>
        <translation>Код ISO 3166 (або власний код)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NATO ally, EU non-NATO, partner or organisation</source>
        <translation>Союзник НАТО, ЄС поза НАТО, партнер або організація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged EUR</source>
        <translation>Зобов&apos;язання, EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged, cancelled excluded; a pledge paid by another member counts to the payer</source>
        <translation>Зобов&apos;язання без скасованих; зобов&apos;язання, оплачене іншим членом, зараховується платнику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered EUR</source>
        <translation>Поставлено, EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of the completed deliveries, counted to the payer</source>
        <translation>Вартість завершених поставок, зарахована платнику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered %</source>
        <translation>Поставлено, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery rate: delivered ÷ pledged, in EUR</source>
        <translation>Рівень поставок: поставлено ÷ зобов&apos;язання, в EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of completed deliveries that arrived by their planned date</source>
        <translation>Частка завершених поставок, що надійшли до запланованої дати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP USD bn</source>
        <translation>ВВП, млрд USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP of the latest year known (USD bn)</source>
        <translation>ВВП за останній відомий рік (млрд USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid % GDP</source>
        <translation>Допомога, % ВВП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged EUR as a share of GDP</source>
        <translation>Зобов&apos;язання в EUR як частка ВВП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Відкриті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pledges: not yet delivered or cancelled</source>
        <translation>Відкриті зобов&apos;язання: ще не поставлені й не скасовані</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid for others</source>
        <translation>Оплачено за інших</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR this member paid for and another delivered (PURL, Danish model, co-financing)</source>
        <translation>EUR, які цей член оплатив, а поставив інший (PURL, данська модель, співфінансування)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered for others</source>
        <translation>Поставлено для інших</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR this member delivered and others paid for (not counted in its pledged total)</source>
        <translation>EUR, які цей член поставив, а оплатили інші (не враховуються в його сумі зобов&apos;язань)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Pledged {pledged}, delivered {delivered}</source>
        <translation>Зобов&apos;язання {pledged}, поставлено {delivered}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No GDP figure: no share of GDP</source>
        <translation>Немає показника ВВП: немає частки ВВП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to open the member&apos;s page</source>
        <translation>Двічі клацніть, щоб відкрити сторінку члена</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/merge_dialog.py" line="+51"/>
        <source>Changed by another planner</source>
        <translation>Змінено іншим планувальником</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>someone else</source>
        <translation>хтось інший</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; was changed by {who} after you started editing it, so your change has not been saved yet. Choose for each field which value to keep, then Apply. Fields only one of you changed are chosen already.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; змінив {who} після того, як ви почали редагування, тому вашу зміну ще не збережено. Виберіть для кожного поля, яке значення залишити, і натисніть «Застосувати». Поля, які змінив лише один із вас, уже вибрано.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You started from</source>
        <translation>Ваше вихідне значення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved now)</source>
        <translation>Їхнє (збережене)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine ({user})</source>
        <translation>Моє ({user})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Keep mine</source>
        <translation>Залишити моє</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <source>Take theirs</source>
        <translation>Узяти їхнє</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{value}&lt;br&gt;&lt;small&gt;by {user}, {when}&lt;/small&gt;</source>
        <translation>{value}&lt;br&gt;&lt;small&gt;{user}, {when}&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the same on both sides</source>
        <translation>однаково з обох боків</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{choice} for {field}</source>
        <translation>{choice} для {field}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Both of you changed {fields}: choose which to keep.</source>
        <translation>Ви обоє змінили {fields}: виберіть, що залишити.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply saves the result as one step (Ctrl+Z undoes it).</source>
        <translation>«Застосувати» зберігає результат як один крок (Ctrl+Z скасовує його).</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/calendar_dialogs.py" line="-76"/>
        <source>Reschedule delivery</source>
        <translation>Перенести поставку</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New planned date:</source>
        <translation>Нова запланована дата:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. rail transfer at Rzeszow postponed</source>
        <translation>напр. залізничне перевантаження в Ряшеві відкладено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as delayed (the reason is then required)</source>
        <translation>Позначити як затриману (тоді причина обов’язкова)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The move is one undo step and is kept in the audit log.</source>
        <translation>Перенесення — це один крок скасування, і воно зберігається в журналі аудиту.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say why the delivery is late</source>
        <translation>Укажіть, чому поставка запізнюється</translation>
    </message>
</context>
<context>
    <name>NewPledgeDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/new_pledge_dialog.py" line="+53"/>
        <source>New pledge</source>
        <translation>Нове зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a name or a code (DEU)</source>
        <translation>Введіть частину назви або код (DEU)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a name</source>
        <translation>Введіть частину назви</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is pledged, e.g. IRIS-T SLM fire unit</source>
        <translation>Що обіцяно, напр. вогнева одиниця IRIS-T SLM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 4</source>
        <translation>напр. 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. fire units</source>
        <translation>напр. вогневі одиниці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 1250000.00 (point for decimals)</source>
        <translation>напр. 1250000.00 (крапка для дробів)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Donor</source>
        <translation>&amp;Донор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capability</source>
        <translation>&amp;Спроможність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item</source>
        <translation>&amp;Позиція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>&amp;Одиниця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>&amp;Вартість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curre&amp;ncy</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Announced</source>
        <translation>Оголо&amp;шено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create pledge</source>
        <translation>Створити зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capability</source>
        <translation>Спроможність</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item: describe what is pledged</source>
        <translation>Позиція: опишіть, що обіцяно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/overdue_model.py" line="+29"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Днів затримки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledge</source>
        <translation>Зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Логістичний хаб</translation>
    </message>
</context>
<context>
    <name>PledgeField</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/mapped_preview_model.py" line="+2"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capability</source>
        <translation>Спроможність</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced</source>
        <translation>Оголошено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding year</source>
        <translation>Рік фінансування</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
</context>
<context>
    <name>PledgesModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/pledges_model.py" line="+121"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capability</source>
        <translation>Спроможність</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EUR value</source>
        <translation>Вартість, EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announced</source>
        <translation>Оголошено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered EUR</source>
        <translation>Поставлено, EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered %</source>
        <translation>Поставлено, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>Converted with the exchange rate of the valuation date; edit Value or Currency</source>
        <translation>Перераховано за курсом на дату оцінки; змініть «Вартість» або «Валюта»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} (read-only)</source>
        <translation>{title} (лише читання)</translation>
    </message>
</context>
<context>
    <name>RateEditDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/rate_edit_dialog.py" line="+54"/>
        <source>Edit exchange rate</source>
        <translation>Редагувати обмінний курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add exchange rate</source>
        <translation>Додати обмінний курс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>units of the currency per 1 EUR, e.g. 1.0813</source>
        <translation>одиниць валюти за 1 EUR, напр. 1.0813</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. ECB reference rate</source>
        <translation>напр. довідковий курс ЄЦБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units per EUR</source>
        <translation>&amp;Одиниць за 1 EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Джерело</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A rate is units of the currency per 1 EUR (ECB convention). Pledges are valued with the latest rate on or before their valuation date.</source>
        <translation>Курс — це кількість одиниць валюти за 1 EUR (конвенція ЄЦБ). Зобов&apos;язання оцінюються за останнім курсом на дату оцінки або раніше.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>rate: enter the units of the currency per 1 EUR</source>
        <translation>курс: укажіть кількість одиниць валюти за 1 EUR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rate: {typed} must be above 0</source>
        <translation>курс: {typed} має бути більше 0</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saving… pledges in this currency are being re-valued.</source>
        <translation>Збереження… зобов&apos;язання в цій валюті переоцінюються.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{currency} already has a rate on {day} ({rate}); saving replaces it.</source>
        <translation>{currency} уже має курс на {day} ({rate}); збереження замінить його.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/rates_dialog.py" line="+65"/>
        <location line="+73"/>
        <source>Exchange rates</source>
        <translation>Обмінні курси</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Currency, e.g. USD</source>
        <translation>Валюта, напр. USD</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a rate for a currency and date</source>
        <translation>Додати курс для валюти й дати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected rate</source>
        <translation>Змінити вибраний курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rates</source>
        <translation>Видалити вибрані курси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation>Імпорт CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import rates from a CSV file with the columns currency, date, units_per_eur and optionally source</source>
        <translation>Імпортувати курси з файлу CSV зі стовпцями currency, date, units_per_eur і, за бажання, source</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Units of each currency per 1 EUR (ECB convention). A pledge is valued with the latest rate on or before its valuation date; changing a rate re-values the pledges it applies to.</source>
        <translation>Одиниць кожної валюти за 1 EUR (конвенція ЄЦБ). Зобов&apos;язання оцінюється за останнім курсом на дату оцінки або раніше; зміна курсу переоцінює зобов&apos;язання, до яких він застосовується.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rates} rates · {currencies} currencies</source>
        <translation>Курсів: {rates} · валют: {currencies}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{currency} on {day}: {rate} per EUR saved</source>
        <translation>{currency} на {day}: {rate} за 1 EUR збережено</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{names} and {n} more</source>
        <translation>{names} та ще {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete {n} rate(s): {names}?</source>
        <translation>
            <numerusform>Видалити {n} курс: {names}?</numerusform>
            <numerusform>Видалити {n} курси: {names}?</numerusform>
            <numerusform>Видалити {n} курсів: {names}?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete rates</source>
        <translation>Видалити курси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledges valued with them are re-valued with the rate before.</source>
        <translation>Зобов&apos;язання, оцінені за ними, переоцінюються за попереднім курсом.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{n} rate(s) deleted</source>
        <translation>
            <numerusform>Видалено {n} курс</numerusform>
            <numerusform>Видалено {n} курси</numerusform>
            <numerusform>Видалено {n} курсів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Import exchange rates</source>
        <translation>Імпорт обмінних курсів</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: nothing to import; its {n} rates are already here.</source>
        <translation>{file}: нічого імпортувати; усі його курси ({n}) уже є.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {counts} — import?</source>
        <translation>{file}: {counts} — імпортувати?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pledges in these currencies are re-valued in the same step.</source>
        <translation>Зобов&apos;язання в цих валютах переоцінюються в тому самому кроці.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {file}: {counts}</source>
        <translation>Імпортовано {file}: {counts}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import refused</source>
        <translation>Імпорт відхилено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Working… the pledges are being re-valued.</source>
        <translation>Виконується… зобов&apos;язання переоцінюються.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{n} pledge(s) re-valued</source>
        <translation>
            <numerusform>Переоцінено {n} зобов&apos;язання</numerusform>
            <numerusform>Переоцінено {n} зобов&apos;язання</numerusform>
            <numerusform>Переоцінено {n} зобов&apos;язань</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Please wait: the pledges are still being re-valued.</source>
        <translation>Зачекайте: зобов&apos;язання ще переоцінюються.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{added} new, {changed} changed, {unchanged} unchanged</source>
        <translation>нових: {added}, змінених: {changed}, без змін: {unchanged}</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/rates_model.py" line="+27"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units per EUR</source>
        <translation>Одиниць за 1 EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/reason_dialog.py" line="+34"/>
        <source>Reason (required, kept in the audit log):</source>
        <translation>Причина (обов’язково, зберігається в журналі аудиту):</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/restore_dialog.py" line="+16"/>
        <source>{size} bytes</source>
        <translation>{size} байтів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+46"/>
        <source>Restore backup</source>
        <translation>Відновити резервну копію</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Backups of {name}, newest first. They are made before every import and migration. Restoring replaces everything in the database with the backup; the current state is backed up first, so a restore can itself be undone.</source>
        <translation>Резервні копії {name}, спочатку найновіші. Вони створюються перед кожним імпортом і міграцією. Відновлення замінює весь вміст бази резервною копією; поточний стан спершу зберігається, тож саме відновлення теж можна скасувати.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has no backups yet. A backup is made before every import and migration.</source>
        <translation>{name} ще не має резервних копій. Резервна копія створюється перед кожним імпортом і міграцією.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>Відновити…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace everything in {name} with the backup made {when} ({why})?</source>
        <translation>Замінити весь вміст {name} резервною копією від {when} ({why})?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes made since that backup are not lost: the current state is backed up first, and can be restored the same way.</source>
        <translation>Зміни, зроблені після цієї резервної копії, не втрачаються: поточний стан спершу зберігається, і його можна відновити так само.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored the backup of {made} ({why}). The state before the restore was saved as {name}.</source>
        <translation>Відновлено резервну копію від {made} ({why}). Стан до відновлення збережено як {name}.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/export_dialogs.py" line="-7"/>
        <source>Any donor (every member in the Donor list)</source>
        <translation>Будь-який донор (кожен член у списку «Донор»)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Export template</source>
        <translation>Експорт шаблону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty workbook for a national desk to fill in, one row per pledge, with drop-down lists and an instructions sheet. Import it back with File ▸ Import from Excel….</source>
        <translation>Порожня книга для заповнення національним відділом, один рядок на зобов&apos;язання, зі спадними списками та аркушем інструкцій. Імпортуйте її назад через Файл ▸ Імпорт з Excel….</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
</context>
</TS>
