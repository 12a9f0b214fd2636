<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>CapabilityKind</name>
    <message>
        <location filename="../desktop/ramstein/ui/enum_text.py" line="+71"/>
        <source>Coalition</source>
        <translation>Коаліція</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location line="-17"/>
        <source>In-kind from stocks</source>
        <translation>Зі складських запасів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National procurement</source>
        <translation>Національні закупівлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PURL</source>
        <translation>PURL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish model</source>
        <translation>Данська модель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU EPF reimbursement</source>
        <translation>Відшкодування з ЄФМ (ЄС)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NATO CAP trust fund</source>
        <translation>Цільовий фонд CAP (НАТО)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US PDA / USAI</source>
        <translation>PDA / USAI (США)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>CoalitionRole</name>
    <message>
        <location line="+13"/>
        <source>Lead</source>
        <translation>Провідна країна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Учасник</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location line="-28"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>У дорозі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>Затримано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
</context>
<context>
    <name>FundPeriod</name>
    <message>
        <location line="+27"/>
        <source>Yearly</source>
        <translation>Щороку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Загалом</translation>
    </message>
</context>
<context>
    <name>MemberKind</name>
    <message>
        <location line="-15"/>
        <source>NATO ally</source>
        <translation>Союзник НАТО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU, non-NATO</source>
        <translation>ЄС, не НАТО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
</context>
<context>
    <name>PledgeStatus</name>
    <message>
        <location line="-29"/>
        <source>Announced</source>
        <translation>Оголошено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>Зобов&apos;язано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted / allocated</source>
        <translation>Законтрактовано / розподілено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In delivery</source>
        <translation>Постачається</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Призупинено</translation>
    </message>
</context>
</TS>
