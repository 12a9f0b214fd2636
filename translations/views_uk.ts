<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="+74"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the deliveries of the selected day</source>
        <translation>Показати поставки вибраного дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the deliveries of the selected week</source>
        <translation>Показати поставки вибраного тижня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the deliveries of the selected month</source>
        <translation>Показати поставки вибраного місяця</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+73"/>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Previous month (Page Up)</source>
        <translation>Попередній місяць (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Наступний місяць (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to today (Home)</source>
        <translation>Перейти до сьогодні (Home)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jump to a date</source>
        <translation>Перейти до дати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to date</source>
        <translation>Перейти до дати</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mark delivered</source>
        <translation>Позначити поставленим</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected deliveries delivered today (one undo step)</source>
        <translation>Позначити вибрані поставки поставленими сьогодні (один крок скасування)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Move to date…</source>
        <translation>Перенести на дату…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reschedule the selected deliveries (or drag them onto a day of the month)</source>
        <translation>Перепланувати вибрані поставки (або перетягнути їх на день місяця)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Delay…</source>
        <translation>Відкласти…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Mark the selected deliveries delayed, with the reason</source>
        <translation>Позначити вибрані поставки відкладеними, із зазначенням причини</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag rows onto a day to reschedule · Ctrl+Z undoes</source>
        <translation>Перетягніть рядки на день, щоб перепланувати · Ctrl+Z скасовує</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Mark delivered today</source>
        <translation>Позначити поставленим сьогодні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark delivered on…</source>
        <translation>Позначити поставленим на дату…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Filter bar: {filter}</source>
        <translation>Панель фільтрів: {filter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pledge status</source>
        <translation>статус зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mechanism</source>
        <translation>механізм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>announced dates</source>
        <translation>дати оголошення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not applied here: {what}</source>
        <translation>тут не застосовується: {what}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Loading the calendar…</source>
        <translation>Завантаження календаря…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database open</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load the calendar: {message}</source>
        <translation>Не вдалося завантажити календар: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <location line="+18"/>
        <location line="+260"/>
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln поставка</numerusform>
            <numerusform>%Ln поставки</numerusform>
            <numerusform>%Ln поставок</numerusform>
        </translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+19"/>
        <source>{n} overdue</source>
        <translation>{n} простр.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{year}: planned {planned} · delivered {delivered} by month</source>
        <translation>{year}: заплановано {planned} · поставлено {delivered} за місяцями</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select the open deliveries (not delivered or cancelled) to mark delivered in the agenda first</source>
        <translation>Спершу виберіть в агенді відкриті поставки (не поставлені й не скасовані), щоб позначити їх поставленими</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark {what} delivered.</source>
        <translation>Позначити {what} поставленим.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the deliveries to move in the agenda first</source>
        <translation>Спершу виберіть в агенді поставки для перенесення</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the open deliveries (not delivered or cancelled) to delay in the agenda first</source>
        <translation>Спершу виберіть в агенді відкриті поставки (не поставлені й не скасовані), щоб їх відкласти</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Those deliveries are no longer in the agenda: nothing moved</source>
        <translation>Цих поставок уже немає в агенді: нічого не перенесено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already planned for {day}: nothing moved</source>
        <translation>Уже заплановано на {day}: нічого не перенесено</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move {what} (planned {planned}) to {weekday} {day}?</source>
        <translation>Перенести {what} (заплановано {planned}) на {weekday}, {day}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reschedule {what}.</source>
        <translation>Перепланувати {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay delivery</source>
        <translation>Відкласти поставку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a database first</source>
        <translation>Спершу відкрийте базу даних</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed elsewhere</source>
        <translation>Змінено в іншому місці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delivery was changed elsewhere (another window or an import) after the agenda showed it. Nothing was saved; the calendar now shows what is stored.</source>
        <translation>Поставку змінено в іншому місці (в іншому вікні або імпортом) після того, як агенда її показала. Нічого не збережено; календар тепер показує збережені дані.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {error}</source>
        <translation>Не збережено: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved. {error}</source>
        <translation>Не збережено. {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: {what} (Ctrl+Z undoes)</source>
        <translation>Виконано: {what} (Ctrl+Z скасовує)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not undo or redo</source>
        <translation>Не вдалося скасувати або повторити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

Nothing was overwritten, and this step was taken out of the undo history.</source>
        <translation>{message}

Нічого не перезаписано, а цей крок вилучено з історії скасувань.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export calendar — {filter}</source>
        <translation>Експорт календаря — {filter}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Файли iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing {name}…</source>
        <translation>Запис {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %Ln delivery(ies) to {path} ({filter})</source>
        <translation>
            <numerusform>Експортовано %Ln поставку до {path} ({filter})</numerusform>
            <numerusform>Експортовано %Ln поставки до {path} ({filter})</numerusform>
            <numerusform>Експортовано %Ln поставок до {path} ({filter})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+8"/>
        <source>{path} was not written.</source>
        <translation>{path} не записано.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Print {month} to PDF</source>
        <translation>Друк {month} у PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not printed</source>
        <translation>Не надруковано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print failed</source>
        <translation>Помилка друку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed {month} to {path} ({marking})</source>
        <translation>{month} надруковано у {path} ({marking})</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day} {month} {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week}: {first}–{last} {month} {year}</source>
        <translation>Тиждень {week}: {first}–{last} {month} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week {week}: {first} {first_month} – {last} {month} {year}</source>
        <translation>Тиждень {week}: {first} {first_month} – {last} {month} {year}</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/dashboard_charts.py" line="+41"/>
        <source>No pledges or deliveries with dates yet.</source>
        <translation>Поки що немає зобов&apos;язань чи поставок із датами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pledges yet.</source>
        <translation>Поки що немає зобов&apos;язань.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pledged (cumulative)</source>
        <translation>Зобов&apos;язано (наростаючим підсумком)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (cumulative)</source>
        <translation>Поставлено (наростаючим підсумком)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;pledged {pledged}, delivered {delivered}&lt;br&gt;to date: pledged {pledged_total}, delivered {delivered_total}</source>
        <translation>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;зобов&apos;язано {pledged}, поставлено {delivered}&lt;br&gt;на цю дату: зобов&apos;язано {pledged_total}, поставлено {delivered_total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pledged</source>
        <translation>Зобов&apos;язано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Поставлено</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="+38"/>
        <source>PLEDGED (EUR)</source>
        <translation>ЗОБОВ&apos;ЯЗАНО (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled excluded</source>
        <translation>без скасованих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERED (EUR)</source>
        <translation>ПОСТАВЛЕНО (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed deliveries</source>
        <translation>завершені поставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERY RATE</source>
        <translation>РІВЕНЬ ПОСТАВОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered ÷ pledged</source>
        <translation>частка поставок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLEDGES</source>
        <translation>ЗОБОВ&apos;ЯЗАННЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERIES</source>
        <translation>ПОСТАВКИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned to done</source>
        <translation>усі етапи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERDUE DELIVERIES</source>
        <translation>ПРОСТРОЧЕНО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past planned date</source>
        <translation>минула планова дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FUND</source>
        <translation>ФОНД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Washington 2024 pledge</source>
        <translation>вашингтонське зобов&apos;язання 2024</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+16"/>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Pledged vs delivered, cumulative by month (EUR)</source>
        <translation>Зобов&apos;язано і поставлено, наростаючим підсумком за місяцями (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 10 donors by pledged value (EUR)</source>
        <translation>10 найбільших донорів за сумою зобов&apos;язань (EUR)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <source>Overdue deliveries</source>
        <translation>Прострочені поставки</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{name} · figures as of {day}</source>
        <translation>{name} · дані станом на {day}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No database open</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not load the figures: {message}</source>
        <translation>Не вдалося завантажити показники: {message}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no fund defined</source>
        <translation>фонд не визначено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FUND {year} PLEDGED</source>
        <translation>ФОНД {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{pledged} of {tranche}</source>
        <translation>{pledged}/{tranche}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{fund} {year}: pledged {pledged} of {tranche} ({rate}); allocated {allocated}, delivered {delivered}; {below} of {participants} participants below their share</source>
        <translation>{fund} {year}: зобов&apos;язано {pledged} із {tranche} ({rate}); виділено {allocated}, поставлено {delivered}; {below} із {participants} учасників нижче своєї частки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not be computed</source>
        <translation>не вдалося обчислити</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}: {note} ({value})</source>
        <translation>{title}: {note} ({value})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} still open</source>
        <translation>{n} ще відкрито</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Overdue deliveries: none</source>
        <translation>Прострочені поставки: немає</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue deliveries: {total} (the {shown} longest overdue shown)</source>
        <translation>Прострочені поставки: {total} (показано {shown} найдовше прострочених)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue deliveries: {total}</source>
        <translation>Прострочені поставки: {total}</translation>
    </message>
</context>
<context>
    <name>FundView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/fund_view.py" line="+49"/>
        <source>TRANCHE</source>
        <translation>ТРАНШ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLEDGED</source>
        <translation>ЗОБОВ&apos;ЯЗАНО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALLOCATED (COUNTS)</source>
        <translation>ВИДІЛЕНО (ЗАРАХОВУЄТЬСЯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERED</source>
        <translation>ПОСТАВЛЕНО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BELOW THEIR SHARE</source>
        <translation>НИЖЧЕ СВОЄЇ ЧАСТКИ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>participants</source>
        <translation>учасників</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Edit fund…</source>
        <translation>Редагувати фонд…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount, years, GDP year and which channels and states count</source>
        <translation>Сума, роки, рік ВВП і які канали та стани зараховуються</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fair share vs pledged and allocated, per participant (largest share first)</source>
        <translation>Справедлива частка проти зобов&apos;язаного й виділеного, за учасниками (спершу найбільша частка)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Red: below its fair share · tick Exempt to exempt a member (the others&apos; shares re-normalise) · Ctrl+Z undoes</source>
        <translation>Червоним: нижче справедливої частки · позначте «Звільнено», щоб звільнити члена (частки інших перераховуються) · Ctrl+Z скасовує</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not load the fund: {message}</source>
        <translation>Не вдалося завантажити фонд: {message}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>TRANCHE {year}</source>
        <translation>ТРАНШ {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>shared over %Ln participant(s)</source>
        <translation>
            <numerusform>розподілено між %Ln учасником</numerusform>
            <numerusform>розподілено між %Ln учасниками</numerusform>
            <numerusform>розподілено між %Ln учасниками</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rate} % of the tranche</source>
        <translation>{rate} % траншу</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln participant(s)</source>
        <translation>
            <numerusform>із %Ln учасника</numerusform>
            <numerusform>із %Ln учасників</numerusform>
            <numerusform>із %Ln учасників</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No fair shares to show.</source>
        <translation>Немає справедливих часток для показу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{amount} a year</source>
        <translation>{amount} на рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} in total</source>
        <translation>{amount} загалом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDP {year}</source>
        <translation>ВВП {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln учасник</numerusform>
            <numerusform>%Ln учасники</numerusform>
            <numerusform>%Ln учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln exempt</source>
        <translation>
            <numerusform>звільнено: %Ln</numerusform>
            <numerusform>звільнено: %Ln</numerusform>
            <numerusform>звільнено: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channels: {channels}</source>
        <translation>канали: {channels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counted states: {states}</source>
        <translation>зараховані стани: {states}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} channels count, {states}</source>
        <translation>зараховується каналів: {n}, {states}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all channels count, {states}</source>
        <translation>зараховуються всі канали, {states}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fund not changed: {message}</source>
        <translation>Фонд не змінено: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed: {message}</source>
        <translation>Не змінено: {message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{member} exempt in {fund}: shares re-normalised</source>
        <translation>{member} звільнено у фонді {fund}: частки перераховано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{member} counted again in {fund}: shares re-normalised</source>
        <translation>{member} знову враховано у фонді {fund}: частки перераховано</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{fund} changed</source>
        <translation>{fund} змінено</translation>
    </message>
</context>
<context>
    <name>MemberCharts</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/member_charts.py" line="+78"/>
        <location line="+15"/>
        <location line="+49"/>
        <source>Pledged</source>
        <translation>Зобов&apos;язано</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+30"/>
        <source>Delivered</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{n} others</source>
        <translation>інші ({n})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fair share</source>
        <translation>Справедлива частка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocated (counts)</source>
        <translation>Виділено (зараховується)</translation>
    </message>
</context>
<context>
    <name>MemberPageView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/member_page.py" line="+37"/>
        <source>PLEDGED</source>
        <translation>ЗОБОВ&apos;ЯЗАНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>EUR, as payer</source>
        <translation>EUR, як платник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DELIVERED</source>
        <translation>ПОСТАВЛЕНО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERY RATE</source>
        <translation>ВИКОНАННЯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered ÷ pledged</source>
        <translation>частка поставок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ON TIME</source>
        <translation>ВЧАСНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by the planned date</source>
        <translation>до планової дати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AID % OF GDP</source>
        <translation>ДОПОМОГА/ВВП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPEN PLEDGES</source>
        <translation>НЕВИКОНАНІ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet delivered</source>
        <translation>ще не поставлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAID FOR OTHERS</source>
        <translation>ЗА ІНШИХ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>others delivered</source>
        <translation>поставили інші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOR OTHERS</source>
        <translation>ДЛЯ ІНШИХ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>others paid</source>
        <translation>сплатили інші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair share EUR</source>
        <translation>Справедлива частка EUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pledged EUR</source>
        <translation>Зобов&apos;язано EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated EUR</source>
        <translation>Виділено EUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered EUR</source>
        <translation>Поставлено EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap EUR</source>
        <translation>Розрив EUR</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>◀ All members</source>
        <translation>◀ Усі члени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the list of members (Esc)</source>
        <translation>Назад до списку членів (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export this member&apos;s workbook…</source>
        <translation>Експортувати книгу цього члена…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an Excel workbook with this member&apos;s pledges and deliveries (the same workbook as File ▸ Export to Excel)</source>
        <translation>Записати книгу Excel із зобов&apos;язаннями та поставками цього члена (та сама книга, що й Файл ▸ Експорт в Excel)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deliveries by month: planned vs delivered (EUR)</source>
        <translation>Поставки за місяцями: заплановано і поставлено (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability mix (pledged EUR)</source>
        <translation>Розподіл за спроможностями (зобов&apos;язано, EUR)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pledges</source>
        <translation>Зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund position</source>
        <translation>Позиція у фонді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid for, delivered by others</source>
        <translation>Сплачено, поставили інші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered for others, paid by them</source>
        <translation>Поставлено для інших, сплатили вони</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its own pledges and those it pays that another member delivers (the Donor column says who delivers)</source>
        <translation>Власні зобов&apos;язання і ті, які він оплачує, а поставляє інший член (стовпець «Донор» показує, хто поставляє)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledges it delivers that other members pay: counted to the payers, not in this member&apos;s totals</source>
        <translation>Зобов&apos;язання, які він поставляє, а оплачують інші члени: зараховуються платникам, а не до підсумків цього члена</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load the member: {message}</source>
        <translation>Не вдалося завантажити члена: {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pledges ({n})</source>
        <translation>Зобов&apos;язання ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund position ({n})</source>
        <translation>Позиція у фонді ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid for, delivered by others ({n})</source>
        <translation>Сплачено, поставили інші ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered for others, paid by them ({n})</source>
        <translation>Поставлено для інших, сплатили вони ({n})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GDP USD {amount}bn</source>
        <translation>ВВП {amount} млрд USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>no GDP figure</source>
        <translation>немає даних ВВП</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>pledged ÷ GDP</source>
        <translation>зобов&apos;язано ÷ ВВП</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No deliveries with dates yet.</source>
        <translation>Поки що немає поставок із датами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pledges yet.</source>
        <translation>Поки що немає зобов&apos;язань.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>below its share</source>
        <translation>нижче своєї частки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share met</source>
        <translation>частку виконано</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/members_view.py" line="+50"/>
        <source>NATO allies</source>
        <translation>Союзники НАТО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU, non-NATO</source>
        <translation>ЄС, не НАТО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+44"/>
        <source>Members</source>
        <translation>Члени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every member</source>
        <translation>Показати всіх членів</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only: {kind}</source>
        <translation>Показати лише: {kind}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top 10 donors shown (EUR)</source>
        <translation>10 найбільших показаних донорів (EUR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By capability: all members shown (pledged EUR)</source>
        <translation>За спроможностями: усі показані члени (зобов&apos;язано, EUR)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click a header to sort · double-click a member (or Enter) for its page · totals count each euro once, to the member that paid</source>
        <translation>Клацніть заголовок для сортування · двічі клацніть члена (або Enter), щоб відкрити його сторінку · підсумки враховують кожне євро один раз, члену, який заплатив</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not load the members: {message}</source>
        <translation>Не вдалося завантажити членів: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln член</numerusform>
            <numerusform>%Ln члени</numerusform>
            <numerusform>%Ln членів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %Ln member(s)</source>
        <translation>
            <numerusform>{shown} із %Ln члена</numerusform>
            <numerusform>{shown} із %Ln членів</numerusform>
            <numerusform>{shown} із %Ln членів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} · pledged {pledged} · delivered {delivered}</source>
        <translation>{count} · зобов&apos;язано {pledged} · поставлено {delivered}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>No pledges yet.</source>
        <translation>Поки що немає зобов&apos;язань.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>all members shown</source>
        <translation>усі показані члени</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} selected members</source>
        <translation>вибрано членів: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By capability: {whom} (pledged EUR, by the deliverer)</source>
        <translation>За спроможностями: {whom} (зобов&apos;язано, EUR, за постачальником)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export {name}&apos;s workbook</source>
        <translation>Експорт книги: {name}</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/month_grid.py" line="+122"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day} {month} {year}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>{n} late</source>
        <translation>{n} простр.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} due</source>
        <translation>{n} заплан.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Month of deliveries</source>
        <translation>Місяць поставок</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{day}: no deliveries due</source>
        <translation>{day}: поставок не заплановано</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln поставка</numerusform>
            <numerusform>%Ln поставки</numerusform>
            <numerusform>%Ln поставок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {deliveries} · {eur}</source>
        <translation>{day}: {deliveries} · {eur}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} overdue (planned date passed, not delivered)</source>
        <translation>{n} прострочено (планова дата минула, не поставлено)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Donors: {codes}</source>
        <translation>Донори: {codes}</translation>
    </message>
</context>
<context>
    <name>MonthlyBarsWidget</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/calendar_chart.py" line="+35"/>
        <source>Planned and delivered EUR by month</source>
        <translation>Заплановано й поставлено EUR за місяцями</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Planned ■ and delivered ■ per month ({unit})</source>
        <translation>Заплановано ■ і поставлено ■ за місяць ({unit})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{month}: planned {planned}, delivered {delivered}
Click to show this month</source>
        <translation>{month}: заплановано {planned}, поставлено {delivered}
Клацніть, щоб показати цей місяць</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/placeholder_view.py" line="+13"/>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries by planned date, as a month grid and an agenda list, with overdue items marked. Planners will reschedule by dragging (undoable), filter by donor, capability and hub, and export the calendar as an .ics file.</source>
        <translation>Поставки за плановою датою — місячна сітка та агенда, з позначеними простроченими. Планувальники зможуть перепланувати перетягуванням (зі скасуванням), фільтрувати за донором, спроможністю та логістичним хабом і експортувати календар у файл .ics.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>Члени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-member totals for every participant of the contact group: pledged and delivered EUR, share of GDP, on-time delivery rate and a breakdown by capability, with a page per member listing its pledges, deliveries and fund position.</source>
        <translation>Підсумки для кожного учасника контактної групи: зобов&apos;язано й поставлено в EUR, частка ВВП, рівень своєчасних поставок і розподіл за спроможностями, зі сторінкою для кожного члена з його зобов&apos;язаннями, поставками та позицією у фонді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The yearly burden-sharing target (such as the Washington 2024 pledge of EUR 40bn a year) split by GDP share among the fund&apos;s participants, set against what each has pledged, allocated and delivered, counting every euro once, to the payer.</source>
        <translation>Річна ціль розподілу тягаря (як-от вашингтонське зобов&apos;язання 2024 року — 40 млрд EUR на рік), розподілена між учасниками фонду за часткою ВВП і зіставлена з тим, що кожен зобов&apos;язав, виділив і поставив, з урахуванням кожного євро один раз, платнику.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not available yet: coming in a later release</source>
        <translation>Ще недоступно: з&apos;явиться в наступному випуску</translation>
    </message>
</context>
<context>
    <name>PledgeDetail</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="+99"/>
        <location line="+6"/>
        <source>Delivered {done} of {pledged}</source>
        <translation>Поставлено {done} із {pledged}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered: no quantity or value to compare with</source>
        <translation>Поставлено: немає кількості чи вартості для порівняння</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Delivered {done}, more than the {pledged} pledged: check for a double count</source>
        <translation>⚠ Поставлено {done}, більше ніж зобов&apos;язано ({pledged}): перевірте подвійний облік</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Deliveries add up to {planned}, more than the {pledged} pledged</source>
        <translation>⚠ Поставки разом становлять {planned}, більше ніж зобов&apos;язано ({pledged})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new delivery for this pledge</source>
        <translation>Запланувати нову поставку за цим зобов&apos;язанням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected delivery</source>
        <translation>Редагувати вибрану поставку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation>Позначити поставленим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected deliveries arrived today</source>
        <translation>Вибрані поставки прибули сьогодні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected deliveries</source>
        <translation>Видалити вибрані поставки</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Via</source>
        <translation>Через</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status history</source>
        <translation>Історія статусів</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deliveries</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Select a pledge to see its deliveries and history.</source>
        <translation>Виберіть зобов&apos;язання, щоб побачити його поставки та історію.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database open.</source>
        <translation>Базу даних не відкрито.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pledge no longer exists (deleted).</source>
        <translation>Цього зобов&apos;язання більше немає (видалено).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delivery added</source>
        <translation>Поставку додано</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delivery saved</source>
        <translation>Поставку збережено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not mark delivered: {error}</source>
        <translation>Не вдалося позначити поставленим: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln delivery(ies) marked delivered on {day}</source>
        <translation>
            <numerusform>%Ln поставку позначено поставленою {day}</numerusform>
            <numerusform>%Ln поставки позначено поставленими {day}</numerusform>
            <numerusform>%Ln поставок позначено поставленими {day}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete deliveries</source>
        <translation>Видалення поставок</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %Ln delivery(ies)? This cannot be undone.</source>
        <translation>
            <numerusform>Видалити %Ln поставку? Це не можна скасувати.</numerusform>
            <numerusform>Видалити %Ln поставки? Це не можна скасувати.</numerusform>
            <numerusform>Видалити %Ln поставок? Це не можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not delete: {error}</source>
        <translation>Не вдалося видалити: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln delivery(ies) deleted</source>
        <translation>
            <numerusform>%Ln поставку видалено</numerusform>
            <numerusform>%Ln поставки видалено</numerusform>
            <numerusform>%Ln поставок видалено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (Ctrl+Z undoes)</source>
        <translation> (Ctrl+Z скасовує)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done}. Warning: {warnings}</source>
        <translation>{done}. Попередження: {warnings}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{eur} delivered</source>
        <translation>{eur} поставлено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{quantity} more planned</source>
        <translation>ще {quantity} заплановано</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+7"/>
        <source>Value {amount}</source>
        <translation>Вартість {amount}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{eur} at the rate of {day}</source>
        <translation>{eur} за курсом на {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value not known</source>
        <translation>Вартість невідома</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>announced {day}</source>
        <translation>оголошено {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delivered {done} · planned in all {planned}</source>
        <translation>поставлено {done} · заплановано загалом {planned}</translation>
    </message>
</context>
<context>
    <name>PledgeTable</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="+115"/>
        <source>{column} is worked out, not typed: it cannot be edited</source>
        <translation>{column} обчислюється, а не вводиться: його не можна редагувати</translation>
    </message>
</context>
<context>
    <name>PledgesView</name>
    <message>
        <location line="-24"/>
        <source>Enter/F2 edit · Ctrl+Enter sets all selected · Ctrl+C/Ctrl+V rows · Ctrl+Z undo</source>
        <translation>Enter/F2 — редагувати · Ctrl+Enter — для всіх вибраних · Ctrl+C/Ctrl+V — рядки · Ctrl+Z — скасувати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Delete key does not delete pledges. Use Edit ▸ Cancel pledge… or, for a pledge entered by mistake, Edit ▸ Delete pledge created in error…</source>
        <translation>Клавіша Delete не видаляє зобов&apos;язання. Скористайтеся Редагування ▸ Скасувати зобов&apos;язання… або, для помилково введеного, Редагування ▸ Видалити помилково створене зобов&apos;язання…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+21"/>
        <source>Pledges</source>
        <translation>Зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter: reference, donor, capability, item, status, channel, source, notes</source>
        <translation>Фільтр: номер, донор, спроможність, позиція, статус, канал, джерело, примітки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter pledges</source>
        <translation>Фільтрувати зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Loading pledges…</source>
        <translation>Завантаження зобов&apos;язань…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database open</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the pledges: {message}</source>
        <translation>Не вдалося завантажити зобов&apos;язання: {message}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Show all columns</source>
        <translation>Показати всі стовпці</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least one column stays visible</source>
        <translation>Принаймні один стовпець залишається видимим</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>{shown} of %Ln pledge(s) match</source>
        <translation>
            <numerusform>{shown} із %Ln зобов&apos;язання відповідають</numerusform>
            <numerusform>{shown} із %Ln зобов&apos;язань відповідають</numerusform>
            <numerusform>{shown} із %Ln зобов&apos;язань відповідають</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} · EUR value {eur}</source>
        <translation>{rows} · вартість у EUR {eur}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (of which cancelled {eur})</source>
        <translation> (з них скасовано {eur})</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Changed elsewhere</source>
        <translation>Змінено в іншому місці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pledge was changed elsewhere (another window or an import) after the table showed it. Your change was not saved; the row now shows what is stored.</source>
        <translation>Це зобов&apos;язання змінено в іншому місці (в іншому вікні або імпортом) після того, як таблиця його показала. Вашу зміну не збережено; рядок тепер показує збережені дані.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {error}</source>
        <translation>Не збережено: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved. {error}</source>
        <translation>Не збережено. {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save</source>
        <translation>Не вдалося зберегти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The change was not saved.</source>
        <translation>Зміну не збережено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: {what} (Ctrl+Z undoes)</source>
        <translation>Виконано: {what} (Ctrl+Z скасовує)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not undo</source>
        <translation>Не вдалося скасувати</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not redo</source>
        <translation>Не вдалося повторити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The undo was not carried out: the pledge was changed since. Nothing was overwritten, and this step was taken out of the undo history.</source>
        <translation>Скасування не виконано: зобов&apos;язання відтоді змінилося. Нічого не перезаписано, а цей крок вилучено з історії скасувань.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The redo was not carried out: the pledge was changed since. Nothing was overwritten, and this step was taken out of the undo history.</source>
        <translation>Повторення не виконано: зобов&apos;язання відтоді змінилося. Нічого не перезаписано, а цей крок вилучено з історії скасувань.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The undo was not carried out.</source>
        <translation>Скасування не виконано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The redo was not carried out.</source>
        <translation>Повторення не виконано.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a database first</source>
        <translation>Спершу відкрийте базу даних</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the pledges to copy</source>
        <translation>Виберіть зобов&apos;язання для копіювання</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied %Ln pledge(s) as a table (paste into Excel, or here)</source>
        <translation>
            <numerusform>Скопійовано %Ln зобов&apos;язання як таблицю (вставте в Excel або сюди)</numerusform>
            <numerusform>Скопійовано %Ln зобов&apos;язання як таблицю (вставте в Excel або сюди)</numerusform>
            <numerusform>Скопійовано %Ln зобов&apos;язань як таблицю (вставте в Excel або сюди)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>… and {n} more (see Details)</source>
        <translation>… і ще {n} (див. Подробиці)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln проблему</numerusform>
            <numerusform>%Ln проблеми</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was pasted</source>
        <translation>Нічого не вставлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard has {problems}; no pledge was created. Correct the rows and paste again.</source>
        <translation>Буфер обміну містить {problems}; жодного зобов&apos;язання не створено. Виправте рядки й вставте знову.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing pasted: {problems} in the clipboard</source>
        <translation>Нічого не вставлено: {problems} у буфері обміну</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no database is open</source>
        <translation>базу даних не відкрито</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created {reference} (Ctrl+Z undoes)</source>
        <translation>Створено {reference} (Ctrl+Z скасовує)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the pledges to duplicate first</source>
        <translation>Спершу виберіть зобов&apos;язання для дублювання</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not duplicated. {error}</source>
        <translation>Не продубльовано. {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the pledges to change the status of first</source>
        <translation>Спершу виберіть зобов&apos;язання, статус яких треба змінити</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No status change is allowed for all {pledges} (delivered and cancelled pledges are final)</source>
        <translation>Жодна зміна статусу не дозволена для всіх ({pledges}) (поставлені й скасовані зобов&apos;язання остаточні)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set status</source>
        <translation>Встановити статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status of {pledges}:</source>
        <translation>Новий статус для: {pledges}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the pledges to change the channel of first</source>
        <translation>Спершу виберіть зобов&apos;язання, канал яких треба змінити</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set channel</source>
        <translation>Встановити канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel of {pledges}:</source>
        <translation>Канал для: {pledges}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the pledges to cancel first</source>
        <translation>Спершу виберіть зобов&apos;язання для скасування</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not cancelled: {refs} is already delivered or cancelled</source>
        <translation>Не скасовано: {refs} уже поставлено або скасовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not cancelled: {refs} are already delivered or cancelled</source>
        <translation>Не скасовано: {refs} уже поставлено або скасовано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel pledges</source>
        <translation>Скасувати зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel pledge</source>
        <translation>Скасувати зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel {pledges}? A cancelled pledge stays in the table, with its EUR value counted as cancelled.</source>
        <translation>Скасувати {pledges}? Скасоване зобов&apos;язання залишається в таблиці, а його вартість у EUR зараховується як скасована.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. withdrawn by the donor at UDCG-31</source>
        <translation>напр., відкликано донором на UDCG-31</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the pledges to delete first</source>
        <translation>Спершу виберіть зобов&apos;язання для видалення</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for a pledge entered by mistake (a duplicate, a typo). A pledge the donor withdrew should be cancelled instead. The audit log keeps a full copy, and Ctrl+Z brings the pledge back.</source>
        <translation>Лише для помилково введеного зобов&apos;язання (дубліката, одруківки). Зобов&apos;язання, відкликане донором, слід натомість скасувати. Журнал аудиту зберігає повну копію, а Ctrl+Z повертає зобов&apos;язання.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %Ln delivery(ies) will be deleted too; undo does not bring deliveries back.</source>
        <translation>
            <numerusform>Його %Ln поставку теж буде видалено; скасування не повертає поставок.</numerusform>
            <numerusform>Його %Ln поставки теж буде видалено; скасування не повертає поставок.</numerusform>
            <numerusform>Його %Ln поставок теж буде видалено; скасування не повертає поставок.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete pledges created in error</source>
        <translation>Видалити помилково створені зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete pledge created in error</source>
        <translation>Видалити помилково створене зобов&apos;язання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {pledges} for good?</source>
        <translation>Остаточно видалити {pledges}?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. entered twice; the correct pledge is DEU-2024-017</source>
        <translation>напр., введено двічі; правильне зобов&apos;язання — DEU-2024-017</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln pledge(s)</source>
        <translation>
            <numerusform>%Ln зобов&apos;язання</numerusform>
            <numerusform>%Ln зобов&apos;язання</numerusform>
            <numerusform>%Ln зобов&apos;язань</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pledge {reference}</source>
        <translation>зобов&apos;язання {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pledges {references}</source>
        <translation>зобов&apos;язання {references}</translation>
    </message>
</context>
</TS>
