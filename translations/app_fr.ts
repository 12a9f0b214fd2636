<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../desktop/ramstein/ui/actions.py" line="+38"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledges</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the {view} view ({shortcut})</source>
        <translation>Afficher la vue {view} ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty planning database</source>
        <translation>Créer une base de planification vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing planning database</source>
        <translation>Ouvrir une base de planification existante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the database again (after changes made outside this window)</source>
        <translation>Relire la base de données (après des modifications faites hors de cette fenêtre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an edited export or a filled-in template: preview, then apply (one undo step); .xlsx files can also be dropped on the window</source>
        <translation>Importer un export modifié ou un modèle rempli : aperçu, puis application (une seule étape d&apos;annulation) ; on peut aussi déposer des fichiers .xlsx sur la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;foreign sheet…</source>
        <translation>Importer une feuille &amp;externe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import pledges from a sheet that is not ours (.xlsx or .csv, e.g. the Kiel tracker): map its columns, preview, import</source>
        <translation>Importer des engagements d&apos;une feuille externe (.xlsx ou .csv, p. ex. le suivi de Kiel) : associer ses colonnes, aperçu, import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the pledges the Pledges view shows (its filter), their deliveries and the members to an .xlsx workbook</source>
        <translation>Écrire dans un classeur .xlsx les engagements affichés par la vue Engagements (son filtre), leurs livraisons et les membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;template…</source>
        <translation>Exporter un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty workbook for a national desk to fill in (optionally for one donor)</source>
        <translation>Un classeur vide à remplir par un bureau national (éventuellement pour un seul donateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the deliveries the Calendar&apos;s filter shows to an .ics file (one all-day event per delivery)</source>
        <translation>Écrire dans un fichier .ics les livraisons affichées par le filtre du calendrier (un événement sur la journée par livraison)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print calendar month to PDF…</source>
        <translation>&amp;Imprimer le mois du calendrier en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month the Calendar shows, A4 landscape, with the classification marking</source>
        <translation>Le mois affiché par le calendrier, A4 paysage, avec la mention de classification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport brief…</source>
        <translation>E&amp;xporter la note de synthèse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF staff brief (all donors or one): key figures, fund position, top donors, overdue deliveries, charts, with the classification marking on every page</source>
        <translation>Une note de synthèse en PDF (tous les donateurs ou un seul) : chiffres clés, position du fonds, principaux donateurs, livraisons en retard, graphiques, avec le marquage de classification sur chaque page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup of this database back (made before every import and migration); the current state is backed up first</source>
        <translation>Remettre en place une sauvegarde de cette base (faite avant chaque import et migration) ; l&apos;état actuel est d&apos;abord sauvegardé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d&apos;être annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected pledges as a table (pastes into Excel)</source>
        <translation>Copier les engagements sélectionnés sous forme de tableau (se colle dans Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create pledges from rows copied from Excel or this table</source>
        <translation>Créer des engagements à partir de lignes copiées depuis Excel ou ce tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New pledge…</source>
        <translation>&amp;Nouvel engagement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a new pledge (Ctrl+Shift+N)</source>
        <translation>Saisir un nouvel engagement (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of the selected pledges, status announced, new references</source>
        <translation>Une copie des engagements sélectionnés, statut annoncé, nouvelles références</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;status of selected…</source>
        <translation>Changer le &amp;statut de la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move all selected pledges to one status (one undo step)</source>
        <translation>Passer tous les engagements sélectionnés à un même statut (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set c&amp;hannel of selected…</source>
        <translation>Changer le &amp;canal de la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give all selected pledges one channel (one undo step)</source>
        <translation>Donner un même canal à tous les engagements sélectionnés (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel pledge…</source>
        <translation>A&amp;nnuler l&apos;engagement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected pledges, with a reason</source>
        <translation>Annuler les engagements sélectionnés, avec un motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete pledge created in error…</source>
        <translation>Su&amp;pprimer un engagement saisi par erreur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove pledges entered by mistake, with a reason (audited)</source>
        <translation>Supprimer des engagements saisis par erreur, avec un motif (journalisé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exchange &amp;rates…</source>
        <translation>&amp;Taux de change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View, edit and import the exchange rates pledges are valued with</source>
        <translation>Consulter, modifier et importer les taux de change servant à valoriser les engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification &amp;marking…</source>
        <translation>&amp;Mention de classification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The marking every export of this database carries, and whether it is required</source>
        <translation>La mention portée par chaque export de cette base, et si elle est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window: the system&apos;s, English, French or Ukrainian (from the next start, or restart now)</source>
        <translation>La langue de la fenêtre : celle du système, anglais, français ou ukrainien (au prochain démarrage, ou redémarrer maintenant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Ramstein Planner</source>
        <translation>À &amp;propos de Ramstein Planner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../desktop/ramstein/ui/audit_text.py" line="+31"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR value</source>
        <translation>Valeur EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valuation date</source>
        <translation>Date de valorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Annoncé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding year</source>
        <translation>Année de financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reimbursed by</source>
        <translation>Remboursé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financed by</source>
        <translation>Financé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered on</source>
        <translation>Livrée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay reason</source>
        <translation>Motif du retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Statut changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeded</source>
        <translation>Données initiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>desktop app</source>
        <translation>application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>rétablissement</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>member {id}</source>
        <translation>membre {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capability {id}</source>
        <translation>capacité {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hub {id}</source>
        <translation>plateforme {id}</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+14"/>
        <location line="+29"/>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>{field} was {value}</source>
        <translation>{field} était {value}</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>with {n} delivery(ies)</source>
        <translation>
            <numerusform>avec {n} livraison</numerusform>
            <numerusform>avec {n} livraisons</numerusform>
        </translation>
    </message>
    <message>
        <location line="-78"/>
        <source>on {day}</source>
        <translation>le {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source: {source}</source>
        <translation>source : {source}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} by {user}</source>
        <translation>{when} par {user}</translation>
    </message>
</context>
<context>
    <name>BriefReport</name>
    <message>
        <location filename="../desktop/ramstein/ui/brief_report.py" line="+143"/>
        <source>Ukraine Defense Contact Group — Military aid brief</source>
        <translation>Groupe de contact pour la défense de l&apos;Ukraine — Note sur l&apos;aide militaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All donors</source>
        <translation>Tous les donateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({code}) only</source>
        <translation>{name} ({code}) uniquement</translation>
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
        <translation>{value}&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{n} delivery(ies) overdue worth {value}</source>
        <translation>
            <numerusform>{n} livraison en retard, pour {value}</numerusform>
            <numerusform>{n} livraisons en retard, pour {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} pledge(s)</source>
        <translation>
            <numerusform>{n} engagement</numerusform>
            <numerusform>{n} engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} delivery(ies), {value}</source>
        <translation>
            <numerusform>{n} livraison, {value}</numerusform>
            <numerusform>{n} livraisons, {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of {n} delivery(ies) in all</source>
        <translation>
            <numerusform>sur {n} livraison au total</numerusform>
            <numerusform>sur {n} livraisons au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} more overdue delivery(ies) worth {value} not listed (the Calendar view shows them all).</source>
        <translation>
            <numerusform>{n} autre livraison en retard, pour {value}, non listée (la vue Calendrier les montre toutes).</numerusform>
            <numerusform>{n} autres livraisons en retard, pour {value}, non listées (la vue Calendrier les montre toutes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivered {pct} of pledged ({delivered} of {pledged}); {open} still to deliver.</source>
        <translation>{pct} du promis livré ({delivered} sur {pledged}) ; {open} restent à livrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pledges recorded.</source>
        <translation>Aucun engagement enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No delivery is overdue.</source>
        <translation>Aucune livraison n&apos;est en retard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, {n} of them {capability}</source>
        <translation>, dont {n} en {capability}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the longest {days} days late ({reference}, {donor}).</source>
        <translation> ; la plus ancienne a {days} jours de retard ({reference}, {donor}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{fund}, {year}: {allocated} allocated against the {floor} floor ({pct}); {below} of {n} participants below their GDP-based fair share.</source>
        <translation>{fund}, {year} : {allocated} alloués pour un plancher de {floor} ({pct}) ; {below} participants sur {n} sous leur juste part calculée sur le PIB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} does not take part in {fund}.</source>
        <translation>{name} ne participe pas à {fund}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{fund}, {year}: no fair share for {name} ({flag}).</source>
        <translation>{fund}, {year} : pas de juste part pour {name} ({flag}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} below its share</source>
        <translation>{gap} sous sa part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gap} above its share</source>
        <translation>{gap} au-dessus de sa part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fund}, {year}: fair share {share} ({pct} of the participants&apos; GDP), {allocated} allocated: {where}.</source>
        <translation>{fund}, {year} : juste part {share} ({pct} du PIB des participants), {allocated} alloués : {where}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>below by {gap}</source>
        <translation>en dessous de {gap}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above by {gap}</source>
        <translation>au-dessus de {gap}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Laying out the brief…</source>
        <translation>Mise en page de la note…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief laid out</source>
        <translation>Note mise en page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STAFF BRIEF</source>
        <translation>NOTE D&apos;ÉTAT-MAJOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{scope} · {date}</source>
        <translation>{scope} · {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data as of {data} from {db} · generated {now} · overdue measured against {today}</source>
        <translation>Données au {data} tirées de {db} · générée le {now} · retards mesurés au {today}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>BOTTOM LINE</source>
        <translation>EN BREF</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PLEDGED</source>
        <translation>PROMIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DELIVERED</source>
        <translation>LIVRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pct} of pledged</source>
        <translation>{pct} du promis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OPEN</source>
        <translation>RESTANT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pledged, not yet delivered</source>
        <translation>promis, pas encore livré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{status}: {n}</source>
        <translation>{status}&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pledges by status</source>
        <translation>Engagements par statut</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Fund position — {fund}, {year}</source>
        <translation>Position du fonds — {fund}, {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair share</source>
        <translation>Juste part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly floor</source>
        <translation>Plancher annuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+412"/>
        <source>Pledged</source>
        <translation>Promis</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Allocated (counts)</source>
        <translation>Alloué (compté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below fair share: short {gap}</source>
        <translation>Sous la juste part : manque {gap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{below} of {n}</source>
        <translation>{below} sur {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of GDP</source>
        <translation>Part du PIB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair shares: the year&apos;s tranche split by each participant&apos;s share of the participants&apos; GDP ({gdp_year}), exempt members left out; allocated counts the pledges in the fund&apos;s counted states, to the payer.</source>
        <translation>Justes parts : la tranche de l&apos;année répartie selon la part de chaque participant dans le PIB des participants ({gdp_year}), membres exemptés exclus ; l&apos;alloué compte les engagements dans les états retenus par le fonds, au payeur.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{pct} allocated</source>
        <translation>{pct} alloué</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{title} (continued)</source>
        <translation>{title} (suite)</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+54"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Pledges</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Pledged (EUR m)</source>
        <translation>Promis (M EUR)</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+87"/>
        <source>Delivered (EUR m)</source>
        <translation>Livré (M EUR)</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Delivered share</source>
        <translation>Part livrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Fair share (EUR m)</source>
        <translation>Juste part (M EUR)</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+85"/>
        <source>Against fair share</source>
        <translation>Par rapport à la juste part</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+10"/>
        <source>Top {n} donors</source>
        <translation>Les {n} premiers donateurs</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Donor figures</source>
        <translation>Chiffres par donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged and delivered count to the payer (a pledge financed by another member counts to it); a cancelled pledge counts what it delivered. Fair share and position: the fund year&apos;s tranche by GDP share against what is allocated.</source>
        <translation>Engagé et livré comptent au payeur (un engagement financé par un autre membre compte pour celui-ci) ; un engagement annulé compte ce qu&apos;il a livré. Juste part et position : la tranche de l&apos;année du fonds selon la part du PIB, comparée à l&apos;alloué.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledge</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open deliveries (planned, in transit, delayed) whose planned date is before {today}; longest overdue first. Value in EUR.</source>
        <translation>Livraisons ouvertes (prévues, en transit, retardées) dont la date prévue est antérieure au {today} ; les plus en retard d&apos;abord. Valeur en EUR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue deliveries ({n}, {value})</source>
        <translation>Livraisons en retard ({n}, {value})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP share</source>
        <translation>Part du PIB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allocated (EUR m)</source>
        <translation>Alloué (M EUR)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fund position by participant, {year}</source>
        <translation>Position du fonds par participant, {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tranche {tranche}. Pledged: the year&apos;s pledges (funding year, else the year announced) in the fund&apos;s channels; allocated: those in its counted states.</source>
        <translation>Tranche {tranche}. Engagé : les engagements de l&apos;année (année de financement, sinon année d&apos;annonce) dans les canaux du fonds ; alloué : ceux dans les états qu&apos;il retient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members outside the fund pledged {outside} more.</source>
        <translation>Les membres hors du fonds ont promis {outside} de plus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pledged vs delivered, by month (cumulative)</source>
        <translation>Promis et livré, par mois (cumulé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deliveries planned vs delivered, by month</source>
        <translation>Livraisons prévues et effectuées, par mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pledged by capability</source>
        <translation>Promis par capacité</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Military aid brief — {scope} — {date}</source>
        <translation>Note sur l&apos;aide militaire — {scope} — {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ramstein Planner · {db} · data as of {data}</source>
        <translation>Ramstein Planner · {db} · données au {data}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/calendar_commands.py" line="+78"/>
        <source>Could not undo “{step}”: {error}</source>
        <translation>Impossible d’annuler « {step} » : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not redo “{step}”: {error}</source>
        <translation>Impossible de rétablir « {step} » : {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>Move {n} delivery(ies) to {day}</source>
        <translation>
            <numerusform>Déplacer {n} livraison au {day}</numerusform>
            <numerusform>Déplacer {n} livraisons au {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Mark {n} delivery(ies) delivered</source>
        <translation>
            <numerusform>Marquer {n} livraison comme livrée</numerusform>
            <numerusform>Marquer {n} livraisons comme livrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delay {n} delivery(ies)</source>
        <translation>
            <numerusform>Retarder {n} livraison</numerusform>
            <numerusform>Retarder {n} livraisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delay {n} delivery(ies) to {day}</source>
        <translation>
            <numerusform>Retarder {n} livraison au {day}</numerusform>
            <numerusform>Retarder {n} livraisons au {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Edit {n} delivery(ies)</source>
        <translation>
            <numerusform>Modifier {n} livraison</numerusform>
            <numerusform>Modifier {n} livraisons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPrint</name>
    <message numerus="yes">
        <location filename="../desktop/ramstein/ui/calendar_print.py" line="+143"/>
        <source>{n} delivery(ies) · {eur} · {overdue} overdue</source>
        <translation>
            <numerusform>{n} livraison · {eur} · {overdue} en retard</numerusform>
            <numerusform>{n} livraisons · {eur} · {overdue} en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Filter: {filter}</source>
        <translation>Filtre : {filter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: none (all deliveries)</source>
        <translation>Filtre : aucun (toutes les livraisons)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Per day: deliveries · EUR planned, top donors, status bar; red: overdue</source>
        <translation>Par jour : livraisons · EUR prévus, principaux donateurs, barre des statuts ; rouge : en retard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deliveries — {month}</source>
        <translation>Livraisons — {month}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed {printed} from {source} · today is {day} (outlined)</source>
        <translation>Imprimé le {printed} depuis {source} · aujourd’hui : {day} (encadré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed {printed} · today is {day} (outlined)</source>
        <translation>Imprimé le {printed} · aujourd’hui : {day} (encadré)</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message numerus="yes">
        <location filename="../desktop/ramstein/ui/change_watch.py" line="+144"/>
        <source>%n change(s) by another planner ({users}), {time}</source>
        <translation>
            <numerusform>%n modification par un autre planificateur ({users}), {time}</numerusform>
            <numerusform>%n modifications par un autre planificateur ({users}), {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) by another planner, {time}</source>
        <translation>
            <numerusform>%n modification par un autre planificateur, {time}</numerusform>
            <numerusform>%n modifications par un autre planificateur, {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../desktop/ramstein/ui/connection_banner.py" line="+45"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;The database is not answering.&lt;/b&gt; Nothing was half-written; what you see is what was last read.</source>
        <translation>&lt;b&gt;La base de données ne répond pas.&lt;/b&gt; Rien n&apos;a été écrit à moitié ; ce que vous voyez est la dernière lecture.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Nouvel essai dans %n s</numerusform>
            <numerusform>Nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trying again…</source>
        <translation>Nouvel essai…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) not saved yet</source>
        <translation>
            <numerusform>%n modification non enregistrée</numerusform>
            <numerusform>%n modifications non enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../desktop/ramstein/ui/open_database.py" line="+34"/>
        <source>Ramstein Planner database (*.ramstein *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Base de données Ramstein Planner (*.ramstein *.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No lock file can be created next to {name}: opening it read-only.</source>
        <translation>Impossible de créer un fichier de verrou à côté de {name} : ouverture en lecture seule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening {shown}…</source>
        <translation>Ouverture de {shown}…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>another window (pid {pid}, {app})</source>
        <translation>une autre fenêtre (pid {pid}, {app})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramstein Planner on another computer, {host} (pid {pid})</source>
        <translation>Ramstein Planner sur un autre ordinateur, {host} (pid {pid})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database already open</source>
        <translation>Base de données déjà ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is open in {where}.</source>
        <translation>{name} est ouverte dans {where}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one window at a time can change a database. Switch to the other window to work there. Or open the database here read-only, to look at it and export from it; edits are refused.</source>
        <translation>Une seule fenêtre à la fois peut modifier une base de données. Passez à l&apos;autre fenêtre pour y travailler. Ou ouvrez la base ici en lecture seule, pour la consulter et l&apos;exporter ; les modifications sont refusées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the other window</source>
        <translation>Passer à l&apos;autre fenêtre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one window at a time can change a database. This window cannot bring the other one to the front: switch to it from the taskbar to work there. Or open the database here read-only, to look at it and export from it; edits are refused.</source>
        <translation>Une seule fenêtre à la fois peut modifier une base de données. Cette fenêtre ne peut pas mettre l&apos;autre au premier plan : passez-y depuis la barre des tâches pour y travailler. Ou ouvrez la base ici en lecture seule, pour la consulter et l&apos;exporter ; les modifications sont refusées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} not opened: it is open in {where}.</source>
        <translation>{name} non ouverte : elle est ouverte dans {where}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switched to the window that has {name} open</source>
        <translation>Passage à la fenêtre où {name} est ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} not opened: the window that has it open (pid {pid}) did not answer; switch to it from the taskbar.</source>
        <translation>{name} non ouverte : la fenêtre qui l&apos;a ouverte (pid {pid}) n&apos;a pas répondu ; passez-y depuis la barre des tâches.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opened {path} read-only: edits are refused by the database.</source>
        <translation>{path} ouverte en lecture seule : la base refuse les modifications.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {path}</source>
        <translation>{path} ouverte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database failed its check after the last session ended unexpectedly</source>
        <translation>La base de données a échoué à sa vérification après l&apos;arrêt inattendu de la dernière session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database damaged</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last session ended unexpectedly, and {name} failed its check. Restore a backup (File &gt; Restore backup…) before working on it.</source>
        <translation>La dernière session s’est arrêtée de façon inattendue et {name} a échoué à sa vérification. Restaurez une sauvegarde (Fichier &gt; Restaurer une sauvegarde…) avant de travailler dessus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not open {shown}</source>
        <translation>Impossible d&apos;ouvrir {shown}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramstein Planner could not open {shown}.</source>
        <translation>Ramstein Planner n&apos;a pas pu ouvrir {shown}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists. Use File ▸ Open database… to open it.</source>
        <translation>{path} existe déjà. Utilisez Fichier ▸ Ouvrir une base de données… pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;{number} {name}  ({parent})</source>
        <translation>&amp;{number} {name}  ({parent})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recent databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a database first.</source>
        <translation>Ouvrez d&apos;abord une base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This database is open read-only (it is open in another window): restore it from that window.</source>
        <translation>Cette base est ouverte en lecture seule (elle est ouverte dans une autre fenêtre) : restaurez-la depuis cette fenêtre-là.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is a server database that other planners may be using, so it is not restored from this window. Its backups, taken before each import or replacement, are local database files in {folder}: open one with File &gt; Open database… to look at it, or put it back on the server with ramstein copy --from BACKUP --to URL --replace.</source>
        <translation>{name} est une base de données serveur que d’autres planificateurs utilisent peut-être : elle n’est donc pas restaurée depuis cette fenêtre. Ses sauvegardes, faites avant chaque import ou remplacement, sont des fichiers de base de données locaux dans {folder} : ouvrez-en une avec Fichier &gt; Ouvrir une base de données… pour la consulter, ou remettez-la sur le serveur avec ramstein copy --from SAUVEGARDE --to URL --replace.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking and restoring the backup {name}…</source>
        <translation>Vérification et restauration de la sauvegarde {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup {name} not restored</source>
        <translation>Sauvegarde {name} non restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {name} was not restored; the database is as it was.</source>
        <translation>La sauvegarde {name} n&apos;a pas été restaurée ; la base est inchangée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating demo data</source>
        <translation>Création des données de démonstration</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Demo data created</source>
        <translation>Données de démonstration créées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data not created (cancelled); the database is unchanged.</source>
        <translation>Données de démonstration non créées (annulé) ; la base est inchangée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data could not be created</source>
        <translation>Les données de démonstration n&apos;ont pas pu être créées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data not created</source>
        <translation>Données de démonstration non créées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo data could not be created.</source>
        <translation>Les données de démonstration n&apos;ont pas pu être créées.</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <location filename="../desktop/ramstein/ui/delegates.py" line="+184"/>
        <source>e.g. 1234.50</source>
        <translation>p. ex. 1234,50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter sets this pledge; Ctrl+Enter sets {column} in all {n} selected pledges</source>
        <translation>Entrée modifie cet engagement ; Ctrl+Entrée modifie {column} dans les {n} engagements sélectionnés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{status} (now)</source>
        <translation>{status} (actuel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A {lower} pledge cannot change its status</source>
        <translation>Un engagement au statut « {lower} » ne peut pas changer de statut</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved. {error}</source>
        <translation>Non enregistré. {error}</translation>
    </message>
</context>
<context>
    <name>DeliveryCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/delivery_commands.py" line="+138"/>
        <source>Could not undo “{step}”: {error}</source>
        <translation>Impossible d’annuler « {step} » : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not redo “{step}”: {error}</source>
        <translation>Impossible de rétablir « {step} » : {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add delivery</source>
        <translation>ajouter une livraison</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete delivery</source>
        <translation>supprimer une livraison</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit delivery</source>
        <translation>modifier une livraison</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>Mark {n} delivery(ies) delivered</source>
        <translation>
            <numerusform>marquer {n} livraison comme livrée</numerusform>
            <numerusform>marquer {n} livraisons comme livrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Edit {n} delivery(ies)</source>
        <translation>
            <numerusform>Modifier {n} livraison</numerusform>
            <numerusform>Modifier {n} livraisons</numerusform>
        </translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Mark delivered</source>
        <translation>marquer comme livrée</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>Delete {n} delivery(ies)</source>
        <translation>
            <numerusform>supprimer {n} livraison</numerusform>
            <numerusform>supprimer {n} livraisons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogProgress</name>
    <message>
        <location filename="../desktop/ramstein/ui/progress_dialog.py" line="+21"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancelling… the database is left as it was.</source>
        <translation>Annulation… la base reste telle quelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ExcelExchange</name>
    <message>
        <location filename="../desktop/ramstein/ui/excel_exchange.py" line="+53"/>
        <source>Open a database first.</source>
        <translation>Ouvrez d&apos;abord une base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel export or import is still running; wait until it is done.</source>
        <translation>Un export ou un import Excel est en cours ; attendez qu&apos;il se termine.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export to Excel — {what}</source>
        <translation>Exporter vers Excel — {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>all pledges</source>
        <translation>tous les engagements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter: {filter}</source>
        <translation>filtre : {filter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing {name} ({what})…</source>
        <translation>Écriture de {name} ({what})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the previous file is unchanged</source>
        <translation>le fichier précédent est inchangé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file was written</source>
        <translation>aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to {name} cancelled; {kept}.</source>
        <translation>Export vers {name} annulé ; {kept}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {pledges} pledges and {deliveries} deliveries ({what}) to {path}</source>
        <translation>{pledges} engagements et {deliveries} livraisons ({what}) exportés vers {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Export template</source>
        <translation>Exporter un modèle</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> for {donor}</source>
        <translation> pour {donor}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the template {name}{whom}…</source>
        <translation>Écriture du modèle {name}{whom}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template{whom} written to {path}</source>
        <translation>Modèle{whom} écrit dans {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template not written</source>
        <translation>Modèle non écrit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not written</source>
        <translation>Non écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the file name must end in .xlsx.</source>
        <translation>{name} : le nom du fichier doit se terminer par .xlsx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File is open elsewhere</source>
        <translation>Fichier ouvert ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is open in Excel or LibreOffice ({name2} exists next to it).</source>
        <translation>{name} est ouvert dans Excel ou LibreOffice ({name2} existe à côté).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close it there and export again, or choose another file name. If no program has it open, delete {name}.</source>
        <translation>Fermez-le et exportez à nouveau, ou choisissez un autre nom de fichier. Si aucun programme ne l’a ouvert, supprimez {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was not written</source>
        <translation>{name} n&apos;a pas été écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} could not be written.</source>
        <translation>{name} n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+26"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Reading and checking {name}…</source>
        <translation>Lecture et vérification de {name}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import of {name} not applied; nothing was changed.</source>
        <translation>Import de {name} non appliqué ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {counts_text}</source>
        <translation>{name} : {counts_text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>{name}: nothing was imported.</source>
        <translation>{name} : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+18"/>
        <source>{name}: nothing was imported</source>
        <translation>{name} : rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>; backup of the database before it: {backup}</source>
        <translation>; sauvegarde de la base avant import : {backup}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {name}: {new} new, {changed} changed{backup}</source>
        <translation>{name} importé : {new} nouveaux, {changed} modifiés{backup}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import of {name} cancelled; the database is unchanged.</source>
        <translation>Import de {name} annulé ; la base est inchangée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot undo the import</source>
        <translation>Impossible d&apos;annuler l&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import of {name} cannot be undone: {problem}</source>
        <translation>L&apos;import de {name} ne peut pas être annulé : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo of the import of {name} refused; nothing changed.</source>
        <translation>Annulation de l&apos;import de {name} refusée ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo the import</source>
        <translation>Impossible de rétablir l&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import of {name} cannot be redone: {problem}</source>
        <translation>L&apos;import de {name} ne peut pas être rétabli : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo of the import of {name} refused; nothing changed.</source>
        <translation>Rétablissement de l&apos;import de {name} refusé ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pledges stay as they are now; the step was removed from the undo history.</source>
        <translation>Les engagements restent tels qu&apos;ils sont ; l&apos;étape a été retirée de l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is a folder. Choose a file name ending in .xlsx.</source>
        <translation>{path} est un dossier. Choisissez un nom de fichier se terminant par .xlsx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is locked (open in Excel or another program) or the folder cannot be written to. Close the file or choose another folder, then export again. The previous file, if any, is unchanged.</source>
        <translation>Le fichier est verrouillé (ouvert dans Excel ou un autre programme) ou le dossier n&apos;est pas accessible en écriture. Fermez le fichier ou choisissez un autre dossier, puis exportez à nouveau. L&apos;éventuel fichier précédent est inchangé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} does not exist (any more).</source>
        <translation>Le dossier {folder} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}. The previous file, if any, is unchanged.</source>
        <translation>{error}. L&apos;éventuel fichier précédent est inchangé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file cannot be opened (locked by another program, or no permission)</source>
        <translation>le fichier ne peut pas être ouvert (verrouillé par un autre programme, ou droits insuffisants)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file no longer exists</source>
        <translation>le fichier n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ramstein/ui/filter_bar.py" line="+83"/>
        <source>no filter</source>
        <translation>aucun filtre</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Search reference, item, notes…</source>
        <translation>Rechercher référence, article, notes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search pledges</source>
        <translation>Rechercher des engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must appear: reference, donor, capability, item, unit, currency, status, mechanism, source or notes</source>
        <translation>Chaque mot doit figurer : référence, donateur, capacité, article, unité, devise, statut, mécanisme, source ou notes</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Announced on or after</source>
        <translation>Annoncé le ou après le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announced on or before</source>
        <translation>Annoncé le ou avant le</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any announcement date</source>
        <translation>Toute date d&apos;annonce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every pledge: remove all filters</source>
        <translation>Afficher tous les engagements : retirer tous les filtres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter presets</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a saved filter</source>
        <translation>Appliquer un filtre enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as preset…</source>
        <translation>Enregistrer le filtre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this filter under a name (replaces a preset of the same name)</source>
        <translation>Garder ce filtre sous un nom (remplace un filtre du même nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete preset</source>
        <translation>Supprimer le filtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the preset chosen on the left</source>
        <translation>Supprimer le filtre choisi à gauche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Save filter as preset</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for this filter:
{describe}</source>
        <translation>Nom de ce filtre :
{describe}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No filter: all pledges</source>
        <translation>Aucun filtre : tous les engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: {filter}</source>
        <translation>Filtre : {filter}</translation>
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
        <translation>Md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{sign}€{amount}{unit}</source>
        <translation>{sign}{amount} {unit}€</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EUR tn</source>
        <translation>billions EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR bn</source>
        <translation>Md EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR m</source>
        <translation>M EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR k</source>
        <translation>k EUR</translation>
    </message>
</context>
<context>
    <name>FundCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/fund_commands.py" line="+93"/>
        <source>exempt {member} in {fund}</source>
        <translation>exempter {member} dans {fund}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count again {member} in {fund}</source>
        <translation>compter à nouveau {member} dans {fund}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>edit {fund}</source>
        <translation>modifier {fund}</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/import_commands.py" line="+32"/>
        <source>Import of {name} ({new} new, {changed} changed)</source>
        <translation>import de {name} ({new} nouveaux, {changed} modifiés)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>undo {step}</source>
        <translation>annuler {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo {step}</source>
        <translation>rétablir {step}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../desktop/ramstein/ui/dialogs/language_dialog.py" line="+44"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language of the window, dates and numbers:</source>
        <translation>Langue de la fenêtre, des dates et des nombres :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save and &amp;restart now</source>
        <translation>Enregistrer et &amp;redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{language} applies from the next start of Ramstein Planner. Restart now to see it (the same database opens again).</source>
        <translation>{language} s&apos;applique au prochain démarrage de Ramstein Planner. Redémarrez maintenant pour la voir (la même base de données se rouvre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session was started with the language {code} (--lang or RAMSTEIN_LANG), which wins over this setting; a restart from here applies the setting.</source>
        <translation>Cette session a été lancée avec la langue {code} (--lang ou RAMSTEIN_LANG), qui l&apos;emporte sur ce réglage ; un redémarrage depuis ici applique le réglage.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramstein Planner could not be started again; start it yourself: the new language applies.</source>
        <translation>Ramstein Planner n&apos;a pas pu être relancé ; lancez-le vous-même : la nouvelle langue s&apos;applique.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ramstein/ui/main_window.py" line="+85"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>UDCG · NSATU aid planning</source>
        <translation>Aide UDCG · NSATU</translation>
    </message>
    <message>
        <location line="+147"/>
        <location line="+7"/>
        <location line="+250"/>
        <location line="+13"/>
        <location line="+37"/>
        <source>Open a database first.</source>
        <translation>Ouvrez d&apos;abord une base de données.</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>{app} — {name} (read-only)</source>
        <translation>{app} — {name} (lecture seule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} — read-only</source>
        <translation>{path} — lecture seule</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{pledges} pledges · {deliveries} deliveries · {members} members</source>
        <translation>{pledges} engagements · {deliveries} livraisons · {members} membres</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{total} pledges</source>
        <translation>{total} engagements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} pledges</source>
        <translation>{shown} engagements sur {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table: {rows} · {eur}</source>
        <translation>Tableau : {rows} · {eur}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+232"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+232"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Undo {step}…</source>
        <translation>Annuler {step}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo {step}…</source>
        <translation>Rétablir {step}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Undo of an import</source>
        <translation>Annulation d&apos;un import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo of an import</source>
        <translation>Rétablissement d&apos;un import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step}: the undo was carried out, but the history changed meanwhile and was cleared.</source>
        <translation>{step} : l&apos;annulation a été faite, mais l&apos;historique a changé entre-temps et a été vidé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{step}: the redo was carried out, but the history changed meanwhile and was cleared.</source>
        <translation>{step} : le rétablissement a été fait, mais l&apos;historique a changé entre-temps et a été vidé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone: {step}</source>
        <translation>Annulé : {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: {step}</source>
        <translation>Rétabli : {step}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to Pledges (Ctrl+2) to copy, paste or change pledges</source>
        <translation>Allez dans Engagements (Ctrl+2) pour copier, coller ou modifier des engagements</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Classification marking: {marking}</source>
        <translation>Mention de classification : {marking}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exchange rates changed: {n} pledges re-valued.</source>
        <translation>Taux de change modifiés : {n} engagements revalorisés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language saved; it applies from the next start.</source>
        <translation>Langue enregistrée ; elle s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported {n} pledges from a foreign sheet.</source>
        <translation>{n} engagements importés d&apos;une feuille externe.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planning of military aid to Ukraine for the Ukraine Defense Contact Group and NATO NSATU staff: who pledged what, when it arrives, and how each member stands against its fair share.</source>
        <translation>Planification de l&apos;aide militaire à l&apos;Ukraine pour le Groupe de contact pour la défense de l&apos;Ukraine et l&apos;état-major NSATU de l&apos;OTAN : qui a promis quoi, quand cela arrive, et où en est chaque membre par rapport à sa juste part.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo {step}</source>
        <translation>Annuler {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo {step}</source>
        <translation>Rétablir {step}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop one .xlsx file to import it</source>
        <translation>Déposez un seul fichier .xlsx pour l’importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an .xlsx file can be dropped here (to import it)</source>
        <translation>Seul un fichier .xlsx peut être déposé ici (pour l’importer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} is not a file on this computer: save it first, then drop it</source>
        <translation>{url} n&apos;est pas un fichier de cet ordinateur : enregistrez-le d&apos;abord, puis déposez-le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an .xlsx workbook: only .xlsx files can be imported</source>
        <translation>{name} n&apos;est pas un classeur .xlsx : seuls les fichiers .xlsx peuvent être importés</translation>
    </message>
</context>
<context>
    <name>MultiSelect</name>
    <message>
        <location filename="../desktop/ramstein/ui/multi_select.py" line="+96"/>
        <source>Search {noun_plural}…</source>
        <translation>Rechercher : {noun_plural}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose {noun_plural}</source>
        <translation>Choisir : {noun_plural}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick all shown</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick every option the list shows (after the search)</source>
        <translation>Cocher chaque option affichée par la liste (après la recherche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all: no restriction on {noun_plural}</source>
        <translation>Tout décocher : aucune restriction sur {noun_plural}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All donors</source>
        <translation>Tous les donateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All member kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All capabilities</source>
        <translation>Toutes les capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All mechanisms</source>
        <translation>Tous les mécanismes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hubs</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delivery statuses</source>
        <translation>Tous les statuts de livraison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>donor</source>
        <translation>donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donors</source>
        <translation>donateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member kind</source>
        <translation>type de membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member kinds</source>
        <translation>types de membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capability</source>
        <translation>capacité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capabilities</source>
        <translation>capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mechanism</source>
        <translation>mécanisme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mechanisms</source>
        <translation>mécanismes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hub</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hubs</source>
        <translation>plateformes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery statuses</source>
        <translation>statuts de livraison</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>All {nouns}</source>
        <translation>Tous : {nouns}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} {nouns}</source>
        <translation>{n} {nouns}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{summary}  ▾</source>
        <translation>{summary}  ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {chosen}</source>
        <translation>{what} : {chosen}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Click to choose.</source>
        <translation>
Cliquer pour choisir.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../desktop/ramstein/ui/date_fields.py" line="+48"/>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a date from the calendar; Delete clears it</source>
        <translation>Choisir une date dans le calendrier ; Suppr l’efface</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../desktop/ramstein/ui/sharing.py" line="+110"/>
        <source>Not saved yet: {what}. It is saved when the database answers again.</source>
        <translation>Pas encore enregistré : {what}. L&apos;enregistrement se fera dès que la base répondra à nouveau.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Saved: {what}. Changed by another planner meanwhile, so not saved yet: {refs} (a merge is offered).</source>
        <translation>Enregistré : {what}. Modifiés entre-temps par un autre planificateur, donc pas encore enregistrés : {refs} (une fusion est proposée).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed by another planner ({n} more to go)</source>
        <translation>Modifié par un autre planificateur (encore {n} à traiter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label}: you kept the values saved by the other planner; nothing else was written.</source>
        <translation>{label} : vous avez gardé les valeurs enregistrées par l&apos;autre planificateur ; rien d&apos;autre n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge not saved</source>
        <translation>Fusion non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The merged values of {label} were not saved.</source>
        <translation>Les valeurs fusionnées de {label} n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged and saved {label} (Ctrl+Z undoes).</source>
        <translation>{label} fusionné et enregistré (Ctrl+Z annule).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your change to {label} was not saved. It keeps the values the other planner saved.</source>
        <translation>Votre modification de {label} n&apos;a pas été enregistrée. Les valeurs enregistrées par l&apos;autre planificateur sont conservées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) could not be saved yet: the database is not answering. They are saved when it answers again, as long as this window stays open.</source>
        <translation>
            <numerusform>%n modification n’a pas encore pu être enregistrée : la base de données ne répond pas. Elle sera enregistrée quand la base répondra de nouveau, tant que cette fenêtre reste ouverte.</numerusform>
            <numerusform>%n modifications n’ont pas encore pu être enregistrées : la base de données ne répond pas. Elles seront enregistrées quand la base répondra de nouveau, tant que cette fenêtre reste ouverte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep waiting</source>
        <translation>Continuer d’attendre</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Discard %n change(s) and close</source>
        <translation>
            <numerusform>Abandonner %n modification et fermer</numerusform>
            <numerusform>Abandonner %n modifications et fermer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This change could not be saved: {what}.</source>
        <translation>Cette modification n’a pas pu être enregistrée : {what}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delivery of {ref} planned {day}</source>
        <translation>livraison de {ref} prévue le {day}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Saved now that the database answers again: {what}.</source>
        <translation>Enregistré maintenant que la base répond à nouveau : {what}.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../desktop/ramstein/ui/undo_commands.py" line="+49"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Capacité</translation>
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
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Annoncé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>edit {fields} of {ref}</source>
        <translation>modifier {fields} de {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+228"/>
        <source>edit {fields} of {n} pledge(s)</source>
        <translation>
            <numerusform>modifier {fields} de {n} engagement</numerusform>
            <numerusform>modifier {fields} de {n} engagements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-176"/>
        <source>change status of {ref} to {status}</source>
        <translation>passer {ref} au statut {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>change status of {n} pledge(s) to {status}</source>
        <translation>
            <numerusform>passer {n} engagement au statut {status}</numerusform>
            <numerusform>passer {n} engagements au statut {status}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-133"/>
        <source>cancel {ref}</source>
        <translation>annuler l’engagement {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>cancel {n} pledge(s)</source>
        <translation>
            <numerusform>annuler {n} engagement</numerusform>
            <numerusform>annuler {n} engagements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-120"/>
        <source>paste {ref}</source>
        <translation>coller {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>paste {n} pledge(s)</source>
        <translation>
            <numerusform>coller {n} engagement</numerusform>
            <numerusform>coller {n} engagements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-118"/>
        <source>new pledge {ref}</source>
        <translation>nouvel engagement {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>new pledge: {n} pledge(s)</source>
        <translation>
            <numerusform>nouvel engagement : {n} engagement</numerusform>
            <numerusform>nouveaux engagements : {n} engagements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-116"/>
        <source>duplicate {ref}</source>
        <translation>dupliquer {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>duplicate {n} pledge(s)</source>
        <translation>
            <numerusform>dupliquer {n} engagement</numerusform>
            <numerusform>dupliquer {n} engagements</numerusform>
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
            <numerusform>{verb} {n} engagement</numerusform>
            <numerusform>{verb} {n} engagements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>delete {ref}</source>
        <translation>supprimer {ref}</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>delete {n} pledge(s)</source>
        <translation>
            <numerusform>supprimer {n} engagement</numerusform>
            <numerusform>supprimer {n} engagements</numerusform>
        </translation>
    </message>
</context>
</TS>
