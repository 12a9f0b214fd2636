<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="73" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="74" />
            <source>Show the deliveries of the selected day</source>
            <translation>Afficher les livraisons du jour sélectionné</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="75" />
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="76" />
            <source>Show the deliveries of the selected week</source>
            <translation>Afficher les livraisons de la semaine sélectionnée</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="77" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="78" />
            <source>Show the deliveries of the selected month</source>
            <translation>Afficher les livraisons du mois sélectionné</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="114" />
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="187" />
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="161" />
            <source>Previous month (Page Up)</source>
            <translation>Mois précédent (Page préc.)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="162" />
            <source>Next month (Page Down)</source>
            <translation>Mois suivant (Page suiv.)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="163" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="165" />
            <source>Go to today (Home)</source>
            <translation>Aller à aujourd'hui (Origine)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="173" />
            <source>Jump to a date</source>
            <translation>Aller à une date</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="174" />
            <source>Jump to date</source>
            <translation>Aller à la date</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="201" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="243" />
            <source>Mark delivered</source>
            <translation>Marquer livré</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="245" />
            <source>Mark the selected deliveries delivered today (one undo step)</source>
            <translation>Marquer les livraisons sélectionnées comme livrées aujourd'hui (une seule étape d'annulation)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="248" />
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="298" />
            <source>Move to date…</source>
            <translation>Déplacer à une date…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="250" />
            <source>Reschedule the selected deliveries (or drag them onto a day of the month)</source>
            <translation>Replanifier les livraisons sélectionnées (ou les glisser sur un jour du mois)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="253" />
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="304" />
            <source>Delay…</source>
            <translation>Retarder…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="255" />
            <source>Mark the selected deliveries delayed, with the reason</source>
            <translation>Marquer les livraisons sélectionnées comme retardées, avec le motif</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="257" />
            <source>Drag rows onto a day to reschedule · Ctrl+Z undoes</source>
            <translation>Glissez des lignes sur un jour pour replanifier · Ctrl+Z annule</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="300" />
            <source>Mark delivered today</source>
            <translation>Marquer livré aujourd'hui</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="302" />
            <source>Mark delivered on…</source>
            <translation>Marquer livré le…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="359" />
            <source>Filter bar: {filter}</source>
            <translation>Barre de filtres : {filter}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="360" />
            <source>pledge status</source>
            <translation>statut de l'engagement</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="361" />
            <source>mechanism</source>
            <translation>mécanisme</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="362" />
            <source>announced dates</source>
            <translation>dates d'annonce</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="365" />
            <source>not applied here: {what}</source>
            <translation>non appliqué ici : {what}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="511" />
            <source>Loading the calendar…</source>
            <translation>Chargement du calendrier…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="512" />
            <source>No database open</source>
            <translation>Aucune base de données ouverte</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="516" />
            <source>Could not load the calendar: {message}</source>
            <translation>Impossible de charger le calendrier : {message}</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="546" />
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="564" />
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="824" />
            <source>%Ln delivery(ies)</source>
            <translation>
                <numerusform>%Ln livraison</numerusform>
                <numerusform>%Ln livraisons</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="548" />
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="567" />
            <source>{n} overdue</source>
            <translation>{n} en retard</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="588" />
            <source>{year}: planned {planned} · delivered {delivered} by month</source>
            <translation>{year} : prévu {planned} · livré {delivered} par mois</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="626" />
            <source>Select the open deliveries (not delivered or cancelled) to mark delivered in the agenda first</source>
            <translation>Sélectionnez d'abord dans l'agenda les livraisons ouvertes (ni livrées ni annulées) à marquer comme livrées</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="640" />
            <source>Mark {what} delivered.</source>
            <translation>Marquer {what} comme livré.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="648" />
            <source>Select the deliveries to move in the agenda first</source>
            <translation>Sélectionnez d'abord dans l'agenda les livraisons à déplacer</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="654" />
            <source>Select the open deliveries (not delivered or cancelled) to delay in the agenda first</source>
            <translation>Sélectionnez d'abord dans l'agenda les livraisons ouvertes (ni livrées ni annulées) à retarder</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="667" />
            <source>Those deliveries are no longer in the agenda: nothing moved</source>
            <translation>Ces livraisons ne sont plus dans l'agenda : rien n'a été déplacé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="671" />
            <source>Already planned for {day}: nothing moved</source>
            <translation>Déjà prévu le {day} : rien n'a été déplacé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="683" />
            <source>Move {what} (planned {planned}) to {weekday} {day}?</source>
            <translation>Déplacer {what} (prévu {planned}) au {weekday} {day} ?</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="685" />
            <source>Reschedule {what}.</source>
            <translation>Replanifier {what}.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="688" />
            <source>Delay delivery</source>
            <translation>Retarder la livraison</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="689" />
            <source>Delay</source>
            <translation>Retarder</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="710" />
            <source>Open a database first</source>
            <translation>Ouvrez d'abord une base de données</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="716" />
            <source>Changed elsewhere</source>
            <translation>Modifié ailleurs</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="717" />
            <source>A delivery was changed elsewhere (another window or an import) after the agenda showed it. Nothing was saved; the calendar now shows what is stored.</source>
            <translation>Une livraison a été modifiée ailleurs (une autre fenêtre ou un import) après son affichage dans l'agenda. Rien n'a été enregistré ; le calendrier affiche maintenant ce qui est stocké.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="720" />
            <source>Not saved: {error}</source>
            <translation>Non enregistré : {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="724" />
            <source>Not saved. {error}</source>
            <translation>Non enregistré. {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="728" />
            <source>Done: {what} (Ctrl+Z undoes)</source>
            <translation>Fait : {what} (Ctrl+Z annule)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="736" />
            <source>Could not undo or redo</source>
            <translation>Impossible d'annuler ou de rétablir</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="737" />
            <source>{message}

Nothing was overwritten, and this step was taken out of the undo history.</source>
            <translation>{message}

Rien n'a été écrasé, et cette étape a été retirée de l'historique d'annulation.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="745" />
            <source>Export calendar — {filter}</source>
            <translation>Exporter le calendrier — {filter}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="748" />
            <source>iCalendar files (*.ics)</source>
            <translation>Fichiers iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="757" />
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="761" />
            <source>Exported %Ln delivery(ies) to {path} ({filter})</source>
            <translation>
                <numerusform>%Ln livraison exportée vers {path} ({filter})</numerusform>
                <numerusform>%Ln livraisons exportées vers {path} ({filter})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="763" />
            <source>Export failed</source>
            <translation>Échec de l'export</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="764" />
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="791" />
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="799" />
            <source>{path} was not written.</source>
            <translation>{path} n'a pas été écrit.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="770" />
            <source>Print {month} to PDF</source>
            <translation>Imprimer {month} en PDF</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="773" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="790" />
            <source>Not printed</source>
            <translation>Non imprimé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="798" />
            <source>Print failed</source>
            <translation>Échec de l'impression</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="801" />
            <source>Printed {month} to {path} ({marking})</source>
            <translation>{month} imprimé dans {path} ({marking})</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="858" />
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday} {day} {month} {year}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="864" />
            <source>Week {week}: {first}–{last} {month} {year}</source>
            <translation>Semaine {week} : {first}–{last} {month} {year}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_view.py" line="868" />
            <source>Week {week}: {first} {first_month} – {last} {month} {year}</source>
            <translation>Semaine {week} : {first} {first_month} – {last} {month} {year}</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_charts.py" line="41" />
            <source>No pledges or deliveries with dates yet.</source>
            <translation>Aucun engagement ni aucune livraison datés pour l'instant.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_charts.py" line="42" />
            <source>No pledges yet.</source>
            <translation>Aucun engagement pour l'instant.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_charts.py" line="73" />
            <source>Pledged (cumulative)</source>
            <translation>Engagé (cumulé)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_charts.py" line="74" />
            <source>Delivered (cumulative)</source>
            <translation>Livré (cumulé)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_charts.py" line="133" />
            <source>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;pledged {pledged}, delivered {delivered}&lt;br&gt;to date: pledged {pledged_total}, delivered {delivered_total}</source>
            <translation>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;engagé {pledged}, livré {delivered}&lt;br&gt;à ce jour : engagé {pledged_total}, livré {delivered_total}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_charts.py" line="145" />
            <source>Pledged</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_charts.py" line="146" />
            <source>Delivered</source>
            <translation>Livré</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="37" />
            <source>PLEDGED (EUR)</source>
            <translation>ENGAGÉ (EUR)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="38" />
            <source>cancelled excluded</source>
            <translation>hors annulations</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="39" />
            <source>DELIVERED (EUR)</source>
            <translation>LIVRÉ (EUR)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="40" />
            <source>completed deliveries</source>
            <translation>livraisons effectuées</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="41" />
            <source>DELIVERY RATE</source>
            <translation>TAUX DE LIVRAISON</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="42" />
            <source>delivered ÷ pledged</source>
            <translation>livré ÷ engagé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="43" />
            <source>PLEDGES</source>
            <translation>ENGAGEMENTS</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="44" />
            <source>DELIVERIES</source>
            <translation>LIVRAISONS</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="45" />
            <source>planned to done</source>
            <translation>de prévue à effectuée</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="46" />
            <source>OVERDUE DELIVERIES</source>
            <translation>LIVRAISONS EN RETARD</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="47" />
            <source>past planned date</source>
            <translation>date prévue dépassée</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="48" />
            <source>FUND</source>
            <translation>FONDS</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="49" />
            <source>Washington 2024 pledge</source>
            <translation>engagement de Washington 2024</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="136" />
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="152" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="153" />
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="217" />
            <source>Opening the database…</source>
            <translation>Ouverture de la base de données…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="163" />
            <source>Pledged vs delivered, cumulative by month (EUR)</source>
            <translation>Engagé et livré, cumulé par mois (EUR)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="164" />
            <source>Top 10 donors by pledged value (EUR)</source>
            <translation>Les 10 premiers donateurs par valeur engagée (EUR)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="169" />
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="223" />
            <source>Overdue deliveries</source>
            <translation>Livraisons en retard</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="194" />
            <source>{name} · figures as of {day}</source>
            <translation>{name} · chiffres au {day}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="218" />
            <source>No database open</source>
            <translation>Aucune base de données ouverte</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="228" />
            <source>Could not load the figures: {message}</source>
            <translation>Impossible de charger les chiffres : {message}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="280" />
            <source>no fund defined</source>
            <translation>aucun fonds défini</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="283" />
            <source>FUND {year} PLEDGED</source>
            <translation>FONDS {year} ENGAGÉ</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="286" />
            <source>{pledged} of {tranche}</source>
            <translation>{pledged} sur {tranche}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="288" />
            <source>{fund} {year}: pledged {pledged} of {tranche} ({rate}); allocated {allocated}, delivered {delivered}; {below} of {participants} participants below their share</source>
            <translation>{fund} {year} : engagé {pledged} sur {tranche} ({rate}) ; alloué {allocated}, livré {delivered} ; {below} participants sur {participants} sous leur juste part</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="304" />
            <source>could not be computed</source>
            <translation>n'a pas pu être calculé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="311" />
            <source>{title}: {note} ({value})</source>
            <translation>{title} : {note} ({value})</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="321" />
            <source>{n} still open</source>
            <translation>{n} encore ouverts</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="344" />
            <source>Overdue deliveries: none</source>
            <translation>Livraisons en retard : aucune</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="346" />
            <source>Overdue deliveries: {total} (the {shown} longest overdue shown)</source>
            <translation>Livraisons en retard : {total} (les {shown} plus en retard sont affichées)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/dashboard_view.py" line="349" />
            <source>Overdue deliveries: {total}</source>
            <translation>Livraisons en retard : {total}</translation>
        </message>
    </context>
    <context>
        <name>FundView</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="48" />
            <source>TRANCHE</source>
            <translation>TRANCHE</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="49" />
            <source>PLEDGED</source>
            <translation>ENGAGÉ</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="50" />
            <source>ALLOCATED (COUNTS)</source>
            <translation>ALLOUÉ (COMPTÉ)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="51" />
            <source>DELIVERED</source>
            <translation>LIVRÉ</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="52" />
            <source>BELOW THEIR SHARE</source>
            <translation>SOUS LEUR PART</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="52" />
            <source>participants</source>
            <translation>participants</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="65" />
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="82" />
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="99" />
            <source>Fund</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="87" />
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="102" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="89" />
            <source>Edit fund…</source>
            <translation>Modifier le fonds…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="91" />
            <source>Amount, years, GDP year and which channels and states count</source>
            <translation>Montant, années, année du PIB, et canaux et états comptés</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="122" />
            <source>Fair share vs pledged and allocated, per participant (largest share first)</source>
            <translation>Juste part, engagé et alloué, par participant (plus grande part d'abord)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="130" />
            <source>Red: below its fair share · tick Exempt to exempt a member (the others' shares re-normalise) · Ctrl+Z undoes</source>
            <translation>Rouge : sous sa juste part · cochez Exempté pour exempter un membre (les parts des autres sont renormalisées) · Ctrl+Z annule</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="175" />
            <source>Could not load the fund: {message}</source>
            <translation>Impossible de charger le fonds : {message}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="215" />
            <source>TRANCHE {year}</source>
            <translation>TRANCHE {year}</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="218" />
            <source>shared over %Ln participant(s)</source>
            <translation>
                <numerusform>réparti sur %Ln participant</numerusform>
                <numerusform>réparti sur %Ln participants</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="224" />
            <source>{rate} % of the tranche</source>
            <translation>{rate} % de la tranche</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="226" />
            <source>of %Ln participant(s)</source>
            <translation>
                <numerusform>sur %Ln participant</numerusform>
                <numerusform>sur %Ln participants</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="232" />
            <source>No fair shares to show.</source>
            <translation>Aucune juste part à afficher.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="240" />
            <source>{amount} a year</source>
            <translation>{amount} par an</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="241" />
            <source>{amount} in total</source>
            <translation>{amount} au total</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="243" />
            <source>GDP {year}</source>
            <translation>PIB {year}</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="244" />
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="246" />
            <source>{n} exempt</source>
            <translation>{n} exemptés</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="252" />
            <source>channels: {channels}</source>
            <translation>canaux : {channels}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="253" />
            <source>all</source>
            <translation>tous</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="254" />
            <source>counted states: {states}</source>
            <translation>états comptés : {states}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="257" />
            <source>{n} channels count, {states}</source>
            <translation>{n} canaux comptés, {states}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="258" />
            <source>all channels count, {states}</source>
            <translation>tous les canaux comptent, {states}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="268" />
            <source>Fund not changed: {message}</source>
            <translation>Fonds non modifié : {message}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="269" />
            <source>Not changed: {message}</source>
            <translation>Non modifié : {message}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="277" />
            <source>{member} exempt in {fund}: shares re-normalised</source>
            <translation>{member} exempté dans {fund} : parts renormalisées</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="278" />
            <source>{member} counted again in {fund}: shares re-normalised</source>
            <translation>{member} de nouveau compté dans {fund} : parts renormalisées</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/fund_view.py" line="297" />
            <source>{fund} changed</source>
            <translation>{fund} modifié</translation>
        </message>
    </context>
    <context>
        <name>MemberCharts</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_charts.py" line="78" />
            <location filename="../desktop/ramstein/ui/views/member_charts.py" line="93" />
            <location filename="../desktop/ramstein/ui/views/member_charts.py" line="142" />
            <source>Pledged</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_charts.py" line="79" />
            <location filename="../desktop/ramstein/ui/views/member_charts.py" line="109" />
            <source>Delivered</source>
            <translation>Livré</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_charts.py" line="89" />
            <source>{n} others</source>
            <translation>{n} autres</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_charts.py" line="108" />
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_charts.py" line="141" />
            <source>Fair share</source>
            <translation>Juste part</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_charts.py" line="143" />
            <source>Allocated (counts)</source>
            <translation>Alloué (compté)</translation>
        </message>
    </context>
    <context>
        <name>MemberPageView</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="37" />
            <source>PLEDGED</source>
            <translation>ENGAGÉ</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="37" />
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="38" />
            <source>EUR, as payer</source>
            <translation>EUR, en tant que payeur</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="38" />
            <source>DELIVERED</source>
            <translation>LIVRÉ</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="39" />
            <source>DELIVERY RATE</source>
            <translation>TAUX DE LIVRAISON</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="39" />
            <source>delivered ÷ pledged</source>
            <translation>livré ÷ engagé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="40" />
            <source>ON TIME</source>
            <translation>À TEMPS</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="40" />
            <source>by the planned date</source>
            <translation>à la date prévue</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="41" />
            <source>AID % OF GDP</source>
            <translation>AIDE EN % DU PIB</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="42" />
            <source>OPEN PLEDGES</source>
            <translation>ENGAGEMENTS OUVERTS</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="42" />
            <source>not yet delivered</source>
            <translation>pas encore livrés</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="43" />
            <source>PAID FOR OTHERS</source>
            <translation>PAYÉ POUR D'AUTRES</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="43" />
            <source>others delivered</source>
            <translation>livré par d'autres</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="44" />
            <source>FOR OTHERS</source>
            <translation>POUR D'AUTRES</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="44" />
            <source>others paid</source>
            <translation>payé par d'autres</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="46" />
            <source>Fund</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="46" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="46" />
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="47" />
            <source>Fair share EUR</source>
            <translation>Juste part EUR</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="47" />
            <source>Pledged EUR</source>
            <translation>Engagé EUR</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="48" />
            <source>Allocated EUR</source>
            <translation>Alloué EUR</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="48" />
            <source>Delivered EUR</source>
            <translation>Livré EUR</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="49" />
            <source>Gap EUR</source>
            <translation>Écart EUR</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="62" />
            <source>◀ All members</source>
            <translation>◀ Tous les membres</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="64" />
            <source>Back to the list of members (Esc)</source>
            <translation>Retour à la liste des membres (Échap)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="71" />
            <source>Export this member's workbook…</source>
            <translation>Exporter le classeur de ce membre…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="73" />
            <source>Write an Excel workbook with this member's pledges and deliveries (the same workbook as File ▸ Export to Excel)</source>
            <translation>Écrire un classeur Excel avec les engagements et livraisons de ce membre (le même classeur que Fichier ▸ Exporter vers Excel)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="96" />
            <source>Deliveries by month: planned vs delivered (EUR)</source>
            <translation>Livraisons par mois : prévu et livré (EUR)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="97" />
            <source>Capability mix (pledged EUR)</source>
            <translation>Répartition par capacité (EUR engagés)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="123" />
            <source>Pledges</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="124" />
            <source>Fund position</source>
            <translation>Position dans le fonds</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="125" />
            <source>Paid for, delivered by others</source>
            <translation>Payé, livré par d'autres</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="126" />
            <source>Delivered for others, paid by them</source>
            <translation>Livré pour d'autres, payé par eux</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="127" />
            <source>Its own pledges and those it pays that another member delivers (the Donor column says who delivers)</source>
            <translation>Ses propres engagements et ceux qu'il paie et qu'un autre membre livre (la colonne Donateur indique qui livre)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="129" />
            <source>Pledges it delivers that other members pay: counted to the payers, not in this member's totals</source>
            <translation>Engagements qu'il livre et que d'autres membres paient : comptés aux payeurs, pas dans les totaux de ce membre</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="152" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="156" />
            <source>Could not load the member: {message}</source>
            <translation>Impossible de charger le membre : {message}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="168" />
            <source>Pledges ({n})</source>
            <translation>Engagements ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="170" />
            <source>Fund position ({n})</source>
            <translation>Position dans le fonds ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="173" />
            <source>Paid for, delivered by others ({n})</source>
            <translation>Payé, livré par d'autres ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="175" />
            <source>Delivered for others, paid by them ({n})</source>
            <translation>Livré pour d'autres, payé par eux ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="186" />
            <source>GDP USD {amount}bn</source>
            <translation>PIB {amount} Md USD</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="187" />
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="200" />
            <source>no GDP figure</source>
            <translation>pas de chiffre de PIB</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="199" />
            <source>pledged ÷ GDP</source>
            <translation>engagé ÷ PIB</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="212" />
            <source>No deliveries with dates yet.</source>
            <translation>Aucune livraison datée pour l'instant.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="213" />
            <source>No pledges yet.</source>
            <translation>Aucun engagement pour l'instant.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="222" />
            <source>below its share</source>
            <translation>sous sa part</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/member_page.py" line="222" />
            <source>share met</source>
            <translation>part atteinte</translation>
        </message>
    </context>
    <context>
        <name>MembersView</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="50" />
            <source>NATO allies</source>
            <translation>Alliés de l'OTAN</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="51" />
            <source>EU, non-NATO</source>
            <translation>UE, hors OTAN</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="52" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="53" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="78" />
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="122" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="124" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="124" />
            <source>Show every member</source>
            <translation>Afficher tous les membres</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="130" />
            <source>Show only: {kind}</source>
            <translation>Afficher seulement : {kind}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="140" />
            <source>Top 10 donors shown (EUR)</source>
            <translation>Les 10 premiers donateurs affichés (EUR)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="142" />
            <source>By capability: all members shown (pledged EUR)</source>
            <translation>Par capacité : tous les membres affichés (EUR engagés)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="156" />
            <source>Click a header to sort · double-click a member (or Enter) for its page · totals count each euro once, to the member that paid</source>
            <translation>Cliquez sur un en-tête pour trier · double-cliquez sur un membre (ou Entrée) pour sa page · les totaux comptent chaque euro une fois, au membre qui a payé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="194" />
            <source>Could not load the members: {message}</source>
            <translation>Impossible de charger les membres : {message}</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="237" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln membre</numerusform>
                <numerusform>%Ln membres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="238" />
            <source>{shown} of %Ln member(s)</source>
            <translation>
                <numerusform>{shown} sur %Ln membre</numerusform>
                <numerusform>{shown} sur %Ln membres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="240" />
            <source>{count} · pledged {pledged} · delivered {delivered}</source>
            <translation>{count} · engagé {pledged} · livré {delivered}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="249" />
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="251" />
            <source>No pledges yet.</source>
            <translation>Aucun engagement pour l'instant.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="274" />
            <source>all members shown</source>
            <translation>tous les membres affichés</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="278" />
            <source>{n} selected members</source>
            <translation>{n} membres sélectionnés</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="280" />
            <source>By capability: {whom} (pledged EUR, by the deliverer)</source>
            <translation>Par capacité : {whom} (EUR engagés, par le livreur)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="296" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/members_view.py" line="331" />
            <source>Export {name}'s workbook</source>
            <translation>Exporter le classeur de {name}</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/month_grid.py" line="121" />
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday} {day} {month} {year}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/month_grid.py" line="219" />
            <source>{n} late</source>
            <translation>{n} en retard</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/month_grid.py" line="232" />
            <source>{n} due</source>
            <translation>{n} prévues</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/month_grid.py" line="318" />
            <source>Month of deliveries</source>
            <translation>Mois des livraisons</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/month_grid.py" line="373" />
            <source>{day}: no deliveries due</source>
            <translation>{day} : aucune livraison prévue</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/month_grid.py" line="374" />
            <source>%Ln delivery(ies)</source>
            <translation>
                <numerusform>%Ln livraison</numerusform>
                <numerusform>%Ln livraisons</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/month_grid.py" line="375" />
            <source>{day}: {deliveries} · {eur}</source>
            <translation>{day} : {deliveries} · {eur}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/month_grid.py" line="378" />
            <source>{n} overdue (planned date passed, not delivered)</source>
            <translation>{n} en retard (date prévue dépassée, non livrées)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/month_grid.py" line="385" />
            <source>Donors: {codes}</source>
            <translation>Donateurs : {codes}</translation>
        </message>
    </context>
    <context>
        <name>MonthlyBarsWidget</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_chart.py" line="35" />
            <source>Planned and delivered EUR by month</source>
            <translation>EUR prévus et livrés par mois</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_chart.py" line="72" />
            <source>Planned ■ and delivered ■ per month ({unit})</source>
            <translation>Prévu ■ et livré ■ par mois ({unit})</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/calendar_chart.py" line="127" />
            <source>{month}: planned {planned}, delivered {delivered}
Click to show this month</source>
            <translation>{month} : prévu {planned}, livré {delivered}
Cliquez pour afficher ce mois</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderView</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/placeholder_view.py" line="13" />
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/placeholder_view.py" line="14" />
            <source>Deliveries by planned date, as a month grid and an agenda list, with overdue items marked. Planners will reschedule by dragging (undoable), filter by donor, capability and hub, and export the calendar as an .ics file.</source>
            <translation>Les livraisons par date prévue, en grille mensuelle et en agenda, avec les retards signalés. Les planificateurs pourront replanifier par glisser-déposer (annulable), filtrer par donateur, capacité et plateforme logistique, et exporter le calendrier en fichier .ics.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/placeholder_view.py" line="19" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/placeholder_view.py" line="20" />
            <source>Per-member totals for every participant of the contact group: pledged and delivered EUR, share of GDP, on-time delivery rate and a breakdown by capability, with a page per member listing its pledges, deliveries and fund position.</source>
            <translation>Les totaux par membre pour chaque participant du groupe de contact : EUR engagés et livrés, part du PIB, taux de livraison à temps et répartition par capacité, avec une page par membre listant ses engagements, ses livraisons et sa position dans le fonds.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/placeholder_view.py" line="25" />
            <source>Fund</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/placeholder_view.py" line="26" />
            <source>The yearly burden-sharing target (such as the Washington 2024 pledge of EUR 40bn a year) split by GDP share among the fund's participants, set against what each has pledged, allocated and delivered, counting every euro once, to the payer.</source>
            <translation>L'objectif annuel de partage du fardeau (comme l'engagement de Washington 2024 de 40 Md EUR par an) réparti selon la part du PIB entre les participants du fonds, comparé à ce que chacun a engagé, alloué et livré, chaque euro étant compté une fois, au payeur.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/placeholder_view.py" line="44" />
            <source>Not available yet: coming in a later release</source>
            <translation>Pas encore disponible : prévu dans une version ultérieure</translation>
        </message>
    </context>
    <context>
        <name>PledgeDetail</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="98" />
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="104" />
            <source>Delivered {done} of {pledged}</source>
            <translation>Livré {done} sur {pledged}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="108" />
            <source>Delivered: no quantity or value to compare with</source>
            <translation>Livré : aucune quantité ni valeur de comparaison</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="118" />
            <source>⚠ Delivered {done}, more than the {pledged} pledged: check for a double count</source>
            <translation>⚠ Livré {done}, plus que les {pledged} engagés : vérifiez un double comptage</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="122" />
            <source>⚠ Deliveries add up to {planned}, more than the {pledged} pledged</source>
            <translation>⚠ Les livraisons totalisent {planned}, plus que les {pledged} engagés</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="159" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="160" />
            <source>Plan a new delivery for this pledge</source>
            <translation>Planifier une nouvelle livraison pour cet engagement</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="161" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="162" />
            <source>Edit the selected delivery</source>
            <translation>Modifier la livraison sélectionnée</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="163" />
            <source>Mark delivered</source>
            <translation>Marquer livré</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="164" />
            <source>The selected deliveries arrived today</source>
            <translation>Les livraisons sélectionnées sont arrivées aujourd'hui</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="165" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="166" />
            <source>Delete the selected deliveries</source>
            <translation>Supprimer les livraisons sélectionnées</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="188" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="188" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="188" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="189" />
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="204" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="189" />
            <source>Via</source>
            <translation>Via</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="196" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="196" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="196" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="197" />
            <source>Recorded</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="206" />
            <source>Status history</source>
            <translation>Historique des statuts</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="212" />
            <source>Deliveries</source>
            <translation>Livraisons</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="213" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="289" />
            <source>Select a pledge to see its deliveries and history.</source>
            <translation>Sélectionnez un engagement pour voir ses livraisons et son historique.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="290" />
            <source>No database open.</source>
            <translation>Aucune base de données ouverte.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="295" />
            <source>This pledge no longer exists (deleted).</source>
            <translation>Cet engagement n'existe plus (supprimé).</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="328" />
            <source>Delivery added</source>
            <translation>Livraison ajoutée</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="344" />
            <source>Delivery saved</source>
            <translation>Livraison enregistrée</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="355" />
            <source>Could not mark delivered: {error}</source>
            <translation>Impossible de marquer livré : {error}</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="361" />
            <source>%Ln delivery(ies) marked delivered on {day}</source>
            <translation>
                <numerusform>%Ln livraison marquée livrée le {day}</numerusform>
                <numerusform>%Ln livraisons marquées livrées le {day}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="372" />
            <source>Delete deliveries</source>
            <translation>Supprimer des livraisons</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="373" />
            <source>Delete %Ln delivery(ies)? This cannot be undone.</source>
            <translation>
                <numerusform>Supprimer %Ln livraison ? Cette action est irréversible.</numerusform>
                <numerusform>Supprimer %Ln livraisons ? Cette action est irréversible.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="389" />
            <source>Could not delete: {error}</source>
            <translation>Impossible de supprimer : {error}</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="393" />
            <source>%Ln delivery(ies) deleted</source>
            <translation>
                <numerusform>%Ln livraison supprimée</numerusform>
                <numerusform>%Ln livraisons supprimées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="408" />
            <source> (Ctrl+Z undoes)</source>
            <translation> (Ctrl+Z annule)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="410" />
            <source>{done}. Warning: {warnings}</source>
            <translation>{done}. Attention : {warnings}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="440" />
            <source>{eur} delivered</source>
            <translation>{eur} livrés</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="444" />
            <source>{quantity} more planned</source>
            <translation>{quantity} de plus prévus</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="508" />
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="515" />
            <source>Value {amount}</source>
            <translation>Valeur {amount}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="512" />
            <source>{eur} at the rate of {day}</source>
            <translation>{eur} au taux du {day}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="517" />
            <source>Value not known</source>
            <translation>Valeur inconnue</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="519" />
            <source>announced {day}</source>
            <translation>annoncé le {day}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledge_detail.py" line="527" />
            <source>delivered {done} · planned in all {planned}</source>
            <translation>livré {done} · prévu au total {planned}</translation>
        </message>
    </context>
    <context>
        <name>PledgeTable</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="115" />
            <source>{column} is worked out, not typed: it cannot be edited</source>
            <translation>{column} est calculé, non saisi : il ne peut pas être modifié</translation>
        </message>
    </context>
    <context>
        <name>PledgesView</name>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="90" />
            <source>Enter/F2 edit · Ctrl+Enter sets all selected · Ctrl+C/Ctrl+V rows · Ctrl+Z undo</source>
            <translation>Entrée/F2 modifier · Ctrl+Entrée applique à la sélection · Ctrl+C/Ctrl+V lignes · Ctrl+Z annuler</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="92" />
            <source>The Delete key does not delete pledges. Use Edit ▸ Cancel pledge… or, for a pledge entered by mistake, Edit ▸ Delete pledge created in error…</source>
            <translation>La touche Suppr ne supprime pas les engagements. Utilisez Édition ▸ Annuler l'engagement… ou, pour un engagement saisi par erreur, Édition ▸ Supprimer l'engagement créé par erreur…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="127" />
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="148" />
            <source>Pledges</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="153" />
            <source>Filter: reference, donor, capability, item, status, channel, source, notes</source>
            <translation>Filtre : référence, donateur, capacité, article, statut, canal, source, notes</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="157" />
            <source>Filter pledges</source>
            <translation>Filtrer les engagements</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="307" />
            <source>Loading pledges…</source>
            <translation>Chargement des engagements…</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="308" />
            <source>No database open</source>
            <translation>Aucune base de données ouverte</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="311" />
            <source>Could not load the pledges: {message}</source>
            <translation>Impossible de charger les engagements : {message}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="350" />
            <source>Show all columns</source>
            <translation>Afficher toutes les colonnes</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="357" />
            <source>At least one column stays visible</source>
            <translation>Au moins une colonne reste visible</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="393" />
            <source>{shown} of %Ln pledge(s) match</source>
            <translation>
                <numerusform>{shown} sur %Ln engagement correspondent</numerusform>
                <numerusform>{shown} sur %Ln engagements correspondent</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="395" />
            <source>{rows} · EUR value {eur}</source>
            <translation>{rows} · valeur en EUR {eur}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="398" />
            <source> (of which cancelled {eur})</source>
            <translation> (dont annulés {eur})</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="442" />
            <source>Changed elsewhere</source>
            <translation>Modifié ailleurs</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="443" />
            <source>This pledge was changed elsewhere (another window or an import) after the table showed it. Your change was not saved; the row now shows what is stored.</source>
            <translation>Cet engagement a été modifié ailleurs (une autre fenêtre ou un import) après son affichage dans le tableau. Votre modification n'a pas été enregistrée ; la ligne affiche maintenant ce qui est stocké.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="446" />
            <source>Not saved: {error}</source>
            <translation>Non enregistré : {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="450" />
            <source>Not saved. {error}</source>
            <translation>Non enregistré. {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="455" />
            <source>Could not save</source>
            <translation>Impossible d'enregistrer</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="455" />
            <source>The change was not saved.</source>
            <translation>La modification n'a pas été enregistrée.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="458" />
            <source>Done: {what} (Ctrl+Z undoes)</source>
            <translation>Fait : {what} (Ctrl+Z annule)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="465" />
            <source>Could not undo</source>
            <translation>Impossible d'annuler</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="465" />
            <source>Could not redo</source>
            <translation>Impossible de rétablir</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="467" />
            <source>The undo was not carried out: the pledge was changed since. Nothing was overwritten, and this step was taken out of the undo history.</source>
            <translation>L'annulation n'a pas été effectuée : l'engagement a été modifié depuis. Rien n'a été écrasé, et cette étape a été retirée de l'historique d'annulation.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="470" />
            <source>The redo was not carried out: the pledge was changed since. Nothing was overwritten, and this step was taken out of the undo history.</source>
            <translation>Le rétablissement n'a pas été effectué : l'engagement a été modifié depuis. Rien n'a été écrasé, et cette étape a été retirée de l'historique d'annulation.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="476" />
            <source>The undo was not carried out.</source>
            <translation>L'annulation n'a pas été effectuée.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="477" />
            <source>The redo was not carried out.</source>
            <translation>Le rétablissement n'a pas été effectué.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="507" />
            <source>Open a database first</source>
            <translation>Ouvrez d'abord une base de données</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="514" />
            <source>Select the pledges to copy</source>
            <translation>Sélectionnez les engagements à copier</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="517" />
            <source>Copied %Ln pledge(s) as a table (paste into Excel, or here)</source>
            <translation>
                <numerusform>%Ln engagement copié sous forme de tableau (à coller dans Excel, ou ici)</numerusform>
                <numerusform>%Ln engagements copiés sous forme de tableau (à coller dans Excel, ou ici)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="534" />
            <source>… and {n} more (see Details)</source>
            <translation>… et {n} de plus (voir Détails)</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="536" />
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln problème</numerusform>
                <numerusform>%Ln problèmes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="537" />
            <source>Nothing was pasted</source>
            <translation>Rien n'a été collé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="538" />
            <source>The clipboard has {problems}; no pledge was created. Correct the rows and paste again.</source>
            <translation>Le presse-papiers contient {problems} ; aucun engagement n'a été créé. Corrigez les lignes et collez à nouveau.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="542" />
            <source>Nothing pasted: {problems} in the clipboard</source>
            <translation>Rien collé : {problems} dans le presse-papiers</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="557" />
            <source>no database is open</source>
            <translation>aucune base de données n'est ouverte</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="564" />
            <source>Created {reference} (Ctrl+Z undoes)</source>
            <translation>{reference} créé (Ctrl+Z annule)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="569" />
            <source>Select the pledges to duplicate first</source>
            <translation>Sélectionnez d'abord les engagements à dupliquer</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="576" />
            <source>Not duplicated. {error}</source>
            <translation>Non dupliqué. {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="583" />
            <source>Select the pledges to change the status of first</source>
            <translation>Sélectionnez d'abord les engagements dont changer le statut</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="595" />
            <source>No status change is allowed for all {pledges} (delivered and cancelled pledges are final)</source>
            <translation>Aucun changement de statut n'est permis pour l'ensemble des {pledges} (les engagements livrés et annulés sont définitifs)</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="604" />
            <source>Set status</source>
            <translation>Définir le statut</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="605" />
            <source>New status of {pledges}:</source>
            <translation>Nouveau statut pour {pledges} :</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="609" />
            <source>Select the pledges to change the channel of first</source>
            <translation>Sélectionnez d'abord les engagements dont changer le canal</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="618" />
            <source>Set channel</source>
            <translation>Définir le canal</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="619" />
            <source>Channel of {pledges}:</source>
            <translation>Canal pour {pledges} :</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="623" />
            <source>Select the pledges to cancel first</source>
            <translation>Sélectionnez d'abord les engagements à annuler</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="634" />
            <source>Not cancelled: {refs} is already delivered or cancelled</source>
            <translation>Non annulé : {refs} est déjà livré ou annulé</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="636" />
            <source>Not cancelled: {refs} are already delivered or cancelled</source>
            <translation>Non annulés : {refs} sont déjà livrés ou annulés</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="641" />
            <source>Cancel pledges</source>
            <translation>Annuler les engagements</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="641" />
            <source>Cancel pledge</source>
            <translation>Annuler l'engagement</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="644" />
            <source>Cancel {pledges}? A cancelled pledge stays in the table, with its EUR value counted as cancelled.</source>
            <translation>Annuler {pledges} ? Un engagement annulé reste dans le tableau, sa valeur en EUR comptée comme annulée.</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="646" />
            <source>e.g. withdrawn by the donor at UDCG-31</source>
            <translation>p. ex. retiré par le donateur lors de l'UDCG-31</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="659" />
            <source>Select the pledges to delete first</source>
            <translation>Sélectionnez d'abord les engagements à supprimer</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="666" />
            <source>Only for a pledge entered by mistake (a duplicate, a typo). A pledge the donor withdrew should be cancelled instead. The audit log keeps a full copy, and Ctrl+Z brings the pledge back.</source>
            <translation>Uniquement pour un engagement saisi par erreur (un doublon, une faute de frappe). Un engagement retiré par le donateur doit plutôt être annulé. Le journal d'audit en garde une copie complète, et Ctrl+Z rétablit l'engagement.</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="670" />
            <source>Its %Ln delivery(ies) will be deleted too; undo does not bring deliveries back.</source>
            <translation>
                <numerusform>Sa livraison (%Ln) sera aussi supprimée ; l'annulation ne rétablit pas les livraisons.</numerusform>
                <numerusform>Ses %Ln livraisons seront aussi supprimées ; l'annulation ne rétablit pas les livraisons.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="673" />
            <source>Delete pledges created in error</source>
            <translation>Supprimer les engagements créés par erreur</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="674" />
            <source>Delete pledge created in error</source>
            <translation>Supprimer l'engagement créé par erreur</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="675" />
            <source>Delete {pledges} for good?</source>
            <translation>Supprimer définitivement {pledges} ?</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="675" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="677" />
            <source>e.g. entered twice; the correct pledge is DEU-2024-017</source>
            <translation>p. ex. saisi deux fois ; l'engagement correct est DEU-2024-017</translation>
        </message>
        <message numerus="yes">
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="696" />
            <source>%Ln pledge(s)</source>
            <translation>
                <numerusform>%Ln engagement</numerusform>
                <numerusform>%Ln engagements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="700" />
            <source>pledge {reference}</source>
            <translation>l'engagement {reference}</translation>
        </message>
        <message>
            <location filename="../desktop/ramstein/ui/views/pledges_view.py" line="702" />
            <source>pledges {references}</source>
            <translation>les engagements {references}</translation>
        </message>
    </context>
</TS>
