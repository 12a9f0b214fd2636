<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/agenda_model.py" line="+53"/>
        <source>{status} · overdue</source>
        <translation>{status} · en retard</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledge</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hub</source>
        <translation>Plateforme logistique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Livrée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no hub</source>
        <translation>aucune plateforme logistique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned {day} at {hub} · {status}</source>
        <translation>Prévue le {day} à {hub} · {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered {day}</source>
        <translation>Livrée le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag onto a day of the month to reschedule</source>
        <translation>Glisser sur un jour du mois pour replanifier</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/restore_dialog.py" line="+38"/>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>BriefExport</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/brief_dialog.py" line="+66"/>
        <source>Open a database first.</source>
        <translation>Ouvrez d’abord une base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A brief is still being written; wait until it is done.</source>
        <translation>Une note de synthèse est encore en cours d’écriture ; attendez qu’elle soit terminée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <source>Export brief</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not written</source>
        <translation>Non écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the file name must end in .pdf.</source>
        <translation>{name} : le nom du fichier doit se terminer par .pdf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gathering the figures for {name}…</source>
        <translation>Collecte des chiffres pour {name}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Brief saved to {path} ({pages} pages, {marking})</source>
        <translation>Note de synthèse enregistrée dans {path} ({pages} pages, {marking})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no marking</source>
        <translation>sans marquage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the previous file is unchanged</source>
        <translation>le fichier précédent est inchangé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file was written</source>
        <translation>aucun fichier n’a été écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brief {name} cancelled; {kept}.</source>
        <translation>Note de synthèse {name} annulée ; {kept}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was not written</source>
        <translation>{name} n’a pas été écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brief not written</source>
        <translation>Note de synthèse non écrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} could not be written; {kept}.</source>
        <translation>{name} n’a pas pu être écrit ; {kept}.</translation>
    </message>
</context>
<context>
    <name>BriefScopeDialog</name>
    <message>
        <location line="-112"/>
        <source>Export brief</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF staff brief with the classification marking on every page: key figures, fund position, top donors, overdue deliveries and charts.</source>
        <translation>Une note de synthèse d’état-major en PDF avec le marquage de classification sur chaque page : chiffres clés, situation du fonds, principaux donateurs, livraisons en retard et graphiques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All donors</source>
        <translation>Tous les donateurs</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Scope:</source>
        <translation>Périmètre :</translation>
    </message>
</context>
<context>
    <name>DeliveredDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/calendar_dialogs.py" line="+101"/>
        <location line="+16"/>
        <source>Mark delivered</source>
        <translation>Marquer comme livrée</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delivered on:</source>
        <translation>Livrée le :</translation>
    </message>
