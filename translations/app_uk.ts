<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Actions</name>
    <message>
        <location filename="../desktop/ramstein/ui/actions.py" line="+38"/>
        <source>Dashboard</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledges</source>
        <translation>Зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the {view} view ({shortcut})</source>
        <translation>Показати розділ «{view}» ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty planning database</source>
        <translation>Створити порожню базу планування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing planning database</source>
        <translation>Відкрити наявну базу планування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the database again (after changes made outside this window)</source>
        <translation>Перечитати базу даних (після змін, зроблених поза цим вікном)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Імпорт з Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an edited export or a filled-in template: preview, then apply (one undo step); .xlsx files can also be dropped on the window</source>
        <translation>Імпортувати відредагований експорт або заповнений шаблон: попередній перегляд, потім застосування (один крок скасування); файли .xlsx можна також перетягнути у вікно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;foreign sheet…</source>
        <translation>Імпорт &amp;сторонньої таблиці…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import pledges from a sheet that is not ours (.xlsx or .csv, e.g. the Kiel tracker): map its columns, preview, import</source>
        <translation>Імпортувати зобов&apos;язання зі сторонньої таблиці (.xlsx або .csv, напр. трекер Кільського інституту): зіставити стовпці, переглянути, імпортувати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Експорт в Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the pledges the Pledges view shows (its filter), their deliveries and the members to an .xlsx workbook</source>
        <translation>Записати у книгу .xlsx зобов&apos;язання, показані в розділі «Зобов&apos;язання» (з його фільтром), їхні поставки та учасників</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;template…</source>
        <translation>Експорт &amp;шаблону…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty workbook for a national desk to fill in (optionally for one donor)</source>
        <translation>Порожня книга для заповнення національним відділом (за бажанням — для одного донора)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;calendar…</source>
        <translation>Експорт &amp;календаря…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the deliveries the Calendar&apos;s filter shows to an .ics file (one all-day event per delivery)</source>
        <translation>Записати у файл .ics поставки, показані фільтром календаря (одна подія на весь день для кожної поставки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print calendar month to PDF…</source>
        <translation>&amp;Друк місяця календаря в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month the Calendar shows, A4 landscape, with the classification marking</source>
        <translation>Місяць, показаний у календарі, A4 альбомна, з грифом секретності</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport brief…</source>
        <translation>Е&amp;кспорт довідки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF staff brief (all donors or one): key figures, fund position, top donors, overdue deliveries, charts, with the classification marking on every page</source>
        <translation>Штабна довідка у PDF (усі донори або один): ключові показники, стан фонду, провідні донори, прострочені поставки, діаграми, з грифом секретності на кожній сторінці</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup of this database back (made before every import and migration); the current state is backed up first</source>
        <translation>Повернути резервну копію цієї бази (створюється перед кожним імпортом і міграцією); поточний стан спершу зберігається</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Скасувати останню зміну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change just undone</source>
        <translation>Повторити щойно скасовану зміну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected pledges as a table (pastes into Excel)</source>
        <translation>Копіювати вибрані зобов&apos;язання як таблицю (вставляється в Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>&amp;Вставити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create pledges from rows copied from Excel or this table</source>
        <translation>Створити зобов&apos;язання з рядків, скопійованих з Excel або цієї таблиці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New pledge…</source>
        <translation>&amp;Нове зобов&apos;язання…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a new pledge (Ctrl+Shift+N)</source>
        <translation>Ввести нове зобов&apos;язання (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублювати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of the selected pledges, status announced, new references</source>
        <translation>Копія вибраних зобов&apos;язань зі статусом «оголошено» і новими номерами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;status of selected…</source>
        <translation>&amp;Статус вибраних…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move all selected pledges to one status (one undo step)</source>
        <translation>Перевести всі вибрані зобов&apos;язання в один статус (один крок скасування)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set c&amp;hannel of selected…</source>
        <translation>&amp;Канал вибраних…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give all selected pledges one channel (one undo step)</source>
        <translation>Призначити всім вибраним зобов&apos;язанням один канал (один крок скасування)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel pledge…</source>
        <translation>Ск&amp;асувати зобов&apos;язання…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected pledges, with a reason</source>
        <translation>Скасувати вибрані зобов&apos;язання із зазначенням причини</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete pledge created in error…</source>
        <translation>Ви&amp;далити помилково створене зобов&apos;язання…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove pledges entered by mistake, with a reason (audited)</source>
        <translation>Видалити помилково введені зобов&apos;язання із зазначенням причини (фіксується в журналі)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exchange &amp;rates…</source>
        <translation>&amp;Курси валют…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View, edit and import the exchange rates pledges are valued with</source>
        <translation>Переглянути, змінити та імпортувати курси валют, за якими оцінюються зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification &amp;marking…</source>
        <translation>&amp;Гриф секретності…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The marking every export of this database carries, and whether it is required</source>
        <translation>Гриф, який має кожен експорт цієї бази, і чи він обов’язковий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language…</source>
        <translation>&amp;Мова…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window: the system&apos;s, English, French or Ukrainian (from the next start, or restart now)</source>
        <translation>Мова вікна: системна, англійська, французька або українська (з наступного запуску або після перезапуску зараз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Ramstein Planner</source>
        <translation>&amp;Про Ramstein Planner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Open &amp;recent</source>
        <translation>Відкрити &amp;нещодавні</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../desktop/ramstein/ui/audit_text.py" line="+31"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Спроможність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanism</source>
        <translation>Механізм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR value</source>
        <translation>Вартість, EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valuation date</source>
        <translation>Дата оцінки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Оголошено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding year</source>
        <translation>Рік фінансування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reimbursed by</source>
        <translation>Відшкодовує</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financed by</source>
        <translation>Фінансує</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay reason</source>
        <translation>Причина затримки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Змінено статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeded</source>
        <translation>Початкові дані</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>Демонстраційні дані</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>desktop app</source>
        <translation>застосунок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo</source>
        <translation>скасування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>повторення</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>member {id}</source>
        <translation>учасник {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capability {id}</source>
        <translation>спроможність {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hub {id}</source>
        <translation>хаб {id}</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+14"/>
        <location line="+29"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>{field} was {value}</source>
        <translation>{field}: було {value}</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>with {n} delivery(ies)</source>
        <translation>
            <numerusform>з {n} поставкою</numerusform>
            <numerusform>з {n} поставками</numerusform>
            <numerusform>з {n} поставками</numerusform>
        </translation>
    </message>
    <message>
        <location line="-78"/>
        <source>on {day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source: {source}</source>
        <translation>джерело: {source}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(new)</source>
        <translation>(нове)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} by {user}</source>
        <translation>{when}, {user}</translation>
    </message>
</context>
<context>
    <name>BriefReport</name>
    <message>
        <location filename="../desktop/ramstein/ui/brief_report.py" line="+143"/>
        <source>Ukraine Defense Contact Group — Military aid brief</source>
        <translation>Контактна група з питань оборони України — довідка про військову допомогу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All donors</source>
        <translation>Усі донори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({code}) only</source>
        <translation>лише {name} ({code})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{sign}EUR {amount}</source>
        <translation>{sign}{amount}&#xa0;€</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sign}EUR {amount} {unit}</source>
        <translation>{sign}{amount}&#xa0;{unit}€</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{n} delivery(ies) overdue worth {value}</source>
        <translation>
            <numerusform>{n} поставка прострочена на суму {value}</numerusform>
            <numerusform>{n} поставки прострочені на суму {value}</numerusform>
            <numerusform>{n} поставок прострочено на суму {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} pledge(s)</source>
        <translation>
            <numerusform>{n} зобов&apos;язання</numerusform>
            <numerusform>{n} зобов&apos;язання</numerusform>
            <numerusform>{n} зобов&apos;язань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} delivery(ies), {value}</source>
        <translation>
            <numerusform>{n} поставка, {value}</numerusform>
            <numerusform>{n} поставки, {value}</numerusform>
            <numerusform>{n} поставок, {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of {n} delivery(ies) in all</source>
        <translation>
            <numerusform>із {n} поставки загалом</numerusform>
            <numerusform>із {n} поставок загалом</numerusform>
            <numerusform>із {n} поставок загалом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} more overdue delivery(ies) worth {value} not listed (the Calendar view shows them all).</source>
        <translation>
            <numerusform>Ще {n} прострочена поставка на суму {value} не показана (у поданні «Календар» є всі).</numerusform>
            <numerusform>Ще {n} прострочені поставки на суму {value} не показані (у поданні «Календар» є всі).</numerusform>
            <numerusform>Ще {n} прострочених поставок на суму {value} не показано (у поданні «Календар» є всі).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivered {pct} of pledged ({delivered} of {pledged}); {open} still to deliver.</source>
        <translation>Поставлено {pct} від обіцяного ({delivered} з {pledged}); ще належить поставити {open}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pledges recorded.</source>
        <translation>Зобов&apos;язань не зареєстровано.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No delivery is overdue.</source>
        <translation>Прострочених поставок немає.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, {n} of them {capability}</source>
        <translation>, з них {n} — {capability}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the longest {days} days late ({reference}, {donor}).</source>
        <translation>; найдовше прострочення — {days} дн. ({reference}, {donor}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{fund}, {year}: {allocated} allocated against the {floor} floor ({pct}); {below} of {n} participants below their GDP-based fair share.</source>
        <translation>{fund}, {year}: розподілено {allocated} при мінімумі {floor} ({pct}); {below} з {n} учасників нижче своєї справедливої частки за ВВП.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} does not take part in {fund}.</source>
        <translation>{name} не бере участі у {fund}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{fund}, {year}: no fair share for {name} ({flag}).</source>
        <translation>{fund}, {year}: для {name} справедливої частки немає ({flag}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} below its share</source>
        <translation>{gap} нижче своєї частки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gap} above its share</source>
        <translation>{gap} вище своєї частки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fund}, {year}: fair share {share} ({pct} of the participants&apos; GDP), {allocated} allocated: {where}.</source>
        <translation>{fund}, {year}: справедлива частка {share} ({pct} ВВП учасників), розподілено {allocated}: {where}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>below by {gap}</source>
        <translation>нижче на {gap}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above by {gap}</source>
        <translation>вище на {gap}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Laying out the brief…</source>
        <translation>Верстка довідки…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief laid out</source>
        <translation>Довідку зверстано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STAFF BRIEF</source>
        <translation>ШТАБНА ДОВІДКА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{scope} · {date}</source>
        <translation>{scope} · {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data as of {data} from {db} · generated {now} · overdue measured against {today}</source>
        <translation>Дані станом на {data} з {db} · створено {now} · прострочення відносно {today}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>BOTTOM LINE</source>
        <translation>ГОЛОВНЕ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PLEDGED</source>
        <translation>ОБІЦЯНО</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DELIVERED</source>
        <translation>ПОСТАВЛЕНО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pct} of pledged</source>
        <translation>{pct} від обіцяного</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OPEN</source>
        <translation>ЗАЛИШОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pledged, not yet delivered</source>
        <translation>обіцяно, ще не поставлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERDUE</source>
        <translation>ПРОСТРОЧЕНО</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key figures</source>
        <translation>Ключові показники</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{status}: {n}</source>
        <translation>{status}: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pledges by status</source>
        <translation>Зобов&apos;язання за статусом</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Fund position — {fund}, {year}</source>
        <translation>Стан фонду — {fund}, {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair share</source>
        <translation>Справедлива частка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly floor</source>
        <translation>Річний мінімум</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+412"/>
        <source>Pledged</source>
        <translation>Обіцяно</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Allocated (counts)</source>
        <translation>Розподілено (враховано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below fair share: short {gap}</source>
        <translation>Нижче справедливої частки: бракує {gap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{below} of {n}</source>
        <translation>{below} з {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of GDP</source>
        <translation>Частка ВВП</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair shares: the year&apos;s tranche split by each participant&apos;s share of the participants&apos; GDP ({gdp_year}), exempt members left out; allocated counts the pledges in the fund&apos;s counted states, to the payer.</source>
        <translation>Справедливі частки: річний транш, поділений за часткою кожного учасника у ВВП учасників ({gdp_year}), без звільнених членів; розподілене — це зобов&apos;язання у врахованих фондом станах, зараховані платникові.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{pct} allocated</source>
        <translation>{pct} розподілено</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{title} (continued)</source>
        <translation>{title} (продовження)</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+54"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Pledges</source>
        <translation>Зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Pledged (EUR m)</source>
        <translation>Обіцяно (млн EUR)</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+87"/>
        <source>Delivered (EUR m)</source>
        <translation>Поставлено (млн EUR)</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Delivered share</source>
        <translation>Частка поставленого</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Fair share (EUR m)</source>
        <translation>Справедлива частка (млн EUR)</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+85"/>
        <source>Against fair share</source>
        <translation>Відносно справедливої частки</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+10"/>
        <source>Top {n} donors</source>
        <translation>Топ-{n} донорів</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Donor figures</source>
        <translation>Показники донорів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged and delivered count to the payer (a pledge financed by another member counts to it); a cancelled pledge counts what it delivered. Fair share and position: the fund year&apos;s tranche by GDP share against what is allocated.</source>
        <translation>Зобов&apos;язане й поставлене зараховуються платникові (зобов&apos;язання, яке фінансує інший член, зараховується йому); скасоване зобов&apos;язання враховує те, що поставлено. Справедлива частка й позиція: транш року фонду за часткою ВВП порівняно з розподіленим.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Days late</source>
        <translation>Днів запізнення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledge</source>
        <translation>Зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capability</source>
        <translation>Потенціал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open deliveries (planned, in transit, delayed) whose planned date is before {today}; longest overdue first. Value in EUR.</source>
        <translation>Незавершені поставки (заплановані, у дорозі, затримані) із запланованою датою до {today}; спершу найдовше прострочені. Вартість у EUR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue deliveries ({n}, {value})</source>
        <translation>Прострочені поставки ({n}, {value})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP share</source>
        <translation>Частка ВВП</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allocated (EUR m)</source>
        <translation>Розподілено (млн EUR)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fund position by participant, {year}</source>
        <translation>Стан фонду за учасниками, {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tranche {tranche}. Pledged: the year&apos;s pledges (funding year, else the year announced) in the fund&apos;s channels; allocated: those in its counted states.</source>
        <translation>Транш {tranche}. Зобов&apos;язано: зобов&apos;язання року (рік фінансування, інакше рік оголошення) у каналах фонду; розподілено: ті з них, що у врахованих ним станах.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members outside the fund pledged {outside} more.</source>
        <translation>Учасники поза фондом пообіцяли ще {outside}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pledged vs delivered, by month (cumulative)</source>
        <translation>Обіцяно й поставлено, за місяцями (наростаючим підсумком)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deliveries planned vs delivered, by month</source>
        <translation>Поставки заплановані й виконані, за місяцями</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pledged by capability</source>
        <translation>Обіцяно за потенціалом</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Military aid brief — {scope} — {date}</source>
        <translation>Довідка про військову допомогу — {scope} — {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ramstein Planner · {db} · data as of {data}</source>
        <translation>Ramstein Planner · {db} · дані станом на {data}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/calendar_commands.py" line="+78"/>
        <source>Could not undo “{step}”: {error}</source>
        <translation>Не вдалося скасувати «{step}»: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not redo “{step}”: {error}</source>
        <translation>Не вдалося повторити «{step}»: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>Move {n} delivery(ies) to {day}</source>
        <translation>
            <numerusform>Перенести {n} поставку на {day}</numerusform>
            <numerusform>Перенести {n} поставки на {day}</numerusform>
            <numerusform>Перенести {n} поставок на {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Mark {n} delivery(ies) delivered</source>
        <translation>
            <numerusform>Позначити {n} поставку як доставлені</numerusform>
            <numerusform>Позначити {n} поставки як доставлені</numerusform>
            <numerusform>Позначити {n} поставок як доставлені</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delay {n} delivery(ies)</source>
        <translation>
            <numerusform>Затримати {n} поставку</numerusform>
            <numerusform>Затримати {n} поставки</numerusform>
            <numerusform>Затримати {n} поставок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delay {n} delivery(ies) to {day}</source>
        <translation>
            <numerusform>Затримати {n} поставку до {day}</numerusform>
            <numerusform>Затримати {n} поставки до {day}</numerusform>
            <numerusform>Затримати {n} поставок до {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Edit {n} delivery(ies)</source>
        <translation>
            <numerusform>Змінити {n} поставку</numerusform>
            <numerusform>Змінити {n} поставки</numerusform>
            <numerusform>Змінити {n} поставок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPrint</name>
    <message numerus="yes">
        <location filename="../desktop/ramstein/ui/calendar_print.py" line="+143"/>
        <source>{n} delivery(ies) · {eur} · {overdue} overdue</source>
        <translation>
            <numerusform>{n} поставка · {eur} · прострочено: {overdue}</numerusform>
            <numerusform>{n} поставки · {eur} · прострочено: {overdue}</numerusform>
            <numerusform>{n} поставок · {eur} · прострочено: {overdue}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Filter: {filter}</source>
        <translation>Фільтр: {filter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: none (all deliveries)</source>
        <translation>Фільтр: немає (усі поставки)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Per day: deliveries · EUR planned, top donors, status bar; red: overdue</source>
        <translation>За день: поставки · заплановано EUR, провідні донори, смуга статусів; червоне: прострочено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deliveries — {month}</source>
        <translation>Поставки — {month}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed {printed} from {source} · today is {day} (outlined)</source>
        <translation>Надруковано {printed} з {source} · сьогодні {day} (в рамці)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed {printed} · today is {day} (outlined)</source>
        <translation>Надруковано {printed} · сьогодні {day} (в рамці)</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message numerus="yes">
        <location filename="../desktop/ramstein/ui/change_watch.py" line="+144"/>
        <source>%n change(s) by another planner ({users}), {time}</source>
        <translation>
            <numerusform>%n зміна іншого плановика ({users}), {time}</numerusform>
            <numerusform>%n зміни іншого плановика ({users}), {time}</numerusform>
            <numerusform>%n змін іншого плановика ({users}), {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) by another planner, {time}</source>
        <translation>
            <numerusform>%n зміна іншого плановика, {time}</numerusform>
            <numerusform>%n зміни іншого плановика, {time}</numerusform>
            <numerusform>%n змін іншого плановика, {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../desktop/ramstein/ui/connection_banner.py" line="+45"/>
        <source>Retry now</source>
        <translation>Повторити зараз</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;The database is not answering.&lt;/b&gt; Nothing was half-written; what you see is what was last read.</source>
        <translation>&lt;b&gt;База даних не відповідає.&lt;/b&gt; Нічого не записано частково; ви бачите останні прочитані дані.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Повтор через %n с</numerusform>
            <numerusform>Повтор через %n с</numerusform>
            <numerusform>Повтор через %n с</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trying again…</source>
        <translation>Повторна спроба…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) not saved yet</source>
        <translation>
            <numerusform>%n зміна ще не збережена</numerusform>
            <numerusform>%n зміни ще не збережені</numerusform>
            <numerusform>%n змін ще не збережено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../desktop/ramstein/ui/open_database.py" line="+34"/>
        <source>Ramstein Planner database (*.ramstein *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>База даних Ramstein Planner (*.ramstein *.db *.sqlite *.sqlite3);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No lock file can be created next to {name}: opening it read-only.</source>
        <translation>Не вдається створити файл блокування поруч із {name}: відкривається лише для читання.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening {shown}…</source>
        <translation>Відкриття {shown}…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>another window (pid {pid}, {app})</source>
        <translation>іншому вікні (pid {pid}, {app})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramstein Planner on another computer, {host} (pid {pid})</source>
        <translation>Ramstein Planner на іншому комп’ютері, {host} (pid {pid})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database already open</source>
        <translation>База даних уже відкрита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is open in {where}.</source>
        <translation>{name} відкрита в {where}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one window at a time can change a database. Switch to the other window to work there. Or open the database here read-only, to look at it and export from it; edits are refused.</source>
        <translation>Змінювати базу даних одночасно може лише одне вікно. Перейдіть до іншого вікна, щоб працювати там. Або відкрийте базу тут лише для читання, щоб переглядати й експортувати; зміни буде відхилено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the other window</source>
        <translation>Перейти до іншого вікна</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one window at a time can change a database. This window cannot bring the other one to the front: switch to it from the taskbar to work there. Or open the database here read-only, to look at it and export from it; edits are refused.</source>
        <translation>Змінювати базу даних одночасно може лише одне вікно. Це вікно не може вивести інше на передній план: перейдіть до нього з панелі завдань. Або відкрийте базу тут лише для читання, щоб переглядати й експортувати; зміни буде відхилено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only</source>
        <translation>Відкрити лише для читання</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} not opened: it is open in {where}.</source>
        <translation>{name} не відкрито: її відкрито в {where}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switched to the window that has {name} open</source>
        <translation>Перемкнено на вікно, де відкрито {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} not opened: the window that has it open (pid {pid}) did not answer; switch to it from the taskbar.</source>
        <translation>{name} не відкрито: вікно, де її відкрито (pid {pid}), не відповіло; перейдіть до нього з панелі завдань.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opened {path} read-only: edits are refused by the database.</source>
        <translation>{path} відкрито лише для читання: база відхиляє зміни.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {path}</source>
        <translation>Відкрито {path}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database failed its check after the last session ended unexpectedly</source>
        <translation>База даних не пройшла перевірку після неочікуваного завершення останнього сеансу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database damaged</source>
        <translation>База даних пошкоджена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last session ended unexpectedly, and {name} failed its check. Restore a backup (File &gt; Restore backup…) before working on it.</source>
        <translation>Останній сеанс завершився неочікувано, і {name} не пройшла перевірку. Відновіть резервну копію (Файл &gt; Відновити з резервної копії…), перш ніж працювати з нею.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore backup…</source>
        <translation>Відновити з резервної копії…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not open {shown}</source>
        <translation>Не вдалося відкрити {shown}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database open</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open the database</source>
        <translation>Не вдалося відкрити базу даних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramstein Planner could not open {shown}.</source>
        <translation>Ramstein Planner не зміг відкрити {shown}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File exists</source>
        <translation>Файл існує</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists. Use File ▸ Open database… to open it.</source>
        <translation>{path} вже існує. Щоб відкрити її, скористайтеся Файл ▸ Відкрити базу даних…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;{number} {name}  ({parent})</source>
        <translation>&amp;{number} {name}  ({parent})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the list</source>
        <translation>Очистити список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recent databases</source>
        <translation>Немає нещодавніх баз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a database first.</source>
        <translation>Спершу відкрийте базу даних.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Restore backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This database is open read-only (it is open in another window): restore it from that window.</source>
        <translation>Цю базу відкрито лише для читання (її відкрито в іншому вікні): відновлюйте її з того вікна.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is a server database that other planners may be using, so it is not restored from this window. Its backups, taken before each import or replacement, are local database files in {folder}: open one with File &gt; Open database… to look at it, or put it back on the server with ramstein copy --from BACKUP --to URL --replace.</source>
        <translation>{name} — серверна база даних, якою можуть користуватися інші планувальники, тому її не відновлюють із цього вікна. Її резервні копії, зроблені перед кожним імпортом або заміною, — це локальні файли бази даних у {folder}: відкрийте одну через Файл &gt; Відкрити базу даних…, щоб переглянути, або поверніть її на сервер командою ramstein copy --from КОПІЯ --to URL --replace.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking and restoring the backup {name}…</source>
        <translation>Перевірка та відновлення резервної копії {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup restored</source>
        <translation>Резервну копію відновлено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup {name} not restored</source>
        <translation>Резервну копію {name} не відновлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup not restored</source>
        <translation>Резервну копію не відновлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {name} was not restored; the database is as it was.</source>
        <translation>Резервну копію {name} не відновлено; база даних залишилася без змін.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating demo data</source>
        <translation>Створення демонстраційних даних</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Demo data created</source>
        <translation>Демонстраційні дані створено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data not created (cancelled); the database is unchanged.</source>
        <translation>Демонстраційні дані не створено (скасовано); база даних без змін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data could not be created</source>
        <translation>Не вдалося створити демонстраційні дані</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data not created</source>
        <translation>Демонстраційні дані не створено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo data could not be created.</source>
        <translation>Не вдалося створити демонстраційні дані.</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <location filename="../desktop/ramstein/ui/delegates.py" line="+184"/>
        <source>e.g. 1234.50</source>
        <translation>напр. 1234,50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter sets this pledge; Ctrl+Enter sets {column} in all {n} selected pledges</source>
        <translation>Enter змінює це зобов&apos;язання; Ctrl+Enter змінює «{column}» в усіх вибраних зобов&apos;язаннях ({n})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{status} (now)</source>
        <translation>{status} (зараз)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A {lower} pledge cannot change its status</source>
        <translation>Зобов&apos;язання зі статусом «{lower}» не може змінити статус</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved. {error}</source>
        <translation>Не збережено. {error}</translation>
    </message>
</context>
<context>
    <name>DeliveryCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/delivery_commands.py" line="+138"/>
        <source>Could not undo “{step}”: {error}</source>
        <translation>Не вдалося скасувати «{step}»: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not redo “{step}”: {error}</source>
        <translation>Не вдалося повторити «{step}»: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add delivery</source>
        <translation>додати поставку</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete delivery</source>
        <translation>видалити поставку</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit delivery</source>
        <translation>змінити поставку</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>Mark {n} delivery(ies) delivered</source>
        <translation>
            <numerusform>позначити {n} поставку як доставлені</numerusform>
            <numerusform>позначити {n} поставки як доставлені</numerusform>
            <numerusform>позначити {n} поставок як доставлені</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Edit {n} delivery(ies)</source>
        <translation>
            <numerusform>Змінити {n} поставку</numerusform>
            <numerusform>Змінити {n} поставки</numerusform>
            <numerusform>Змінити {n} поставок</numerusform>
        </translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Mark delivered</source>
        <translation>позначити як доставлену</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>Delete {n} delivery(ies)</source>
        <translation>
            <numerusform>видалити {n} поставку</numerusform>
            <numerusform>видалити {n} поставки</numerusform>
            <numerusform>видалити {n} поставок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogProgress</name>
    <message>
        <location filename="../desktop/ramstein/ui/progress_dialog.py" line="+21"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancelling… the database is left as it was.</source>
        <translation>Скасування… база даних залишається без змін.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>ExcelExchange</name>
    <message>
        <location filename="../desktop/ramstein/ui/excel_exchange.py" line="+53"/>
        <source>Open a database first.</source>
        <translation>Спершу відкрийте базу даних.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel export or import is still running; wait until it is done.</source>
        <translation>Експорт або імпорт Excel ще триває; зачекайте, доки він завершиться.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export to Excel — {what}</source>
        <translation>Експорт в Excel — {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>all pledges</source>
        <translation>усі зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter: {filter}</source>
        <translation>фільтр: {filter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Excel</source>
        <translation>Експорт в Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing {name} ({what})…</source>
        <translation>Запис {name} ({what})…</translation>
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
        <location line="+1"/>
        <source>Export to {name} cancelled; {kept}.</source>
        <translation>Експорт у {name} скасовано; {kept}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {pledges} pledges and {deliveries} deliveries ({what}) to {path}</source>
        <translation>Експортовано зобов&apos;язань: {pledges}, поставок: {deliveries} ({what}) у {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Export template</source>
        <translation>Експорт шаблону</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> for {donor}</source>
        <translation> для {donor}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the template {name}{whom}…</source>
        <translation>Запис шаблону {name}{whom}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template{whom} written to {path}</source>
        <translation>Шаблон{whom} записано в {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template not written</source>
        <translation>Шаблон не записано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not written</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the file name must end in .xlsx.</source>
        <translation>{name}: назва файлу має закінчуватися на .xlsx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File is open elsewhere</source>
        <translation>Файл відкрито в іншій програмі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is open in Excel or LibreOffice ({name2} exists next to it).</source>
        <translation>{name} відкрито в Excel або LibreOffice (поруч є {name2}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close it there and export again, or choose another file name. If no program has it open, delete {name}.</source>
        <translation>Закрийте його там і експортуйте знову або виберіть іншу назву файлу. Якщо жодна програма його не відкрила, видаліть {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was not written</source>
        <translation>{name} не записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} could not be written.</source>
        <translation>Не вдалося записати {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+26"/>
        <source>Import from Excel</source>
        <translation>Імпорт з Excel</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Reading and checking {name}…</source>
        <translation>Читання та перевірка {name}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import of {name} not applied; nothing was changed.</source>
        <translation>Імпорт {name} не застосовано; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {counts_text}</source>
        <translation>{name}: {counts_text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing {name}…</source>
        <translation>Імпорт {name}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import refused</source>
        <translation>Імпорт відхилено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>{name}: nothing was imported.</source>
        <translation>{name}: нічого не імпортовано.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+18"/>
        <source>{name}: nothing was imported</source>
        <translation>{name}: нічого не імпортовано</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>; backup of the database before it: {backup}</source>
        <translation>; резервна копія бази перед імпортом: {backup}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {name}: {new} new, {changed} changed{backup}</source>
        <translation>Імпортовано {name}: нових — {new}, змінених — {changed}{backup}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import of {name} cancelled; the database is unchanged.</source>
        <translation>Імпорт {name} скасовано; база даних без змін.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the file</source>
        <translation>Не вдається прочитати файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed</source>
        <translation>Помилка імпорту</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot undo the import</source>
        <translation>Не вдається скасувати імпорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import of {name} cannot be undone: {problem}</source>
        <translation>Імпорт {name} неможливо скасувати: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo of the import of {name} refused; nothing changed.</source>
        <translation>Скасування імпорту {name} відхилено; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo the import</source>
        <translation>Не вдається повторити імпорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import of {name} cannot be redone: {problem}</source>
        <translation>Імпорт {name} неможливо повторити: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo of the import of {name} refused; nothing changed.</source>
        <translation>Повторення імпорту {name} відхилено; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pledges stay as they are now; the step was removed from the undo history.</source>
        <translation>Зобов&apos;язання залишаються як є; крок вилучено з історії скасування.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is a folder. Choose a file name ending in .xlsx.</source>
        <translation>{path} — це тека. Виберіть назву файлу, що закінчується на .xlsx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is locked (open in Excel or another program) or the folder cannot be written to. Close the file or choose another folder, then export again. The previous file, if any, is unchanged.</source>
        <translation>Файл заблоковано (відкрито в Excel чи іншій програмі) або в теку не можна записувати. Закрийте файл або виберіть іншу теку й експортуйте знову. Попередній файл, якщо був, не змінено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} does not exist (any more).</source>
        <translation>Теки {folder} не існує (більше).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}. The previous file, if any, is unchanged.</source>
        <translation>{error}. Попередній файл, якщо був, не змінено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file cannot be opened (locked by another program, or no permission)</source>
        <translation>файл неможливо відкрити (заблоковано іншою програмою або немає дозволу)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file no longer exists</source>
        <translation>файлу більше не існує</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ramstein/ui/filter_bar.py" line="+83"/>
        <source>no filter</source>
        <translation>без фільтра</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Search reference, item, notes…</source>
        <translation>Пошук: номер, предмет, примітки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search pledges</source>
        <translation>Пошук зобов&apos;язань</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must appear: reference, donor, capability, item, unit, currency, status, mechanism, source or notes</source>
        <translation>Кожне слово має трапитися: номер, донор, потенціал, предмет, одиниця, валюта, статус, механізм, джерело або примітки</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>any</source>
        <translation>будь-яка</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Announced on or after</source>
        <translation>Оголошено не раніше</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announced on or before</source>
        <translation>Оголошено не пізніше</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any announcement date</source>
        <translation>Будь-яка дата оголошення</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every pledge: remove all filters</source>
        <translation>Показати всі зобов&apos;язання: зняти всі фільтри</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presets</source>
        <translation>Набори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter presets</source>
        <translation>Збережені фільтри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a saved filter</source>
        <translation>Застосувати збережений фільтр</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as preset…</source>
        <translation>Зберегти як набір…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this filter under a name (replaces a preset of the same name)</source>
        <translation>Зберегти цей фільтр під назвою (замінює набір з такою ж назвою)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete preset</source>
        <translation>Видалити набір</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the preset chosen on the left</source>
        <translation>Видалити набір, вибраний ліворуч</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Announced</source>
        <translation>Оголошено</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Save filter as preset</source>
        <translation>Зберегти фільтр як набір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for this filter:
{describe}</source>
        <translation>Назва цього фільтра:
{describe}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No filter: all pledges</source>
        <translation>Без фільтра: усі зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: {filter}</source>
        <translation>Фільтр: {filter}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../desktop/ramstein/ui/formatting.py" line="+94"/>
        <source>€{amount}</source>
        <translation>{amount} €</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>bn</source>
        <translation>млрд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>млн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k</source>
        <translation>тис.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{sign}€{amount}{unit}</source>
        <translation>{sign}{amount} {unit}€</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EUR tn</source>
        <translation>трлн EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR bn</source>
        <translation>млрд EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR m</source>
        <translation>млн EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR k</source>
        <translation>тис. EUR</translation>
    </message>
</context>
<context>
    <name>FundCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/fund_commands.py" line="+93"/>
        <source>exempt {member} in {fund}</source>
        <translation>звільнити {member} у «{fund}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count again {member} in {fund}</source>
        <translation>знову враховувати {member} у «{fund}»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>edit {fund}</source>
        <translation>змінити «{fund}»</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/import_commands.py" line="+32"/>
        <source>Import of {name} ({new} new, {changed} changed)</source>
        <translation>імпорт {name} (нових: {new}, змінених: {changed})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>undo {step}</source>
        <translation>скасувати: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo {step}</source>
        <translation>повторити: {step}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/language_dialog.py" line="+44"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language of the window, dates and numbers:</source>
        <translation>Мова вікна, дат і чисел:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default ({language})</source>
        <translation>Системна ({language})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save and &amp;restart now</source>
        <translation>Зберегти й &amp;перезапустити зараз</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{language} applies from the next start of Ramstein Planner. Restart now to see it (the same database opens again).</source>
        <translation>{language} застосовується з наступного запуску Ramstein Planner. Перезапустіть зараз, щоб побачити її (відкриється та сама база даних).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session was started with the language {code} (--lang or RAMSTEIN_LANG), which wins over this setting; a restart from here applies the setting.</source>
        <translation>Цей сеанс запущено з мовою {code} (--lang або RAMSTEIN_LANG), яка має перевагу над цим налаштуванням; перезапуск звідси застосує налаштування.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Restart</source>
        <translation>Перезапуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramstein Planner could not be started again; start it yourself: the new language applies.</source>
        <translation>Не вдалося знову запустити Ramstein Planner; запустіть його самі: нова мова застосується.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ramstein/ui/main_window.py" line="+85"/>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No database open</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>UDCG · NSATU aid planning</source>
        <translation>Допомога UDCG · NSATU</translation>
    </message>
    <message>
        <location line="+147"/>
        <location line="+7"/>
        <location line="+250"/>
        <location line="+13"/>
        <location line="+37"/>
        <source>Open a database first.</source>
        <translation>Спершу відкрийте базу даних.</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>{app} — {name} (read-only)</source>
        <translation>{app} — {name} (лише читання)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} — read-only</source>
        <translation>{path} — лише читання</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{pledges} pledges · {deliveries} deliveries · {members} members</source>
        <translation>Зобов&apos;язання: {pledges} · поставки: {deliveries} · учасники: {members}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{total} pledges</source>
        <translation>зобов&apos;язань: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} pledges</source>
        <translation>зобов&apos;язань: {shown} з {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table: {rows} · {eur}</source>
        <translation>Таблиця: {rows} · {eur}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+232"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+232"/>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Undo {step}…</source>
        <translation>Скасування: {step}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo {step}…</source>
        <translation>Повторення: {step}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Undo of an import</source>
        <translation>Скасування імпорту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo of an import</source>
        <translation>Повторення імпорту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step}: the undo was carried out, but the history changed meanwhile and was cleared.</source>
        <translation>{step}: скасування виконано, але історія тим часом змінилася й була очищена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{step}: the redo was carried out, but the history changed meanwhile and was cleared.</source>
        <translation>{step}: повторення виконано, але історія тим часом змінилася й була очищена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone: {step}</source>
        <translation>Скасовано: {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: {step}</source>
        <translation>Повторено: {step}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to Pledges (Ctrl+2) to copy, paste or change pledges</source>
        <translation>Перейдіть до розділу «Зобов&apos;язання» (Ctrl+2), щоб копіювати, вставляти або змінювати зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Classification marking: {marking}</source>
        <translation>Гриф секретності: {marking}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exchange rates changed: {n} pledges re-valued.</source>
        <translation>Курси валют змінено: переоцінено зобов&apos;язань: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language saved; it applies from the next start.</source>
        <translation>Мову збережено; вона застосовується з наступного запуску.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported {n} pledges from a foreign sheet.</source>
        <translation>Імпортовано зобов&apos;язань зі сторонньої таблиці: {n}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About {app}</source>
        <translation>Про {app}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planning of military aid to Ukraine for the Ukraine Defense Contact Group and NATO NSATU staff: who pledged what, when it arrives, and how each member stands against its fair share.</source>
        <translation>Планування військової допомоги Україні для Контактної групи з питань оборони України та штабу NSATU НАТО: хто що пообіцяв, коли це надійде і як кожен учасник виконує свою справедливу частку.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Скасувати: {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Повторити: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo {step}</source>
        <translation>Скасувати: {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo {step}</source>
        <translation>Повторити: {step}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to undo</source>
        <translation>Нічого скасовувати</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to redo</source>
        <translation>Нічого повторювати</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop one .xlsx file to import it</source>
        <translation>Перетягніть один файл .xlsx, щоб імпортувати його</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an .xlsx file can be dropped here (to import it)</source>
        <translation>Сюди можна перетягнути лише файл .xlsx (для імпорту)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} is not a file on this computer: save it first, then drop it</source>
        <translation>{url} не є файлом на цьому комп’ютері: спершу збережіть його, потім перетягніть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an .xlsx workbook: only .xlsx files can be imported</source>
        <translation>{name} не є книгою .xlsx: імпортувати можна лише файли .xlsx</translation>
    </message>
</context>
<context>
    <name>MultiSelect</name>
    <message>
        <location filename="../desktop/ramstein/ui/multi_select.py" line="+96"/>
        <source>Search {noun_plural}…</source>
        <translation>Пошук: {noun_plural}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose {noun_plural}</source>
        <translation>Вибрати: {noun_plural}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick all shown</source>
        <translation>Позначити всі показані</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick every option the list shows (after the search)</source>
        <translation>Позначити всі варіанти, показані у списку (після пошуку)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all: no restriction on {noun_plural}</source>
        <translation>Зняти всі позначки: без обмеження за «{noun_plural}»</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All donors</source>
        <translation>Усі донори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All member kinds</source>
        <translation>Усі типи учасників</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All capabilities</source>
        <translation>Усі потенціали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All mechanisms</source>
        <translation>Усі механізми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hubs</source>
        <translation>Усі хаби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delivery statuses</source>
        <translation>Усі статуси поставок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>donor</source>
        <translation>донор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donors</source>
        <translation>донори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member kind</source>
        <translation>тип учасника</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member kinds</source>
        <translation>типи учасників</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capability</source>
        <translation>потенціал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capabilities</source>
        <translation>потенціали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>statuses</source>
        <translation>статуси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mechanism</source>
        <translation>механізм</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mechanisms</source>
        <translation>механізми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hub</source>
        <translation>хаб</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hubs</source>
        <translation>хаби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery statuses</source>
        <translation>статуси поставок</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>All {nouns}</source>
        <translation>Усі: {nouns}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} {nouns}</source>
        <translation>{nouns}: {n}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{summary}  ▾</source>
        <translation>{summary}  ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {chosen}</source>
        <translation>{what}: {chosen}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Click to choose.</source>
        <translation>
Натисніть, щоб вибрати.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../desktop/ramstein/ui/date_fields.py" line="+48"/>
        <source>any</source>
        <translation>будь-яка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a date from the calendar; Delete clears it</source>
        <translation>Виберіть дату в календарі; Delete її очищає</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../desktop/ramstein/ui/sharing.py" line="+110"/>
        <source>Not saved yet: {what}. It is saved when the database answers again.</source>
        <translation>Ще не збережено: {what}. Буде збережено, коли база даних знову відповість.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Saved: {what}. Changed by another planner meanwhile, so not saved yet: {refs} (a merge is offered).</source>
        <translation>Збережено: {what}. Тим часом змінено іншим плановиком, тому ще не збережено: {refs} (запропоновано об’єднання).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed by another planner ({n} more to go)</source>
        <translation>Змінено іншим плановиком (залишилося ще {n})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label}: you kept the values saved by the other planner; nothing else was written.</source>
        <translation>{label}: ви залишили значення, збережені іншим плановиком; більше нічого не записано.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge not saved</source>
        <translation>Об’єднання не збережено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The merged values of {label} were not saved.</source>
        <translation>Об’єднані значення {label} не збережено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged and saved {label} (Ctrl+Z undoes).</source>
        <translation>{label} об’єднано й збережено (Ctrl+Z скасовує).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your change to {label} was not saved. It keeps the values the other planner saved.</source>
        <translation>Вашу зміну {label} не збережено. Залишаються значення, збережені іншим плановиком.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>Change not saved</source>
        <translation>Зміну не збережено</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Changes not saved</source>
        <translation>Зміни не збережено</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) could not be saved yet: the database is not answering. They are saved when it answers again, as long as this window stays open.</source>
        <translation>
            <numerusform>%n зміну ще не вдалося зберегти: база даних не відповідає. Її буде збережено, коли база знову відповість, доки це вікно відкрите.</numerusform>
            <numerusform>%n зміни ще не вдалося зберегти: база даних не відповідає. Їх буде збережено, коли база знову відповість, доки це вікно відкрите.</numerusform>
            <numerusform>%n змін ще не вдалося зберегти: база даних не відповідає. Їх буде збережено, коли база знову відповість, доки це вікно відкрите.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep waiting</source>
        <translation>Чекати далі</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Discard %n change(s) and close</source>
        <translation>
            <numerusform>Відкинути %n зміну й закрити</numerusform>
            <numerusform>Відкинути %n зміни й закрити</numerusform>
            <numerusform>Відкинути %n змін і закрити</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This change could not be saved: {what}.</source>
        <translation>Цю зміну не вдалося зберегти: {what}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delivery of {ref} planned {day}</source>
        <translation>поставка {ref}, запланована на {day}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Saved now that the database answers again: {what}.</source>
        <translation>Збережено, коли база даних знову відповіла: {what}.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/undo_commands.py" line="+49"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Спроможність</translation>
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
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Дата оголошення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Механізм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>edit {fields} of {ref}</source>
        <translation>змінити {fields}: {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+228"/>
        <source>edit {fields} of {n} pledge(s)</source>
        <translation>
            <numerusform>змінити {fields}: {n} зобов&apos;язання</numerusform>
            <numerusform>змінити {fields}: {n} зобов&apos;язання</numerusform>
            <numerusform>змінити {fields}: {n} зобов&apos;язань</numerusform>
        </translation>
    </message>
    <message>
        <location line="-176"/>
        <source>change status of {ref} to {status}</source>
        <translation>змінити статус {ref} на «{status}»</translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>change status of {n} pledge(s) to {status}</source>
        <translation>
            <numerusform>змінити статус {n} зобов&apos;язання на «{status}»</numerusform>
            <numerusform>змінити статус {n} зобов&apos;язань на «{status}»</numerusform>
            <numerusform>змінити статус {n} зобов&apos;язань на «{status}»</numerusform>
        </translation>
    </message>
    <message>
        <location line="-133"/>
        <source>cancel {ref}</source>
        <translation>скасувати зобов&apos;язання {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>cancel {n} pledge(s)</source>
        <translation>
            <numerusform>скасувати {n} зобов&apos;язання</numerusform>
            <numerusform>скасувати {n} зобов&apos;язання</numerusform>
            <numerusform>скасувати {n} зобов&apos;язань</numerusform>
        </translation>
    </message>
    <message>
        <location line="-120"/>
        <source>paste {ref}</source>
        <translation>вставити {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>paste {n} pledge(s)</source>
        <translation>
            <numerusform>вставити {n} зобов&apos;язання</numerusform>
            <numerusform>вставити {n} зобов&apos;язання</numerusform>
            <numerusform>вставити {n} зобов&apos;язань</numerusform>
        </translation>
    </message>
    <message>
        <location line="-118"/>
        <source>new pledge {ref}</source>
        <translation>нове зобов&apos;язання {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>new pledge: {n} pledge(s)</source>
        <translation>
            <numerusform>нові зобов&apos;язання: {n} зобов&apos;язання</numerusform>
            <numerusform>нові зобов&apos;язання: {n} зобов&apos;язання</numerusform>
            <numerusform>нові зобов&apos;язання: {n} зобов&apos;язань</numerusform>
        </translation>
    </message>
    <message>
        <location line="-116"/>
        <source>duplicate {ref}</source>
        <translation>дублювати {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>duplicate {n} pledge(s)</source>
        <translation>
            <numerusform>дублювати {n} зобов&apos;язання</numerusform>
            <numerusform>дублювати {n} зобов&apos;язання</numerusform>
            <numerusform>дублювати {n} зобов&apos;язань</numerusform>
        </translation>
    </message>
    <message>
        <location line="-114"/>
        <source>{verb} {ref}</source>
        <translation>{verb} {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>{verb} {n} pledge(s)</source>
        <translation>
            <numerusform>{verb} {n} зобов&apos;язання</numerusform>
            <numerusform>{verb} {n} зобов&apos;язання</numerusform>
            <numerusform>{verb} {n} зобов&apos;язань</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>delete {ref}</source>
        <translation>видалити {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>delete {n} pledge(s)</source>
        <translation>
            <numerusform>видалити {n} зобов&apos;язання</numerusform>
            <numerusform>видалити {n} зобов&apos;язання</numerusform>
            <numerusform>видалити {n} зобов&apos;язань</numerusform>
        </translation>
    </message>
</context>
</TS>
