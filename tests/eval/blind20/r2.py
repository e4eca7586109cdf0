Q='?'
def A(s,name,al,sec,note,kind='actor'): return [s,kind,name,al,'0',sec,Q,Q,Q,Q,Q,'','','',note]
def E(s,name,al,sec,yrs,note,kind='event'): return [s,kind,name,al,'0',sec,Q,Q,Q,Q,Q,'','',yrs,note]
def R(s,kind,name,al,sec,care,tg,aud,form,st,amin,amax,yrs,note): return [s,kind,name,al,'0',sec,care,tg,aud,form,st,amin,amax,yrs,note]
S1='Älvkraft – kraftsamling för psykisk hälsa för alla barn i Västerdalarna'
rows=[
R('Älvkraft – kraftsamling','initiative','Älvkraft – kraftsamling för psykisk hälsa för alla barn i Västerdalarna, med fokus på tidiga insatser','Älvkraft|Älvkraften','(titel)','forebyggande','barn','','','','','','2075','title slide; "med fokus på tidiga insatser" → forebyggande (vocabulary: tidiga insatser); year from the title slide (Malung 3 februari 2075), as in the first blind deck; the three numbered aims are focus areas'),
A('Malung-Sälens kommun','Malung-Sälens kommun','','Vilka är vi?','organiser; "Malung" alone (title slide) is a place'),
A('Vansbro kommun','Vansbro kommun','','Vilka är vi?','organiser'),
A('Älvdalens kommun','Älvdalens kommun','','Vilka är vi?','organiser'),
A('Samordningsförbundet Västerdalarna','Samordningsförbundet Västerdalarna','','Vilka är vi?','organiser; party to the declaration of intent'),
A('Uppdrag Psykisk Hälsa, SKR','Uppdrag Psykisk Hälsa','UPH','Vilka är vi?','mention: SKR unit (actor or initiative both defensible)'),
A('Uppdrag Psykisk Hälsa, SKR','SKR','','Vilka är vi?','mention: named only as the owner of UPH'),
A('BRIS Mitt','BRIS Mitt','BRIS','Över 40 organisationer är med!','participant; category headings (Civilsamhället etc.) are not actors'),
A('Föreningen Fjällstart','Föreningen Fjällstart','Fjällstart','Över 40 organisationer är med!','participant'),
A('- Ung Röst Västerdal','Ung Röst Västerdal','','Över 40 organisationer är med!','participant; trap: Ung Röst-festivalen (event) shares the words'),
A('Svenska kyrkan Malung','Svenska kyrkan Malung','','Över 40 organisationer är med!','participant'),
A('- Fritidsforum Vansbro','Fritidsforum Vansbro','','Över 40 organisationer är med!','participant'),
A('- Inlandsakademin','Inlandsakademin','','Över 40 organisationer är med!','participant; evaluates Stöd i tid (research partner)'),
A('Hälsocentralen Sälen','Hälsocentralen Sälen','','Över 40 organisationer är med!','participant (care provider)'),
A('Barn- och ungdomspsykiatrin Västerdal','Barn- och ungdomspsykiatrin Västerdal','','Över 40 organisationer är med!','participant'),
R('(Skolenkäten i Västerdalarna 2074)','resource','Skolenkäten i Västerdalarna 2074','Skolenkäten i Västerdalarna','Varför kraftsamla?','','','','enkat','','','','2074','mention: a data source cited for a statistic (register/survey); form enkat ? (a pupil survey is a data source rather than a support); the ages 10–17 describe the statistic, not the item'),
R('Nationell kraftsamling för psykisk','initiative','Nationell kraftsamling för psykisk hälsa','','Nationella initiativ vi bygger vidare på','framjande','','','','','','','2018','"sedan 2018"; framjande as annotated for the national Kraftsamling in earlier sets (? the slide itself says nothing about level)'),
R('* Första linjen för barn och unga – nationell','resource','Första linjen för barn och unga – nationell kartläggning 2072','Första linjen för barn och unga','Nationella initiativ vi bygger vidare på','forsta-linjen','barn|unga','','kartlaggning','','','','2072','bullet wraps 85-86; the year is part of the title'),
R('Webbutbildningen Psykisk hälsa i skolan','resource','Psykisk hälsa i skolan – grund','Webbutbildningen Psykisk hälsa i skolan – grund|Psykisk hälsa i skolan','Nationella initiativ vi bygger vidare på','elevhalsa','barn|unga','','webbutbildning','','','','','"i skolan" → elevhalsa (vocabulary: skolan as arena); elevhälsa implies barn and unga (guide); no year stated'),
R('Vård- och insatsprogrammet för ångest','resource','Vård- och insatsprogrammet för ångest hos barn','','Nationella initiativ vi bygger vidare på','','barn','','metodstod','','','','2070','year in brackets; form metodstod ? (a care programme)'),
R('Modellen Stöd i tid','resource','Stöd i tid','Modellen Stöd i tid','ÄLVKRAFT I MALUNG-SÄLENS KOMMUN','elevhalsa|forebyggande','barn|unga','','modell','','6','15','','"Skolbaserad modell … inom elevhälsan"; "tidiga tecken" → forebyggande; 6–15 år → barn, unga; the pilot is a separate initiative'),
R('Pilot 2074–2075 på två skolor','initiative','Stöd i tid – pilot 2074','Pilot 2074–2075','ÄLVKRAFT I MALUNG-SÄLENS KOMMUN','elevhalsa|forebyggande','barn|unga','','','','6','15','2074|2075','the model\'s pilot is an initiative (convention); "Pilot 2074–2075" then the slide title "Stöd i tid – pilot 2074"; inherits levels and ages from the model (?)'),
A('Elevhälsoteam på Lima','Elevhälsoteam på Lima skola och Sälens skola','','Stöd i tid – pilot 2074','mention: teams of two schools named as a place'),
R('Samtalsstöd via Kompisbänken','resource','Kompisbänken','Samtalsstöd via Kompisbänken','Stöd i tid – pilot 2074','elevhalsa','barn','','?','','','','','"ett elevlett samtalsforum för årskurs 4–6" (ages not given in years, so no age_min/max; årskurs 4–6 → barn); form ? (forum)'),
R('enkäten Skolkollen','resource','Skolkollen','enkäten Skolkollen','Stöd i tid – pilot 2074','elevhalsa','barn|unga','','enkat','','','','','"Uppföljning med enkäten" → enkat; group inherited from the pilot (?)'),
R('Familjelots Vansbro','initiative','Familjelots Vansbro','','ÄLVKRAFT I VANSBRO KOMMUN','socialtjanst','foraldrar|barn','','','','0','6','2073','? kind: a "lotsfunktion" could be a resource with form supportfunktion; "inom socialtjänsten och barnhälsovården" (settings, socialtjanst stated); startade hösten 2073'),
R('Verktyget BarnKlara','resource','BarnKlara','Verktyget BarnKlara','ÄLVKRAFT I VANSBRO KOMMUN','','foraldrar|barn','allmanheten','webbverktyg','under-utveckling','','','2075','"ännu inte färdigställt" → under-utveckling; "Digitalt självskattningsverktyg för föräldrar" (parents use it: allmanheten); "Tas fram 2075" dates the making'),
E('Dalkraftdagen 2075','Dalkraftdagen 2075','Dalkraftdagen','ÄLVKRAFT I VANSBRO KOMMUN','2075','temadag; trap: Dal-kraft vs Älvkraft'),
R('Föreläsning: Vågbrytaren','resource','Vågbrytaren – om stress hos barn','Vågbrytaren','Dalkraftdagen 2075','','barn','personal','seminarium','','','','2075','? kind: a lecture within the event (event or resource seminarium both defensible); mention-like'),
R('Workshop: Hälsosamtal 2.0','resource','Hälsosamtal 2.0','Workshop: Hälsosamtal 2.0','Dalkraftdagen 2075','','','personal','?','','','','','? a workshop theme or a method (the 2.0 is a version, not a year)'),
A('Älvdalsnätet','Älvdalsnätet','','ÄLVKRAFT I ÄLVDALENS KOMMUN','network = actor'),
R('Filmen Min vinter','resource','Min vinter','Filmen Min vinter','ÄLVKRAFT I ÄLVDALENS KOMMUN','','','','film','','','','2074','ages 13–18 describe the makers, not the target group; shown 2074 (year ? – the showing may not date the making)'),
E('Ung Röst-festivalen 2074','Ung Röst-festivalen 2074','Ung Röst-festivalen','Filmen Min vinter','2074','event'),
R('Utvärdering av Stöd i tid','initiative','Utvärdering av Stöd i tid','','Forskning och utveckling','','','','','','','','','mention: an activity described by a common noun'),
R('Forskningsprojektet Barns röster','initiative','Barns röster i inlandet','Forskningsprojektet Barns röster i inlandet','Forskning och utveckling','','barn','','','','','','2074|2077','range in brackets on the next line'),
E('Avsiktsförklaring om Älvkraft','Avsiktsförklaring om Älvkraft','','Avsiktsförklaring om Älvkraft','2074|2075|2077','parties=Malung-Sälens kommun; Vansbro kommun; Älvdalens kommun; Samordningsförbundet Västerdalarna; period=2075–2077 (tecknad 2074); tied to: Älvkraft',kind='agreement'),
A('Regionala delarenor','Regionala delarenor: fritid, skola, hälsa','','Nästa steg','mention: proposed delarenor (convention round 3)'),
E('Ett gemensamt seminarium','gemensamt seminarium hösten 2075','','Nästa steg','2075','mention: common noun only'),
A('Ansökan till Forte','Forte','','Nästa steg','mention: funder named in passing'),
]
import sys
open(sys.argv[1],'w').write('\n'.join('\t'.join(r) for r in rows))