</context>
<context>
    <name>DeliveriesModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/deliveries_model.py" line="+35"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered on</source>
        <translation>Livrée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Plateforme logistique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay reason</source>
        <translation>Motif du retard</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{status}, planned {day}</source>
        <translation>{status}, prévue le {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delivered {day}</source>
        <translation>livrée le {day}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by {n} day(s)</source>
        <translation>
            <numerusform>en retard de {n} jour</numerusform>
            <numerusform>en retard de {n} jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay: {reason}</source>
        <translation>Retard : {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: {notes}</source>
        <translation>Notes : {notes}</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/delivery_dialog.py" line="+63"/>
        <source>Edit delivery — {reference}</source>
        <translation>Modifier la livraison — {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add delivery — {reference}</source>
        <translation>Ajouter une livraison — {reference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pledged: no quantity (value only)</source>
        <translation>Engagé : aucune quantité (valeur seulement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledged {quantity} {unit}</source>
        <translation>Engagé : {quantity} {unit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 4 or 2.5</source>
        <translation>p. ex. 4 ou 2.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— no hub —</source>
        <translation>— aucune plateforme —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it moved or is late (optional)</source>
        <translation>Pourquoi elle a été déplacée ou est en retard (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quantity ({unit})</source>
        <translation>&amp;Quantité ({unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned</source>
        <translation>&amp;Prévue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivered on</source>
        <translation>&amp;Livrée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hub</source>
        <translation>Plate&amp;forme logistique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay &amp;reason</source>
        <translation>&amp;Motif du retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>quantity: enter how many are delivered (in {unit})</source>
        <translation>quantité : indiquez combien sont livrés (en {unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quantity: {typed} must be above 0</source>
        <translation>quantité : {typed} doit être supérieur à 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity: at most 3 decimal places</source>
        <translation>quantité : 3 décimales au plus</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/error_dialog.py" line="+85"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s’est produite : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault in Ramstein Planner, not in your data. Your data is safe: every change is saved in its own transaction, and one that failed was rolled back whole. Copy the report and send it to whoever supports the application.</source>
        <translation>Il s’agit d’un défaut de Ramstein Planner, pas de vos données. Vos données sont intactes : chaque modification est enregistrée dans sa propre transaction, et celle qui a échoué a été entièrement annulée. Copiez le rapport et envoyez-le au support de l’application.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The details were written to the log: {path}</source>
        <translation>Les détails ont été écrits dans le journal : {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file could be written; the details are in the report.</source>
        <translation>Aucun fichier journal n’a pu être écrit ; les détails figurent dans le rapport.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/export_dialogs.py" line="+29"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/fund_dialog.py" line="+39"/>
        <source>every year</source>
        <translation>chaque année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in total, spread evenly over the years</source>
        <translation>au total, réparti également sur les années</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit fund — {name}</source>
        <translation>Modifier le fonds — {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 40000000000 (point for decimals)</source>
        <translation>p. ex. 40000000000 (point pour les décimales)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The year of the GDP figures the shares are computed from</source>
        <translation>L’année des chiffres de PIB sur lesquels les parts sont calculées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>Première année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP year</source>
        <translation>Année du PIB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels that count</source>
        <translation>Canaux pris en compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledge states that count towards the share (allocated)</source>
        <translation>États d’engagement pris en compte dans la part (alloué)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Participants (the shares are split among those not exempt)</source>
        <translation>Participants (les parts sont réparties entre les non-exemptés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NATO allies</source>
        <translation>Alliés de l’OTAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>Tous les membres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Amount: {typed} is not a number</source>
        <translation>Montant : {typed} n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: must be above zero</source>
        <translation>Montant : doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last year: {last} is before the first year {first}</source>
        <translation>Dernière année : {last} est antérieure à la première année {first}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name: a fund needs a name</source>
        <translation>Nom : un fonds doit avoir un nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels: tick at least one channel that counts</source>
        <translation>Canaux : cochez au moins un canal pris en compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States: tick at least one pledge state that counts</source>
        <translation>États : cochez au moins un état d’engagement pris en compte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants: tick at least one member that is not exempt</source>
        <translation>Participants : cochez au moins un membre non exempté</translation>
    </message>
</context>
<context>
    <name>FundModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/fund_model.py" line="+52"/>
        <source>below its share</source>
        <translation>en dessous de sa part</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant of the fund</source>
        <translation>Participant au fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP USD bn</source>
        <translation>PIB Md USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP of the fund&apos;s GDP year</source>
        <translation>PIB de l’année de référence du fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the GDP of the participants that are not exempt</source>
        <translation>Part du PIB des participants non exemptés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair share EUR</source>
        <translation>Juste part EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year&apos;s tranche split by GDP share; the shares add up exactly to the tranche</source>
        <translation>La tranche de l’année répartie selon la part de PIB ; les parts totalisent exactement la tranche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged EUR</source>
        <translation>Engagé EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year&apos;s pledges (funding year, else announced) in the counted channels, to the payer</source>
        <translation>Les engagements de l’année (année de financement, sinon d’annonce) dans les canaux pris en compte, au payeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocated EUR</source>
        <translation>Alloué EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of the pledged in the counted states: what counts towards the share</source>
        <translation>La partie engagée dans les états pris en compte : ce qui compte pour la part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered EUR</source>
        <translation>Livré EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered on those pledges</source>
        <translation>Livré au titre de ces engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap EUR</source>
        <translation>Écart EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair share minus allocated (negative: above its share); red where below its share</source>
        <translation>Juste part moins alloué (négatif : au-dessus de sa part) ; en rouge si en dessous de sa part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt</source>
        <translation>Exempté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to exempt the member (opt-out): the others&apos; shares re-normalise</source>
        <translation>Cocher pour exempter le membre (retrait) : les parts des autres sont recalculées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a line has no share, or is below it</source>
        <translation>Pourquoi une ligne n’a pas de part, ou est en dessous</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Fair share {amount} ({share})</source>
        <translation>Juste part {amount} ({share})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledged {pledged}, allocated {allocated}, delivered {delivered}</source>
        <translation>Engagé {pledged}, alloué {allocated}, livré {delivered}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below its share by {amount}</source>
        <translation>En dessous de sa part de {amount}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/import_dialog.py" line="+47"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>workbook</source>
        <translation>classeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors ({n})</source>
        <translation>Erreurs ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings ({n})</source>
        <translation>Avertissements ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows missing from the sheet are never deleted. A backup of the database is made before anything is written, and the whole import is one step of Edit ▸ Undo.</source>
        <translation>Les lignes absentes de la feuille ne sont jamais supprimées. Une sauvegarde de la base est faite avant toute écriture, et l’import entier est une seule étape de Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All conflicts: keep sheet</source>
        <translation>Tous les conflits : garder la feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the sheet&apos;s values for every conflicting row</source>
        <translation>Prendre les valeurs de la feuille pour chaque ligne en conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All conflicts: keep planner</source>
        <translation>Tous les conflits : garder le planificateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the planner&apos;s values for every conflicting row</source>
        <translation>Garder les valeurs du planificateur pour chaque ligne en conflit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed in the planner since the export and in the sheet too: choose which values to keep for each row.</source>
        <translation>Modifiées dans le planificateur depuis l’export et aussi dans la feuille : choisissez les valeurs à garder pour chaque ligne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double-click a problem to copy it.</source>
        <translation>Double-cliquez sur un problème pour le copier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy all problems</source>
        <translation>Copier tous les problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every problem, one per line, to the clipboard</source>
        <translation>Copier chaque problème, un par ligne, dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{n} new</source>
        <translation>{n} nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changed</source>
        <translation>{n} modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unchanged</source>
        <translation>{n} inchangées</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} conflict(s)</source>
        <translation>
            <numerusform>{n} conflit</numerusform>
            <numerusform>{n} conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} error(s)</source>
        <translation>
            <numerusform>{n} erreur</numerusform>
            <numerusform>{n} erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} warning(s)</source>
        <translation>
            <numerusform>{n} avertissement</numerusform>
            <numerusform>{n} avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{n} error(s) in the file: nothing will be imported. Correct the cells listed under Errors and import the file again.</source>
        <translation>
            <numerusform>{n} erreur dans le fichier : rien ne sera importé. Corrigez les cellules listées sous Erreurs et importez de nouveau le fichier.</numerusform>
            <numerusform>{n} erreurs dans le fichier : rien ne sera importé. Corrigez les cellules listées sous Erreurs et importez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{n} conflict(s) without a choice: pick Keep sheet or Keep planner for each (or use the All conflicts buttons) to apply.</source>
        <translation>
            <numerusform>{n} conflit sans choix : choisissez Garder la feuille ou Garder le planificateur pour chacun (ou utilisez les boutons Tous les conflits) pour appliquer.</numerusform>
            <numerusform>{n} conflits sans choix : choisissez Garder la feuille ou Garder le planificateur pour chacun (ou utilisez les boutons Tous les conflits) pour appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to import: no row is new or changed (or every one is skipped).</source>
        <translation>Rien à importer : aucune ligne n’est nouvelle ou modifiée (ou toutes sont ignorées).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Apply will write {n} row(s) in one step.</source>
        <translation>
            <numerusform>Appliquer écrira {n} ligne en une étape.</numerusform>
            <numerusform>Appliquer écrira {n} lignes en une étape.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{n} problem(s) copied to the clipboard. Nothing will be imported.</source>
        <translation>
            <numerusform>{n} problème copié dans le presse-papiers. Rien ne sera importé.</numerusform>
            <numerusform>{n} problèmes copiés dans le presse-papiers. Rien ne sera importé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied: {place}: {message}</source>
        <translation>Copié : {place} : {message}</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/import_preview_model.py" line="+39"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Keep sheet</source>
        <translation>Garder la feuille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep planner</source>
        <translation>Garder le planificateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner -&gt; sheet</source>
        <translation>Planificateur -&gt; feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checked: import this row; unchecked: skip it</source>
        <translation>Coché : importer cette ligne ; décoché : l’ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the sheet&apos;s values</source>
        <translation>Prendre les valeurs de la feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the planner&apos;s values (the sheet&apos;s are ignored)</source>
        <translation>Garder les valeurs du planificateur (celles de la feuille sont ignorées)</translation>
    </message>
</context>
<context>
    <name>MappedPreviewModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/mapped_preview_model.py" line="+26"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already there</source>
        <translation>Déjà présente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/mapping_dialog.py" line="+80"/>
        <source>— not mapped —</source>
        <translation>— non associé —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested from the headers</source>
        <translation>Proposé d’après les en-têtes</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+215"/>
        <source>Import foreign sheet</source>
        <translation>Importer une feuille externe</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Import a foreign sheet</source>
        <translation>Importer une feuille externe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which column of the sheet holds each pledge field, or give a constant. The preview shows the rows as they would become pledges; nothing is written until Import, which adds every row or none, after a backup.</source>
        <translation>Indiquez quelle colonne de la feuille contient chaque champ de l’engagement, ou donnez une constante. L’aperçu montre les lignes telles qu’elles deviendraient des engagements ; rien n’est écrit avant Importer, qui ajoute toutes les lignes ou aucune, après une sauvegarde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a file to begin.</source>
        <translation>Choisissez un fichier pour commencer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the new rows as pledges</source>
        <translation>Ajouter les nouvelles lignes comme engagements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without importing more</source>
        <translation>Fermer sans importer davantage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An .xlsx workbook or a .csv file</source>
        <translation>Un classeur .xlsx ou un fichier .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the sheet to import</source>
        <translation>Choisir la feuille à importer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>found</source>
        <translation>détectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row holding the column titles (0: found by itself)</source>
        <translation>La ligne des titres de colonnes (0 : détectée automatiquement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping under a name</source>
        <translation>Enregistrer cette correspondance sous un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen profile</source>
        <translation>Supprimer le profil choisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day first (24/02/2023)</source>
        <translation>Jour d’abord (24/02/2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (02/24/2023)</source>
        <translation>Mois d’abord (02/24/2023)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal comma (1.234,5)</source>
        <translation>Virgule décimale (1.234,5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column that identifies a row, so that importing the sheet again adds only the new rows</source>
        <translation>La colonne qui identifie une ligne, pour qu’un nouvel import de la feuille n’ajoute que les nouvelles lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping profile</source>
        <translation>Profil de correspondance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row reference</source>
        <translation>Référence de ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pledge field</source>
        <translation>Champ de l’engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the sheet</source>
        <translation>Colonne de la feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or constant</source>
        <translation>ou constante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. USD</source>
        <translation>p. ex. USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. announced</source>
        <translation>p. ex. announced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. artillery</source>
        <translation>p. ex. artillery</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Deutschland=DEU; Polska=POL; Total=-  (- skips those rows)</source>
        <translation>p. ex. Deutschland=DEU; Polska=POL; Total=-  (- ignore ces lignes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names of donors in this sheet, each with the ISO3 code it stands for; &apos;-&apos; skips the rows (totals, non-members)</source>
        <translation>Autres noms de donateurs dans cette feuille, chacun avec le code ISO3 qu’il désigne ; &apos;-&apos; ignore les lignes (totaux, non-membres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other donor names</source>
        <translation>Autres noms de donateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kiel Institute&apos;s MAIN DATA sheet has its own importer: one pledge per military package at the package&apos;s EUR value, donors outside the roster skipped. Its columns need no mapping.</source>
        <translation>La feuille MAIN DATA de l’Institut de Kiel a son propre importateur : un engagement par paquet militaire à la valeur EUR du paquet, donateurs hors liste ignorés. Ses colonnes ne demandent aucune correspondance.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Feuilles (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot read the sheet</source>
        <translation>Impossible de lire la feuille</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Some mapping profiles cannot be read: {problems}</source>
        <translation>Certains profils de correspondance sont illisibles : {problems}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use the profile</source>
        <translation>Impossible d’utiliser le profil</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Save mapping profile</source>
        <translation>Enregistrer le profil de correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the mapping profile:</source>
        <translation>Nom du profil de correspondance :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile not saved</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping profile &apos;{name}&apos; saved ({path}).</source>
        <translation>Profil de correspondance « {name} » enregistré ({path}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete mapping profile</source>
        <translation>Supprimer le profil de correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the mapping profile &apos;{name}&apos;?</source>
        <translation>Supprimer le profil de correspondance « {name} » ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile not deleted</source>
        <translation>Profil non supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping profile &apos;{name}&apos; deleted; the mapping stays as shown.</source>
        <translation>Profil de correspondance « {name} » supprimé ; la correspondance affichée est conservée.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>warning: {warning}</source>
        <translation>avertissement : {warning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rows} rows: {new} new, {already} already there, {skipped} skipped, {errors} errors</source>
        <translation>{rows} lignes : {new} nouvelles, {already} déjà présentes, {skipped} ignorées, {errors} erreurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} problems to fix before importing; the first: {first}</source>
        <translation>{n} problèmes à corriger avant l’import ; le premier : {first}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new to import. Every row was imported before.</source>
        <translation>Rien de nouveau à importer. Toutes les lignes ont déjà été importées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Nothing new to import.</source>
        <translation>Rien de nouveau à importer.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+15"/>
        <source>Ready: Import adds {n} pledges.</source>
        <translation>Prêt : Importer ajoute {n} engagements.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>skipped: {reason}</source>
        <translation>ignorée : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kiel UST: {new} new pledges, {already} packages already there</source>
        <translation>Kiel UST : {new} nouveaux engagements, {already} paquets déjà présents</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>see the list</source>
        <translation>voir la liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {first}</source>
        <translation>Rien n’a été importé : {first}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup was made first: {name}.</source>
        <translation>Une sauvegarde a d’abord été faite : {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {n} pledges from {file}.</source>
        <translation>{n} engagements importés depuis {file}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{message} (%p%)</source>
        <translation>{message} (%p %)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Please wait: the sheet is still being read or imported.</source>
        <translation>Veuillez patienter : la feuille est encore en cours de lecture ou d’import.</translation>
    </message>
</context>
<context>
    <name>MarkingDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/marking_dialog.py" line="+31"/>
        <source>Classification marking</source>
        <translation>Marquage de classification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. NATO RESTRICTED</source>
        <translation>p. ex. NATO RESTRICTED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse every export while the marking is empty</source>
        <translation>Refuser tout export tant que le marquage est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed in the header and footer of every exported sheet, on the Instructions sheet, on calendar PDFs and in .ics descriptions.</source>
        <translation>Imprimé dans l’en-tête et le pied de page de chaque feuille exportée, sur la feuille Instructions, sur les PDF du calendrier et dans les descriptions .ics.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/members_model.py" line="+55"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member of the contact group</source>
        <translation>Membre du groupe de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166 code (or own code)</source>
        <translation>Code ISO 3166 (ou code propre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NATO ally, EU non-NATO, partner or organisation</source>
        <translation>Allié de l’OTAN, UE hors OTAN, partenaire ou organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged EUR</source>
        <translation>Engagé EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged, cancelled excluded; a pledge paid by another member counts to the payer</source>
        <translation>Engagé, annulés exclus ; un engagement payé par un autre membre compte pour le payeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered EUR</source>
        <translation>Livré EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of the completed deliveries, counted to the payer</source>
        <translation>Valeur des livraisons effectuées, comptée au payeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered %</source>
        <translation>Livré %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery rate: delivered ÷ pledged, in EUR</source>
        <translation>Taux de livraison : livré ÷ engagé, en EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of completed deliveries that arrived by their planned date</source>
        <translation>Part des livraisons effectuées arrivées à leur date prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP USD bn</source>
        <translation>PIB Md USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP of the latest year known (USD bn)</source>
        <translation>PIB de la dernière année connue (Md USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid % GDP</source>
        <translation>Aide % PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged EUR as a share of GDP</source>
        <translation>Engagé EUR en part du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pledges: not yet delivered or cancelled</source>
        <translation>Engagements ouverts : ni livrés ni annulés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid for others</source>
        <translation>Payé pour d’autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR this member paid for and another delivered (PURL, Danish model, co-financing)</source>
        <translation>EUR payés par ce membre et livrés par un autre (PURL, modèle danois, cofinancement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered for others</source>
        <translation>Livré pour d’autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR this member delivered and others paid for (not counted in its pledged total)</source>
        <translation>EUR livrés par ce membre et payés par d’autres (non comptés dans son total engagé)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Pledged {pledged}, delivered {delivered}</source>
        <translation>Engagé {pledged}, livré {delivered}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No GDP figure: no share of GDP</source>
        <translation>Aucun chiffre de PIB : pas de part du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to open the member&apos;s page</source>
        <translation>Double-cliquer pour ouvrir la page du membre</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/merge_dialog.py" line="+51"/>
        <source>Changed by another planner</source>
        <translation>Modifié par un autre planificateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; was changed by {who} after you started editing it, so your change has not been saved yet. Choose for each field which value to keep, then Apply. Fields only one of you changed are chosen already.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; a été modifié par {who} après que vous avez commencé à le modifier : votre modification n’est donc pas encore enregistrée. Choisissez pour chaque champ la valeur à garder, puis Appliquer. Les champs modifiés par un seul d’entre vous sont déjà choisis.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You started from</source>
        <translation>Votre point de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved now)</source>
        <translation>La leur (enregistrée)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine ({user})</source>
        <translation>La mienne ({user})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{value}&lt;br&gt;&lt;small&gt;by {user}, {when}&lt;/small&gt;</source>
        <translation>{value}&lt;br&gt;&lt;small&gt;par {user}, {when}&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the same on both sides</source>
        <translation>identique des deux côtés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{choice} for {field}</source>
        <translation>{choice} pour {field}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Both of you changed {fields}: choose which to keep.</source>
        <translation>Vous avez tous deux modifié {fields} : choisissez ce qu’il faut garder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply saves the result as one step (Ctrl+Z undoes it).</source>
        <translation>Appliquer enregistre le résultat en une étape (Ctrl+Z l’annule).</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/calendar_dialogs.py" line="-76"/>
        <source>Reschedule delivery</source>
        <translation>Replanifier la livraison</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New planned date:</source>
        <translation>Nouvelle date prévue :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. rail transfer at Rzeszow postponed</source>
        <translation>p. ex. transfert ferroviaire à Rzeszów reporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as delayed (the reason is then required)</source>
        <translation>Marquer comme retardée (le motif est alors obligatoire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The move is one undo step and is kept in the audit log.</source>
        <translation>Le déplacement est une seule étape d’annulation et est conservé dans le journal d’audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say why the delivery is late</source>
        <translation>Indiquez pourquoi la livraison est en retard</translation>
    </message>
</context>
<context>
    <name>NewPledgeDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/new_pledge_dialog.py" line="+53"/>
        <source>New pledge</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a name or a code (DEU)</source>
        <translation>Saisissez une partie d’un nom ou un code (DEU)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a name</source>
        <translation>Saisissez une partie d’un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is pledged, e.g. IRIS-T SLM fire unit</source>
        <translation>Ce qui est engagé, p. ex. unité de tir IRIS-T SLM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 4</source>
        <translation>p. ex. 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. fire units</source>
        <translation>p. ex. unités de tir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 1250000.00 (point for decimals)</source>
        <translation>p. ex. 1250000.00 (point pour les décimales)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Donor</source>
        <translation>&amp;Donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capability</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item</source>
        <translation>&amp;Matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curre&amp;ncy</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Announced</source>
        <translation>&amp;Annoncé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create pledge</source>
        <translation>Créer l’engagement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item: describe what is pledged</source>
        <translation>Matériel : décrivez ce qui est engagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/overdue_model.py" line="+29"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledge</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Plateforme logistique</translation>
    </message>
</context>
<context>
    <name>PledgeField</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/mapped_preview_model.py" line="+2"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced</source>
        <translation>Annoncé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding year</source>
        <translation>Année de financement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PledgesModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/pledges_model.py" line="+121"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EUR value</source>
        <translation>Valeur EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announced</source>
        <translation>Annoncé le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered EUR</source>
        <translation>Livré EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered %</source>
        <translation>Livré %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>Converted with the exchange rate of the valuation date; edit Value or Currency</source>
        <translation>Converti au taux de change de la date de valorisation ; modifiez Valeur ou Devise</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} (read-only)</source>
        <translation>{title} (lecture seule)</translation>
    </message>
</context>
<context>
    <name>RateEditDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/rate_edit_dialog.py" line="+54"/>
        <source>Edit exchange rate</source>
        <translation>Modifier le taux de change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add exchange rate</source>
        <translation>Ajouter un taux de change</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>units of the currency per 1 EUR, e.g. 1.0813</source>
        <translation>unités de la devise pour 1 EUR, p. ex. 1.0813</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. ECB reference rate</source>
        <translation>p. ex. taux de référence de la BCE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units per EUR</source>
        <translation>&amp;Unités pour 1 EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A rate is units of the currency per 1 EUR (ECB convention). Pledges are valued with the latest rate on or before their valuation date.</source>
        <translation>Un taux est un nombre d’unités de la devise pour 1 EUR (convention BCE). Les engagements sont valorisés au dernier taux connu à leur date de valorisation.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>rate: enter the units of the currency per 1 EUR</source>
        <translation>taux : indiquez les unités de la devise pour 1 EUR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rate: {typed} must be above 0</source>
        <translation>taux : {typed} doit être supérieur à 0</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saving… pledges in this currency are being re-valued.</source>
        <translation>Enregistrement… les engagements dans cette devise sont revalorisés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{currency} already has a rate on {day} ({rate}); saving replaces it.</source>
        <translation>{currency} a déjà un taux au {day} ({rate}) ; l’enregistrement le remplace.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/rates_dialog.py" line="+65"/>
        <location line="+73"/>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Currency, e.g. USD</source>
        <translation>Devise, p. ex. USD</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a rate for a currency and date</source>
        <translation>Ajouter un taux pour une devise et une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected rate</source>
        <translation>Modifier le taux sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rates</source>
        <translation>Supprimer les taux sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import rates from a CSV file with the columns currency, date, units_per_eur and optionally source</source>
        <translation>Importer des taux depuis un fichier CSV avec les colonnes currency, date, units_per_eur et éventuellement source</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Units of each currency per 1 EUR (ECB convention). A pledge is valued with the latest rate on or before its valuation date; changing a rate re-values the pledges it applies to.</source>
        <translation>Unités de chaque devise pour 1 EUR (convention BCE). Un engagement est valorisé au dernier taux connu à sa date de valorisation ; modifier un taux revalorise les engagements concernés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rates} rates · {currencies} currencies</source>
        <translation>{rates} taux · {currencies} devises</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{currency} on {day}: {rate} per EUR saved</source>
        <translation>{currency} au {day} : {rate} pour 1 EUR enregistré</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{names} and {n} more</source>
        <translation>{names} et {n} autres</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete {n} rate(s): {names}?</source>
        <translation>
            <numerusform>Supprimer {n} taux : {names} ?</numerusform>
            <numerusform>Supprimer {n} taux : {names} ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete rates</source>
        <translation>Supprimer des taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledges valued with them are re-valued with the rate before.</source>
        <translation>Les engagements valorisés avec ces taux sont revalorisés avec le taux précédent.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{n} rate(s) deleted</source>
        <translation>
            <numerusform>{n} taux supprimé</numerusform>
            <numerusform>{n} taux supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Import exchange rates</source>
        <translation>Importer des taux de change</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: nothing to import; its {n} rates are already here.</source>
        <translation>{file} : rien à importer ; ses {n} taux sont déjà présents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {counts} — import?</source>
        <translation>{file} : {counts} — importer ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pledges in these currencies are re-valued in the same step.</source>
        <translation>Les engagements dans ces devises sont revalorisés dans la même étape.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {file}: {counts}</source>
        <translation>{file} importé : {counts}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Working… the pledges are being re-valued.</source>
        <translation>Traitement… les engagements sont revalorisés.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{n} pledge(s) re-valued</source>
        <translation>
            <numerusform>{n} engagement revalorisé</numerusform>
            <numerusform>{n} engagements revalorisés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Please wait: the pledges are still being re-valued.</source>
        <translation>Veuillez patienter : les engagements sont encore en cours de revalorisation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{added} new, {changed} changed, {unchanged} unchanged</source>
        <translation>{added} nouveaux, {changed} modifiés, {unchanged} inchangés</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../desktop/ramstein/ui/models/rates_model.py" line="+27"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units per EUR</source>
        <translation>Unités pour 1 EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/reason_dialog.py" line="+34"/>
        <source>Reason (required, kept in the audit log):</source>
        <translation>Motif (obligatoire, conservé dans le journal d’audit) :</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/restore_dialog.py" line="+16"/>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+46"/>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Backups of {name}, newest first. They are made before every import and migration. Restoring replaces everything in the database with the backup; the current state is backed up first, so a restore can itself be undone.</source>
        <translation>Sauvegardes de {name}, les plus récentes d’abord. Elles sont faites avant chaque import et chaque migration. Restaurer remplace tout le contenu de la base par la sauvegarde ; l’état actuel est d’abord sauvegardé, si bien qu’une restauration peut elle-même être annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has no backups yet. A backup is made before every import and migration.</source>
        <translation>{name} n’a encore aucune sauvegarde. Une sauvegarde est faite avant chaque import et chaque migration.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace everything in {name} with the backup made {when} ({why})?</source>
        <translation>Remplacer tout le contenu de {name} par la sauvegarde du {when} ({why}) ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes made since that backup are not lost: the current state is backed up first, and can be restored the same way.</source>
        <translation>Les modifications faites depuis cette sauvegarde ne sont pas perdues : l’état actuel est d’abord sauvegardé et peut être restauré de la même façon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored the backup of {made} ({why}). The state before the restore was saved as {name}.</source>
        <translation>Sauvegarde du {made} restaurée ({why}). L’état avant la restauration a été enregistré sous {name}.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/export_dialogs.py" line="-7"/>
        <source>Any donor (every member in the Donor list)</source>
        <translation>Tout donateur (chaque membre de la liste Donateur)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Export template</source>
        <translation>Exporter un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty workbook for a national desk to fill in, one row per pledge, with drop-down lists and an instructions sheet. Import it back with File ▸ Import from Excel….</source>
        <translation>Un classeur vide à remplir par un bureau national, une ligne par engagement, avec des listes déroulantes et une feuille d’instructions. Réimportez-le avec Fichier ▸ Importer depuis Excel….</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
</context>
</TS>
