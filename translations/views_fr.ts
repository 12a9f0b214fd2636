<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="+74"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the deliveries of the selected day</source>
        <translation>Afficher les livraisons du jour sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the deliveries of the selected week</source>
        <translation>Afficher les livraisons de la semaine sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the deliveries of the selected month</source>
        <translation>Afficher les livraisons du mois sélectionné</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+73"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to today (Home)</source>
        <translation>Aller à aujourd&apos;hui (Origine)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jump to a date</source>
        <translation>Aller à une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mark delivered</source>
        <translation>Marquer livré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected deliveries delivered today (one undo step)</source>
        <translation>Marquer les livraisons sélectionnées comme livrées aujourd&apos;hui (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Move to date…</source>
        <translation>Déplacer à une date…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reschedule the selected deliveries (or drag them onto a day of the month)</source>
        <translation>Replanifier les livraisons sélectionnées (ou les glisser sur un jour du mois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Delay…</source>
        <translation>Retarder…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Mark the selected deliveries delayed, with the reason</source>
        <translation>Marquer les livraisons sélectionnées comme retardées, avec le motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag rows onto a day to reschedule · Ctrl+Z undoes</source>
        <translation>Glissez des lignes sur un jour pour replanifier · Ctrl+Z annule</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Mark delivered today</source>
        <translation>Marquer livré aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark delivered on…</source>
        <translation>Marquer livré le…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Filter bar: {filter}</source>
        <translation>Barre de filtres : {filter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pledge status</source>
        <translation>statut de l&apos;engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mechanism</source>
        <translation>mécanisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>announced dates</source>
        <translation>dates d&apos;annonce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not applied here: {what}</source>
        <translation>non appliqué ici : {what}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Loading the calendar…</source>
        <translation>Chargement du calendrier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load the calendar: {message}</source>
        <translation>Impossible de charger le calendrier : {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <location line="+18"/>
        <location line="+260"/>
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln livraison</numerusform>
            <numerusform>%Ln livraisons</numerusform>
        </translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+19"/>
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{year}: planned {planned} · delivered {delivered} by month</source>
        <translation>{year} : prévu {planned} · livré {delivered} par mois</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select the open deliveries (not delivered or cancelled) to mark delivered in the agenda first</source>
        <translation>Sélectionnez d&apos;abord dans l&apos;agenda les livraisons ouvertes (ni livrées ni annulées) à marquer comme livrées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark {what} delivered.</source>
        <translation>Marquer {what} comme livré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the deliveries to move in the agenda first</source>
        <translation>Sélectionnez d&apos;abord dans l&apos;agenda les livraisons à déplacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the open deliveries (not delivered or cancelled) to delay in the agenda first</source>
        <translation>Sélectionnez d&apos;abord dans l&apos;agenda les livraisons ouvertes (ni livrées ni annulées) à retarder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Those deliveries are no longer in the agenda: nothing moved</source>
        <translation>Ces livraisons ne sont plus dans l&apos;agenda : rien n&apos;a été déplacé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already planned for {day}: nothing moved</source>
        <translation>Déjà prévu le {day} : rien n&apos;a été déplacé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move {what} (planned {planned}) to {weekday} {day}?</source>
        <translation>Déplacer {what} (prévu {planned}) au {weekday} {day} ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reschedule {what}.</source>
        <translation>Replanifier {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay delivery</source>
        <translation>Retarder la livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay</source>
        <translation>Retarder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a database first</source>
        <translation>Ouvrez d&apos;abord une base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delivery was changed elsewhere (another window or an import) after the agenda showed it. Nothing was saved; the calendar now shows what is stored.</source>
        <translation>Une livraison a été modifiée ailleurs (une autre fenêtre ou un import) après son affichage dans l&apos;agenda. Rien n&apos;a été enregistré ; le calendrier affiche maintenant ce qui est stocké.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved. {error}</source>
        <translation>Non enregistré. {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: {what} (Ctrl+Z undoes)</source>
        <translation>Fait : {what} (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not undo or redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

Nothing was overwritten, and this step was taken out of the undo history.</source>
        <translation>{message}

Rien n&apos;a été écrasé, et cette étape a été retirée de l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export calendar — {filter}</source>
        <translation>Exporter le calendrier — {filter}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %Ln delivery(ies) to {path} ({filter})</source>
        <translation>
            <numerusform>%Ln livraison exportée vers {path} ({filter})</numerusform>
            <numerusform>%Ln livraisons exportées vers {path} ({filter})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+8"/>
        <source>{path} was not written.</source>
        <translation>{path} n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Print {month} to PDF</source>
        <translation>Imprimer {month} en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed {month} to {path} ({marking})</source>
        <translation>{month} imprimé dans {path} ({marking})</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week}: {first}–{last} {month} {year}</source>
        <translation>Semaine {week} : {first}–{last} {month} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week {week}: {first} {first_month} – {last} {month} {year}</source>
        <translation>Semaine {week} : {first} {first_month} – {last} {month} {year}</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/dashboard_charts.py" line="+41"/>
        <source>No pledges or deliveries with dates yet.</source>
        <translation>Aucun engagement ni aucune livraison datés pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pledges yet.</source>
        <translation>Aucun engagement pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pledged (cumulative)</source>
        <translation>Engagé (cumulé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (cumulative)</source>
        <translation>Livré (cumulé)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;pledged {pledged}, delivered {delivered}&lt;br&gt;to date: pledged {pledged_total}, delivered {delivered_total}</source>
        <translation>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;engagé {pledged}, livré {delivered}&lt;br&gt;à ce jour : engagé {pledged_total}, livré {delivered_total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pledged</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="+38"/>
        <source>PLEDGED (EUR)</source>
        <translation>ENGAGÉ (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled excluded</source>
        <translation>hors annulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERED (EUR)</source>
        <translation>LIVRÉ (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed deliveries</source>
        <translation>livraisons effectuées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERY RATE</source>
        <translation>TAUX DE LIVRAISON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered ÷ pledged</source>
        <translation>livré ÷ engagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLEDGES</source>
        <translation>ENGAGEMENTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERIES</source>
        <translation>LIVRAISONS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned to done</source>
        <translation>de prévue à effectuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERDUE DELIVERIES</source>
        <translation>LIVRAISONS EN RETARD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past planned date</source>
        <translation>date prévue dépassée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FUND</source>
        <translation>FONDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Washington 2024 pledge</source>
        <translation>engagement de Washington 2024</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+16"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Pledged vs delivered, cumulative by month (EUR)</source>
        <translation>Engagé et livré, cumulé par mois (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 10 donors by pledged value (EUR)</source>
        <translation>Les 10 premiers donateurs par valeur engagée (EUR)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <source>Overdue deliveries</source>
        <translation>Livraisons en retard</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{name} · figures as of {day}</source>
        <translation>{name} · chiffres au {day}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not load the figures: {message}</source>
        <translation>Impossible de charger les chiffres : {message}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no fund defined</source>
        <translation>aucun fonds défini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FUND {year} PLEDGED</source>
        <translation>FONDS {year} ENGAGÉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{pledged} of {tranche}</source>
        <translation>{pledged} sur {tranche}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{fund} {year}: pledged {pledged} of {tranche} ({rate}); allocated {allocated}, delivered {delivered}; {below} of {participants} participants below their share</source>
        <translation>{fund} {year} : engagé {pledged} sur {tranche} ({rate}) ; alloué {allocated}, livré {delivered} ; {below} participants sur {participants} sous leur juste part</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not be computed</source>
        <translation>n&apos;a pas pu être calculé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}: {note} ({value})</source>
        <translation>{title} : {note} ({value})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} still open</source>
        <translation>{n} encore ouverts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Overdue deliveries: none</source>
        <translation>Livraisons en retard : aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue deliveries: {total} (the {shown} longest overdue shown)</source>
        <translation>Livraisons en retard : {total} (les {shown} plus en retard sont affichées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue deliveries: {total}</source>
        <translation>Livraisons en retard : {total}</translation>
    </message>
</context>
<context>
    <name>FundView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/fund_view.py" line="+49"/>
        <source>TRANCHE</source>
        <translation>TRANCHE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLEDGED</source>
        <translation>ENGAGÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALLOCATED (COUNTS)</source>
        <translation>ALLOUÉ (COMPTÉ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERED</source>
        <translation>LIVRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BELOW THEIR SHARE</source>
        <translation>SOUS LEUR PART</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Edit fund…</source>
        <translation>Modifier le fonds…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount, years, GDP year and which channels and states count</source>
        <translation>Montant, années, année du PIB, et canaux et états comptés</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fair share vs pledged and allocated, per participant (largest share first)</source>
        <translation>Juste part, engagé et alloué, par participant (plus grande part d&apos;abord)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Red: below its fair share · tick Exempt to exempt a member (the others&apos; shares re-normalise) · Ctrl+Z undoes</source>
        <translation>Rouge : sous sa juste part · cochez Exempté pour exempter un membre (les parts des autres sont renormalisées) · Ctrl+Z annule</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not load the fund: {message}</source>
        <translation>Impossible de charger le fonds : {message}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>TRANCHE {year}</source>
        <translation>TRANCHE {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>shared over %Ln participant(s)</source>
        <translation>
            <numerusform>réparti sur %Ln participant</numerusform>
            <numerusform>réparti sur %Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rate} % of the tranche</source>
        <translation>{rate} % de la tranche</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln participant(s)</source>
        <translation>
            <numerusform>sur %Ln participant</numerusform>
            <numerusform>sur %Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No fair shares to show.</source>
        <translation>Aucune juste part à afficher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{amount} a year</source>
        <translation>{amount} par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} in total</source>
        <translation>{amount} au total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDP {year}</source>
        <translation>PIB {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln exempt</source>
        <translation>
            <numerusform>%Ln exempté</numerusform>
            <numerusform>%Ln exemptés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channels: {channels}</source>
        <translation>canaux : {channels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counted states: {states}</source>
        <translation>états comptés : {states}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} channels count, {states}</source>
        <translation>{n} canaux comptés, {states}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all channels count, {states}</source>
        <translation>tous les canaux comptent, {states}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fund not changed: {message}</source>
        <translation>Fonds non modifié : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed: {message}</source>
        <translation>Non modifié : {message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{member} exempt in {fund}: shares re-normalised</source>
        <translation>{member} exempté dans {fund} : parts renormalisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{member} counted again in {fund}: shares re-normalised</source>
        <translation>{member} de nouveau compté dans {fund} : parts renormalisées</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{fund} changed</source>
        <translation>{fund} modifié</translation>
    </message>
</context>
<context>
    <name>MemberCharts</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/member_charts.py" line="+78"/>
        <location line="+15"/>
        <location line="+49"/>
        <source>Pledged</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+30"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{n} others</source>
        <translation>{n} autres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fair share</source>
        <translation>Juste part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocated (counts)</source>
        <translation>Alloué (compté)</translation>
    </message>
</context>
<context>
    <name>MemberPageView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/member_page.py" line="+37"/>
        <source>PLEDGED</source>
        <translation>ENGAGÉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>EUR, as payer</source>
        <translation>EUR, comme payeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DELIVERED</source>
        <translation>LIVRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERY RATE</source>
        <translation>TAUX LIVRÉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered ÷ pledged</source>
        <translation>livré ÷ engagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ON TIME</source>
        <translation>À TEMPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by the planned date</source>
        <translation>à la date prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AID % OF GDP</source>
        <translation>AIDE EN % DU PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPEN PLEDGES</source>
        <translation>NON LIVRÉS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet delivered</source>
        <translation>pas encore livrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAID FOR OTHERS</source>
        <translation>PAYÉ POUR AUTRUI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>others delivered</source>
        <translation>livré par d&apos;autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOR OTHERS</source>
        <translation>POUR AUTRUI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>others paid</source>
        <translation>payé par d&apos;autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair share EUR</source>
        <translation>Juste part EUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pledged EUR</source>
        <translation>Engagé EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated EUR</source>
        <translation>Alloué EUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered EUR</source>
        <translation>Livré EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap EUR</source>
        <translation>Écart EUR</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>◀ All members</source>
        <translation>◀ Tous les membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the list of members (Esc)</source>
        <translation>Retour à la liste des membres (Échap)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export this member&apos;s workbook…</source>
        <translation>Exporter le classeur de ce membre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an Excel workbook with this member&apos;s pledges and deliveries (the same workbook as File ▸ Export to Excel)</source>
        <translation>Écrire un classeur Excel avec les engagements et livraisons de ce membre (le même classeur que Fichier ▸ Exporter vers Excel)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deliveries by month: planned vs delivered (EUR)</source>
        <translation>Livraisons par mois : prévu et livré (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability mix (pledged EUR)</source>
        <translation>Répartition par capacité (EUR engagés)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pledges</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund position</source>
        <translation>Position dans le fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid for, delivered by others</source>
        <translation>Payé, livré par d&apos;autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered for others, paid by them</source>
        <translation>Livré pour d&apos;autres, payé par eux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its own pledges and those it pays that another member delivers (the Donor column says who delivers)</source>
        <translation>Ses propres engagements et ceux qu&apos;il paie et qu&apos;un autre membre livre (la colonne Donateur indique qui livre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledges it delivers that other members pay: counted to the payers, not in this member&apos;s totals</source>
        <translation>Engagements qu&apos;il livre et que d&apos;autres membres paient : comptés aux payeurs, pas dans les totaux de ce membre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not load the member: {message}</source>
        <translation>Impossible de charger le membre : {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pledges ({n})</source>
        <translation>Engagements ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund position ({n})</source>
        <translation>Position dans le fonds ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid for, delivered by others ({n})</source>
        <translation>Payé, livré par d&apos;autres ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered for others, paid by them ({n})</source>
        <translation>Livré pour d&apos;autres, payé par eux ({n})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GDP USD {amount}bn</source>
        <translation>PIB {amount} Md USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>no GDP figure</source>
        <translation>pas de chiffre de PIB</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>pledged ÷ GDP</source>
        <translation>engagé ÷ PIB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No deliveries with dates yet.</source>
        <translation>Aucune livraison datée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pledges yet.</source>
        <translation>Aucun engagement pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>below its share</source>
        <translation>sous sa part</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share met</source>
        <translation>part atteinte</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/members_view.py" line="+50"/>
        <source>NATO allies</source>
        <translation>Alliés de l&apos;OTAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU, non-NATO</source>
        <translation>UE, hors OTAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+44"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every member</source>
        <translation>Afficher tous les membres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only: {kind}</source>
        <translation>Afficher seulement : {kind}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top 10 donors shown (EUR)</source>
        <translation>Les 10 premiers donateurs affichés (EUR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By capability: all members shown (pledged EUR)</source>
        <translation>Par capacité : tous les membres affichés (EUR engagés)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click a header to sort · double-click a member (or Enter) for its page · totals count each euro once, to the member that paid</source>
        <translation>Cliquez sur un en-tête pour trier · double-cliquez sur un membre (ou Entrée) pour sa page · les totaux comptent chaque euro une fois, au membre qui a payé</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not load the members: {message}</source>
        <translation>Impossible de charger les membres : {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %Ln member(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln membre</numerusform>
            <numerusform>{shown} sur %Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} · pledged {pledged} · delivered {delivered}</source>
        <translation>{count} · engagé {pledged} · livré {delivered}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>No pledges yet.</source>
        <translation>Aucun engagement pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>all members shown</source>
        <translation>tous les membres affichés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} selected members</source>
        <translation>{n} membres sélectionnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By capability: {whom} (pledged EUR, by the deliverer)</source>
        <translation>Par capacité : {whom} (EUR engagés, par le livreur)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export {name}&apos;s workbook</source>
        <translation>Exporter le classeur de {name}</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/month_grid.py" line="+122"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>{n} late</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} due</source>
        <translation>{n} prévues</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Month of deliveries</source>
        <translation>Mois des livraisons</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{day}: no deliveries due</source>
        <translation>{day} : aucune livraison prévue</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln livraison</numerusform>
            <numerusform>%Ln livraisons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {deliveries} · {eur}</source>
        <translation>{day} : {deliveries} · {eur}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} overdue (planned date passed, not delivered)</source>
        <translation>{n} en retard (date prévue dépassée, non livrées)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Donors: {codes}</source>
        <translation>Donateurs : {codes}</translation>
    </message>
</context>
<context>
    <name>MonthlyBarsWidget</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/calendar_chart.py" line="+35"/>
        <source>Planned and delivered EUR by month</source>
        <translation>EUR prévus et livrés par mois</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Planned ■ and delivered ■ per month ({unit})</source>
        <translation>Prévu ■ et livré ■ par mois ({unit})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{month}: planned {planned}, delivered {delivered}
Click to show this month</source>
        <translation>{month} : prévu {planned}, livré {delivered}
Cliquez pour afficher ce mois</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/placeholder_view.py" line="+13"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries by planned date, as a month grid and an agenda list, with overdue items marked. Planners will reschedule by dragging (undoable), filter by donor, capability and hub, and export the calendar as an .ics file.</source>
        <translation>Les livraisons par date prévue, en grille mensuelle et en agenda, avec les retards signalés. Les planificateurs pourront replanifier par glisser-déposer (annulable), filtrer par donateur, capacité et plateforme logistique, et exporter le calendrier en fichier .ics.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-member totals for every participant of the contact group: pledged and delivered EUR, share of GDP, on-time delivery rate and a breakdown by capability, with a page per member listing its pledges, deliveries and fund position.</source>
        <translation>Les totaux par membre pour chaque participant du groupe de contact : EUR engagés et livrés, part du PIB, taux de livraison à temps et répartition par capacité, avec une page par membre listant ses engagements, ses livraisons et sa position dans le fonds.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The yearly burden-sharing target (such as the Washington 2024 pledge of EUR 40bn a year) split by GDP share among the fund&apos;s participants, set against what each has pledged, allocated and delivered, counting every euro once, to the payer.</source>
        <translation>L&apos;objectif annuel de partage du fardeau (comme l&apos;engagement de Washington 2024 de 40 Md EUR par an) réparti selon la part du PIB entre les participants du fonds, comparé à ce que chacun a engagé, alloué et livré, chaque euro étant compté une fois, au payeur.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not available yet: coming in a later release</source>
        <translation>Pas encore disponible : prévu dans une version ultérieure</translation>
    </message>
</context>
<context>
    <name>PledgeDetail</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="+99"/>
        <location line="+6"/>
        <source>Delivered {done} of {pledged}</source>
        <translation>Livré {done} sur {pledged}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered: no quantity or value to compare with</source>
        <translation>Livré : aucune quantité ni valeur de comparaison</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Delivered {done}, more than the {pledged} pledged: check for a double count</source>
        <translation>⚠ Livré {done}, plus que les {pledged} engagés : vérifiez un double comptage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Deliveries add up to {planned}, more than the {pledged} pledged</source>
        <translation>⚠ Les livraisons totalisent {planned}, plus que les {pledged} engagés</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new delivery for this pledge</source>
        <translation>Planifier une nouvelle livraison pour cet engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected delivery</source>
        <translation>Modifier la livraison sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation>Marquer livré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected deliveries arrived today</source>
        <translation>Les livraisons sélectionnées sont arrivées aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected deliveries</source>
        <translation>Supprimer les livraisons sélectionnées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Select a pledge to see its deliveries and history.</source>
        <translation>Sélectionnez un engagement pour voir ses livraisons et son historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pledge no longer exists (deleted).</source>
        <translation>Cet engagement n&apos;existe plus (supprimé).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delivery added</source>
        <translation>Livraison ajoutée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delivery saved</source>
        <translation>Livraison enregistrée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not mark delivered: {error}</source>
        <translation>Impossible de marquer livré : {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln delivery(ies) marked delivered on {day}</source>
        <translation>
            <numerusform>%Ln livraison marquée livrée le {day}</numerusform>
            <numerusform>%Ln livraisons marquées livrées le {day}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete deliveries</source>
        <translation>Supprimer des livraisons</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %Ln delivery(ies)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %Ln livraison ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %Ln livraisons ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not delete: {error}</source>
        <translation>Impossible de supprimer : {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln delivery(ies) deleted</source>
        <translation>
            <numerusform>%Ln livraison supprimée</numerusform>
            <numerusform>%Ln livraisons supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (Ctrl+Z undoes)</source>
        <translation> (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done}. Warning: {warnings}</source>
        <translation>{done}. Attention : {warnings}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{eur} delivered</source>
        <translation>{eur} livrés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{quantity} more planned</source>
        <translation>{quantity} de plus prévus</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+7"/>
        <source>Value {amount}</source>
        <translation>Valeur {amount}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{eur} at the rate of {day}</source>
        <translation>{eur} au taux du {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value not known</source>
        <translation>Valeur inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>announced {day}</source>
        <translation>annoncé le {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delivered {done} · planned in all {planned}</source>
        <translation>livré {done} · prévu au total {planned}</translation>
    </message>
</context>
<context>
    <name>PledgeTable</name>
    <message>
        <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="+115"/>
        <source>{column} is worked out, not typed: it cannot be edited</source>
        <translation>{column} est calculé, non saisi : il ne peut pas être modifié</translation>
    </message>
</context>
<context>
    <name>PledgesView</name>
    <message>
        <location line="-24"/>
        <source>Enter/F2 edit · Ctrl+Enter sets all selected · Ctrl+C/Ctrl+V rows · Ctrl+Z undo</source>
        <translation>Entrée/F2 modifier · Ctrl+Entrée applique à la sélection · Ctrl+C/Ctrl+V lignes · Ctrl+Z annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Delete key does not delete pledges. Use Edit ▸ Cancel pledge… or, for a pledge entered by mistake, Edit ▸ Delete pledge created in error…</source>
        <translation>La touche Suppr ne supprime pas les engagements. Utilisez Édition ▸ Annuler l&apos;engagement… ou, pour un engagement saisi par erreur, Édition ▸ Supprimer l&apos;engagement créé par erreur…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+21"/>
        <source>Pledges</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter: reference, donor, capability, item, status, channel, source, notes</source>
        <translation>Filtre : référence, donateur, capacité, article, statut, canal, source, notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter pledges</source>
        <translation>Filtrer les engagements</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Loading pledges…</source>
        <translation>Chargement des engagements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the pledges: {message}</source>
        <translation>Impossible de charger les engagements : {message}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least one column stays visible</source>
        <translation>Au moins une colonne reste visible</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>{shown} of %Ln pledge(s) match</source>
        <translation>
            <numerusform>{shown} sur %Ln engagement correspondent</numerusform>
            <numerusform>{shown} sur %Ln engagements correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} · EUR value {eur}</source>
        <translation>{rows} · valeur en EUR {eur}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (of which cancelled {eur})</source>
        <translation> (dont annulés {eur})</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pledge was changed elsewhere (another window or an import) after the table showed it. Your change was not saved; the row now shows what is stored.</source>
        <translation>Cet engagement a été modifié ailleurs (une autre fenêtre ou un import) après son affichage dans le tableau. Votre modification n&apos;a pas été enregistrée ; la ligne affiche maintenant ce qui est stocké.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved. {error}</source>
        <translation>Non enregistré. {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The change was not saved.</source>
        <translation>La modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: {what} (Ctrl+Z undoes)</source>
        <translation>Fait : {what} (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The undo was not carried out: the pledge was changed since. Nothing was overwritten, and this step was taken out of the undo history.</source>
        <translation>L&apos;annulation n&apos;a pas été effectuée : l&apos;engagement a été modifié depuis. Rien n&apos;a été écrasé, et cette étape a été retirée de l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The redo was not carried out: the pledge was changed since. Nothing was overwritten, and this step was taken out of the undo history.</source>
        <translation>Le rétablissement n&apos;a pas été effectué : l&apos;engagement a été modifié depuis. Rien n&apos;a été écrasé, et cette étape a été retirée de l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The undo was not carried out.</source>
        <translation>L&apos;annulation n&apos;a pas été effectuée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The redo was not carried out.</source>
        <translation>Le rétablissement n&apos;a pas été effectué.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a database first</source>
        <translation>Ouvrez d&apos;abord une base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the pledges to copy</source>
        <translation>Sélectionnez les engagements à copier</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied %Ln pledge(s) as a table (paste into Excel, or here)</source>
        <translation>
            <numerusform>%Ln engagement copié sous forme de tableau (à coller dans Excel, ou ici)</numerusform>
            <numerusform>%Ln engagements copiés sous forme de tableau (à coller dans Excel, ou ici)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>… and {n} more (see Details)</source>
        <translation>… et {n} de plus (voir Détails)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was pasted</source>
        <translation>Rien n&apos;a été collé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard has {problems}; no pledge was created. Correct the rows and paste again.</source>
        <translation>Le presse-papiers contient {problems} ; aucun engagement n&apos;a été créé. Corrigez les lignes et collez à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing pasted: {problems} in the clipboard</source>
        <translation>Rien collé : {problems} dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no database is open</source>
        <translation>aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created {reference} (Ctrl+Z undoes)</source>
        <translation>{reference} créé (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the pledges to duplicate first</source>
        <translation>Sélectionnez d&apos;abord les engagements à dupliquer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not duplicated. {error}</source>
        <translation>Non dupliqué. {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the pledges to change the status of first</source>
        <translation>Sélectionnez d&apos;abord les engagements dont changer le statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No status change is allowed for all {pledges} (delivered and cancelled pledges are final)</source>
        <translation>Aucun changement de statut n&apos;est permis pour l&apos;ensemble des {pledges} (les engagements livrés et annulés sont définitifs)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status of {pledges}:</source>
        <translation>Nouveau statut pour {pledges} :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the pledges to change the channel of first</source>
        <translation>Sélectionnez d&apos;abord les engagements dont changer le canal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set channel</source>
        <translation>Définir le canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel of {pledges}:</source>
        <translation>Canal pour {pledges} :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the pledges to cancel first</source>
        <translation>Sélectionnez d&apos;abord les engagements à annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not cancelled: {refs} is already delivered or cancelled</source>
        <translation>Non annulé : {refs} est déjà livré ou annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not cancelled: {refs} are already delivered or cancelled</source>
        <translation>Non annulés : {refs} sont déjà livrés ou annulés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel pledges</source>
        <translation>Annuler les engagements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel pledge</source>
        <translation>Annuler l&apos;engagement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel {pledges}? A cancelled pledge stays in the table, with its EUR value counted as cancelled.</source>
        <translation>Annuler {pledges} ? Un engagement annulé reste dans le tableau, sa valeur en EUR comptée comme annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. withdrawn by the donor at UDCG-31</source>
        <translation>p. ex. retiré par le donateur lors de l&apos;UDCG-31</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the pledges to delete first</source>
        <translation>Sélectionnez d&apos;abord les engagements à supprimer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for a pledge entered by mistake (a duplicate, a typo). A pledge the donor withdrew should be cancelled instead. The audit log keeps a full copy, and Ctrl+Z brings the pledge back.</source>
        <translation>Uniquement pour un engagement saisi par erreur (un doublon, une faute de frappe). Un engagement retiré par le donateur doit plutôt être annulé. Le journal d&apos;audit en garde une copie complète, et Ctrl+Z rétablit l&apos;engagement.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %Ln delivery(ies) will be deleted too; undo does not bring deliveries back.</source>
        <translation>
            <numerusform>Sa livraison (%Ln) sera aussi supprimée ; l&apos;annulation ne rétablit pas les livraisons.</numerusform>
            <numerusform>Ses %Ln livraisons seront aussi supprimées ; l&apos;annulation ne rétablit pas les livraisons.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete pledges created in error</source>
        <translation>Supprimer les engagements créés par erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete pledge created in error</source>
        <translation>Supprimer l&apos;engagement créé par erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {pledges} for good?</source>
        <translation>Supprimer définitivement {pledges} ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. entered twice; the correct pledge is DEU-2024-017</source>
        <translation>p. ex. saisi deux fois ; l&apos;engagement correct est DEU-2024-017</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln pledge(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pledge {reference}</source>
        <translation>l&apos;engagement {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pledges {references}</source>
        <translation>les engagements {references}</translation>
    </message>
</context>
</TS>
