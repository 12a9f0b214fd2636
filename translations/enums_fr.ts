<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CapabilityKind</name>
    <message>
        <location filename="../desktop/ramstein/ui/enum_text.py" line="+71"/>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location line="-17"/>
        <source>In-kind from stocks</source>
        <translation>En nature, sur stocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National procurement</source>
        <translation>Achat national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PURL</source>
        <translation>PURL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish model</source>
        <translation>Modèle danois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU EPF reimbursement</source>
        <translation>Remboursement FEP (UE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NATO CAP trust fund</source>
        <translation>Fonds d&apos;affectation spéciale CAP (OTAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US PDA / USAI</source>
        <translation>PDA / USAI (États-Unis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CoalitionRole</name>
    <message>
        <location line="+13"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location line="-28"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>Retardée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>FundPeriod</name>
    <message>
        <location line="+27"/>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>MemberKind</name>
    <message>
        <location line="-15"/>
        <source>NATO ally</source>
        <translation>Allié de l&apos;OTAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU, non-NATO</source>
        <translation>UE, hors OTAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PledgeStatus</name>
    <message>
        <location line="-29"/>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted / allocated</source>
        <translation>Sous contrat / alloué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In delivery</source>
        <translation>En livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
</context>
</TS>
