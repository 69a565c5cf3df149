-- Rows for a schema-5 database (Schema/001-005 applied first), for LabelsAndAliasKeysMigrationTests
-- and the v5 -> v6 migration: the migration-v4 rows migrated to schema 5 by the schema-5 bilat,
-- which then imported a graph JSON file (`bilat import --graph`: nodes with two and three labels,
-- labels with non-ASCII letters, an emoji, a quote and a backslash; aliases with mixed typography,
-- Cyrillic and Kazakh spellings, transliteration variants, U+0000 and a no-break space; a node
-- without a label) and created one more node with `bilat create` (three labels, one with a space).
-- Written by the schema-5 bilat (a debug build of main at 1b3c2c2, 5 Dec 2026 04:45 UTC);
-- export.json is its `bilat export json` of this database.
INSERT INTO node VALUES(1,NULL,'Ai' || char(0) || 'gerim',NULL,'{"big":1.5e+300,"count":42,"dotted.key":"dot","emoji 🇰🇿":"flag","inf":9e999,"list":[1,"a\u0000b",2.5,true,null,[]],"map":{"k":"v","n":{"x":1}},"negative":-9223372036854775808,"ninf":-9e999,"no":false,"note":"x\u0000y \"quoted\" \\ back","ok":true,"sum":0.30000000000000004,"two":2.0}');
INSERT INTO node VALUES(2,'Person',NULL,'KZ','{"name":7,"title":"Minister"}');
INSERT INTO node VALUES(3,'Agency','Kazakhstan','Kazakh' || char(0) || 'stan','{}');
INSERT INTO node VALUES(4,'City','',NULL,'{"country":1.0}');
INSERT INTO node VALUES(5,'Article','Kassym-Jomart Tokayev holds talks with Vladimir Putin',NULL,'{"published":"2019-04-03","source":"/work/ci11/Data/articles/blind/2019-04-03-kz-ru-tokayev-putin-kremlin-release.txt","title":"Kassym-Jomart Tokayev holds talks with Vladimir Putin"}');
INSERT INTO node VALUES(6,'Person','Kassym-Jomart Tokayev','Kazakhstan','{"title":"Head of State"}');
INSERT INTO node VALUES(7,'Country','Russia',NULL,'{}');
INSERT INTO node VALUES(8,'Person','Vladimir Putin','Russia','{"title":"President"}');
INSERT INTO node VALUES(9,'Facility','Kremlin',NULL,'{}');
INSERT INTO node VALUES(10,'Country','Kazakhstan',NULL,'{}');
INSERT INTO node VALUES(11,'City','Moscow','Russia','{}');
INSERT INTO node VALUES(12,'Person','Nursultan Nazarbayev','Kazakhstan','{"title":"President"}');
INSERT INTO node VALUES(13,'Sector','trade',NULL,'{}');
INSERT INTO node VALUES(14,'Sector','industry',NULL,'{}');
INSERT INTO node VALUES(15,'Sector','energy',NULL,'{}');
INSERT INTO node VALUES(16,'Sector','transport and logistics',NULL,'{}');
INSERT INTO node VALUES(17,'Organization','Eurasian Economic Union',NULL,'{}');
INSERT INTO node VALUES(18,'Organization','Supreme Eurasian Economic Council',NULL,'{}');
INSERT INTO node VALUES(19,'City','Astana','Kazakhstan','{}');
INSERT INTO node VALUES(20,'Facility','Baikonur Cosmodrome',NULL,'{}');
INSERT INTO node VALUES(21,'Meeting','Kassym-Jomart Tokayev – Vladimir Putin, 2019-04-03',NULL,'{"date":"2019-04-03","mode":"in person","participants":["Kassym-Jomart Tokayev","Vladimir Putin"],"place":"Moscow"}');
INSERT INTO node VALUES(22,'Article','/work/ci11/Data/articles/blind/2019-09-11-kz-cn-xi-tokaev-great-hall-wire.txt',NULL,'{"published":"2019-09-11","source":"/work/ci11/Data/articles/blind/2019-09-11-kz-cn-xi-tokaev-great-hall-wire.txt"}');
INSERT INTO node VALUES(23,'Country','China',NULL,'{}');
INSERT INTO node VALUES(24,'Person','Xi Jinping','China','{"title":"President"}');
INSERT INTO node VALUES(25,'Facility','Great Hall of the People',NULL,'{}');
INSERT INTO node VALUES(26,'City','Beijing','China','{}');
INSERT INTO node VALUES(27,'Project','Belt and Road Initiative',NULL,'{}');
INSERT INTO node VALUES(28,'Project','Nurly Zhol',NULL,'{}');
INSERT INTO node VALUES(29,'Sector','agriculture',NULL,'{}');
INSERT INTO node VALUES(30,'Agreement','joint statement on the new level of relations',NULL,'{}');
INSERT INTO node VALUES(31,'Organization','China National Petroleum Corporation','China','{}');
INSERT INTO node VALUES(32,'Organization','KazMunayGas','Kazakhstan','{}');
INSERT INTO node VALUES(33,'Project','modernisation of the Shymkent oil refinery',NULL,'{}');
INSERT INTO node VALUES(34,'Facility','Shymkent oil refinery',NULL,'{}');
INSERT INTO node VALUES(35,'Organization','Nazarbayev University',NULL,'{}');
INSERT INTO node VALUES(36,'Project','Silk Road Economic Belt',NULL,'{}');
INSERT INTO node VALUES(37,'Person','Li Keqiang','China','{"title":"Premier"}');
INSERT INTO node VALUES(38,'Meeting','Xi Jinping – Kassym-Jomart Tokayev, 2019-09-11',NULL,'{"date":"2019-09-11","mode":"in person","participants":["Xi Jinping","Kassym-Jomart Tokayev"],"place":"Beijing"}');
INSERT INTO node VALUES(39,'Meeting','Kassym-Jomart Tokayev – Li Keqiang, 2019-09-11',NULL,'{"date":"2019-09-11","mode":"in person","participants":["Kassym-Jomart Tokayev","Li Keqiang"],"place":"Beijing"}');
INSERT INTO node VALUES(40,'Person','Toqayev Example',NULL,'{}');
INSERT INTO node VALUES(41,'Probe','p1',NULL,'{}');
INSERT INTO node VALUES(42,'Probe','p2',NULL,'{}');
INSERT INTO node VALUES(43,'Place','Khorgos','Kazakhstan','{}');
INSERT INTO node VALUES(44,'Person','Aliya Smaïlova',NULL,'{"note":"q\"b\\s"}');
INSERT INTO node VALUES(45,'Ağ Örgütü','Zhetisu–Invest',NULL,'{}');
INSERT INTO node VALUES(46,'Zone🇰🇿','Qazaqstan''s ‘Free’ Zone',NULL,'{}');
INSERT INTO node VALUES(47,'Person','Nur' || char(0) || 'Sultan',NULL,'{}');
INSERT INTO node VALUES(48,NULL,'no label',NULL,'{}');
INSERT INTO node VALUES(49,'Label with space','Émile Zola',NULL,'{}');
INSERT INTO node_extra_label VALUES(3,'Country');
INSERT INTO node_extra_label VALUES(3,'Zone');
INSERT INTO node_extra_label VALUES(43,'Städte');
INSERT INTO node_extra_label VALUES(43,'Zone🇰🇿');
INSERT INTO node_extra_label VALUES(44,'a"b\c');
INSERT INTO node_extra_label VALUES(45,'Organization');
INSERT INTO node_extra_label VALUES(47,'Städte');
INSERT INTO node_extra_label VALUES(47,'ünïcode');
INSERT INTO node_extra_label VALUES(49,'Person');
INSERT INTO node_extra_label VALUES(49,'Ünïcode');
INSERT INTO relationship_type VALUES(1,'AGREED');
INSERT INTO relationship_type VALUES(2,'ATTENDED');
INSERT INTO relationship_type VALUES(3,'CONCERNS');
INSERT INTO relationship_type VALUES(4,'DISCUSSED');
INSERT INTO relationship_type VALUES(5,'HELD_IN');
INSERT INTO relationship_type VALUES(6,'HOLDS_ROLE');
INSERT INTO relationship_type VALUES(7,'IN_SECTOR');
INSERT INTO relationship_type VALUES(8,'LOCATED_IN');
INSERT INTO relationship_type VALUES(9,'MET_WITH');
INSERT INTO relationship_type VALUES(10,'SIGNED');
INSERT INTO relationship_type VALUES(11,'VISITED ü zone 🇰🇿');
INSERT INTO relationship_type VALUES(12,'a"b\\c');
INSERT INTO relationship_type VALUES(13,'lowercase_type');
INSERT INTO relationship_type VALUES(14,'VISITED');
INSERT INTO relationship VALUES(1,9,1,2,'2024-05-01','{"place":"As\u0000tana"}');
INSERT INTO relationship VALUES(2,8,2,3,NULL,'{"direct":false,"weight":0.5}');
INSERT INTO relationship VALUES(3,1,3,1,NULL,'{"about":"trade","date":2024}');
INSERT INTO relationship VALUES(4,9,2,2,NULL,'{}');
INSERT INTO relationship VALUES(5,2,6,21,NULL,'{}');
INSERT INTO relationship VALUES(6,2,8,21,NULL,'{}');
INSERT INTO relationship VALUES(7,5,21,11,NULL,'{}');
INSERT INTO relationship VALUES(8,9,6,8,'2019-04-03','{"mode":"in person","place":"Moscow"}');
INSERT INTO relationship VALUES(9,4,21,13,NULL,'{}');
INSERT INTO relationship VALUES(10,4,21,14,NULL,'{}');
INSERT INTO relationship VALUES(11,4,21,15,NULL,'{}');
INSERT INTO relationship VALUES(12,4,21,16,NULL,'{}');
INSERT INTO relationship VALUES(13,6,6,10,NULL,'{"as_of":"2019-04-03","since":"2019-03-20","title":"Head of State"}');
INSERT INTO relationship VALUES(14,6,8,7,NULL,'{"as_of":"2019-04-03","since":"2012-05-07","title":"President"}');
INSERT INTO relationship VALUES(15,6,12,10,NULL,'{"as_of":"2019-04-03","title":"President"}');
INSERT INTO relationship VALUES(16,8,9,11,NULL,'{}');
INSERT INTO relationship VALUES(17,8,11,7,NULL,'{}');
INSERT INTO relationship VALUES(18,8,19,10,NULL,'{}');
INSERT INTO relationship VALUES(19,2,24,38,NULL,'{}');
INSERT INTO relationship VALUES(20,2,6,38,NULL,'{}');
INSERT INTO relationship VALUES(21,5,38,26,NULL,'{}');
INSERT INTO relationship VALUES(22,9,24,6,'2019-09-11','{"mode":"in person","place":"Beijing"}');
INSERT INTO relationship VALUES(23,2,6,39,NULL,'{}');
INSERT INTO relationship VALUES(24,2,37,39,NULL,'{}');
INSERT INTO relationship VALUES(25,5,39,26,NULL,'{}');
INSERT INTO relationship VALUES(26,9,6,37,'2019-09-11','{"mode":"in person","place":"Beijing"}');
INSERT INTO relationship VALUES(27,4,38,16,NULL,'{}');
INSERT INTO relationship VALUES(28,4,38,13,NULL,'{}');
INSERT INTO relationship VALUES(29,4,38,15,NULL,'{}');
INSERT INTO relationship VALUES(30,4,38,29,NULL,'{}');
INSERT INTO relationship VALUES(31,1,23,10,'2019-09-11','{"about":"develop a permanent comprehensive strategic partnership between their countries"}');
INSERT INTO relationship VALUES(32,6,24,23,NULL,'{"as_of":"2019-09-11","since":"2013-03-14","title":"President"}');
INSERT INTO relationship VALUES(33,6,6,10,NULL,'{"as_of":"2019-09-11","since":"2019-03-20","title":"President"}');
INSERT INTO relationship VALUES(34,8,28,10,NULL,'{}');
INSERT INTO relationship VALUES(35,1,23,10,'2019-09-11','{"about":"joint statement on the new level of relations"}');
INSERT INTO relationship VALUES(36,10,23,30,'2019-09-11','{}');
INSERT INTO relationship VALUES(37,10,10,30,'2019-09-11','{}');
INSERT INTO relationship VALUES(38,3,33,34,NULL,'{}');
INSERT INTO relationship VALUES(39,7,34,15,NULL,'{}');
INSERT INTO relationship VALUES(40,7,33,15,NULL,'{}');
INSERT INTO relationship VALUES(41,6,37,23,NULL,'{"as_of":"2019-09-11","since":"2013-03-15","title":"Premier","until":"2023-03-11"}');
INSERT INTO relationship VALUES(42,8,25,26,NULL,'{}');
INSERT INTO relationship VALUES(43,8,26,23,NULL,'{}');
INSERT INTO relationship VALUES(44,11,6,3,'2024-01-02','{"n":1.0,"note":"x"}');
INSERT INTO relationship VALUES(45,12,3,3,NULL,'{}');
INSERT INTO relationship VALUES(46,13,41,42,NULL,'{"k":[1,"two"]}');
INSERT INTO relationship VALUES(47,14,44,43,'2024-05-06','{}');
INSERT INTO relationship VALUES(48,9,47,45,'2024-05-07','{}');
INSERT INTO relationship VALUES(49,9,44,47,'2024-05-08','{"place":"Khorgos"}');
INSERT INTO alias VALUES(1,'Aigerim','aigerim','aigerim');
INSERT INTO alias VALUES(3,'KZ','kz','kz');
INSERT INTO alias VALUES(6,'Kassym-Jomart Tokaev','kassym-jomart tokaev','kasim jomart tokaev');
INSERT INTO alias VALUES(6,'Kassym-Jomart Tokayev','kassym-jomart tokayev','kasim jomart tokaev');
INSERT INTO alias VALUES(6,'Tokaev','tokaev','tokaev');
INSERT INTO alias VALUES(7,'Russia','russia','rusia');
INSERT INTO alias VALUES(7,'Russian Federation','russian federation','rusian federation');
INSERT INTO alias VALUES(8,'Vladimir Putin','vladimir putin','vladimir putin');
INSERT INTO alias VALUES(9,'Kremlin','kremlin','kremlin');
INSERT INTO alias VALUES(10,'Kazakhstan','kazakhstan','kazahstan');
INSERT INTO alias VALUES(11,'Moscow','moscow','moscov');
INSERT INTO alias VALUES(12,'Nursultan Nazarbayev','nursultan nazarbayev','nursultan nazarbaev');
INSERT INTO alias VALUES(13,'trade','trade','trade');
INSERT INTO alias VALUES(14,'industry','industry','industri');
INSERT INTO alias VALUES(15,'energy','energy','energi');
INSERT INTO alias VALUES(16,'transport and logistics','transport and logistics','transport and logistics');
INSERT INTO alias VALUES(17,'Eurasian Economic Union','eurasian economic union','eurasian economic union');
INSERT INTO alias VALUES(18,'Supreme Eurasian Economic Council','supreme eurasian economic council','supreme eurasian economic cuncil');
INSERT INTO alias VALUES(19,'Astana','astana','astana');
INSERT INTO alias VALUES(19,'Nur-Sultan','nur-sultan','nur sultan');
INSERT INTO alias VALUES(20,'Baikonur Cosmodrome','baikonur cosmodrome','baikonur cosmodrome');
INSERT INTO alias VALUES(20,'Baikonur cosmodrome','baikonur cosmodrome','baikonur cosmodrome');
INSERT INTO alias VALUES(23,'China','china','china');
INSERT INTO alias VALUES(24,'Xi','xi','ksi');
INSERT INTO alias VALUES(24,'Xi Jinping','xi jinping','ksi jinping');
INSERT INTO alias VALUES(25,'Great Hall of the People','great hall of the people','great hal of the people');
INSERT INTO alias VALUES(26,'Beijing','beijing','beijing');
INSERT INTO alias VALUES(26,'Chinese capital','chinese capital','chinese capital');
INSERT INTO alias VALUES(27,'Belt and Road Initiative','belt and road initiative','belt and road initiative');
INSERT INTO alias VALUES(28,'Nurly Zhol','nurly zhol','nurli jol');
INSERT INTO alias VALUES(29,'agriculture','agriculture','agriculture');
INSERT INTO alias VALUES(30,'joint statement on the new level of relations','joint statement on the new level of relations','joint statement on the nev level of relations');
INSERT INTO alias VALUES(31,'CNPC','cnpc','cnpc');
INSERT INTO alias VALUES(31,'China National Petroleum Corporation','china national petroleum corporation','china national petroleum corporation');
INSERT INTO alias VALUES(32,'KazMunayGas','kazmunaygas','kazmunaigas');
INSERT INTO alias VALUES(33,'modernisation of the Shymkent oil refinery','modernisation of the shymkent oil refinery','modernisation of the shimkent oil refineri');
INSERT INTO alias VALUES(34,'Shymkent oil refinery','shymkent oil refinery','shimkent oil refineri');
INSERT INTO alias VALUES(35,'Nazarbayev University','nazarbayev university','nazarbaev universiti');
INSERT INTO alias VALUES(36,'Silk Road Economic Belt','silk road economic belt','silk road economic belt');
INSERT INTO alias VALUES(37,'Li Keqiang','li keqiang','li kekiang');
INSERT INTO alias VALUES(43,'Horgos','horgos','horgos');
INSERT INTO alias VALUES(43,'KHORGOS  Gateway','khorgos gateway','horgos gatevai');
INSERT INTO alias VALUES(43,'Khorgos','khorgos','horgos');
INSERT INTO alias VALUES(43,'Khorgos “Gateway”','khorgos "gateway"','horgos gatevai');
INSERT INTO alias VALUES(43,'Хоргос','хоргос','хоргос');
INSERT INTO alias VALUES(44,'ALIYA  SMAILOVA','aliya smailova','alia smailova');
INSERT INTO alias VALUES(44,'Aliya Smailova','aliya smailova','alia smailova');
INSERT INTO alias VALUES(44,'Aliya Smaylova','aliya smaylova','alia smailova');
INSERT INTO alias VALUES(44,'Aliya Smaïlova','aliya smailova','alia smailova');
INSERT INTO alias VALUES(44,'Алия Смаилова','алия смаилова','алия смаилова');
INSERT INTO alias VALUES(45,'Jetisu-Invest','jetisu-invest','jetisu invest');
INSERT INTO alias VALUES(45,'Zhetisu Invest','zhetisu invest','jetisu invest');
INSERT INTO alias VALUES(45,'Zhetisu–Invest','zhetisu-invest','jetisu invest');
INSERT INTO alias VALUES(45,'Zhetysu — Invest','zhetysu - invest','jetisu invest');
INSERT INTO alias VALUES(45,'Жетісу Инвест','жетису инвест','жетису инвест');
INSERT INTO alias VALUES(46,'Kazakhstan’s "Free" Zone','kazakhstan''s "free" zone','kazahstans fri zone');
INSERT INTO alias VALUES(46,'Qazaqstan''s ‘Free’ Zone','qazaqstan''s ''free'' zone','kazakstans fri zone');
INSERT INTO alias VALUES(46,'Qazaqstan\Zone','qazaqstan\zone','kazakstanzone');
INSERT INTO alias VALUES(47,'Nur' || char(0) || 'Sultan','nur' || char(0) || 'sultan','nursultan');
INSERT INTO alias VALUES(47,'Nur-Sultan','nur-sultan','nur sultan');
INSERT INTO alias VALUES(47,'Nursultan','nursultan','nursultan');
INSERT INTO alias VALUES(48,'Erlan Koshanov','erlan koshanov','erlan koshanov');
INSERT INTO alias VALUES(48,'Yerlan  Koshanov','yerlan koshanov','ierlan koshanov');
INSERT INTO alias VALUES(48,'Yerlan Qoshanov','yerlan qoshanov','ierlan koshanov');
INSERT INTO article VALUES(1,'talks.txt','Talks',NULL,NULL,NULL,'h1','Aigerim met Bolat in Astana.',NULL,'2026-12-04T22:37:42Z',6);
INSERT INTO article VALUES(2,'/work/ci11/Data/articles/blind/2019-04-03-kz-ru-tokayev-putin-kremlin-release.txt','Kassym-Jomart Tokayev holds talks with Vladimir Putin',NULL,'2019-04-03',NULL,'7e723c007750987f64fec29e33e30a780d6df1e7dd8dad1df9ef742422fa40fa','Akorda — Press Service of the President of the Republic of Kazakhstan

Kassym-Jomart Tokayev holds talks with Vladimir Putin

Moscow, 3 April 2019

Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.

The President of Kazakhstan noted that the choice of Moscow as the destination of his first visit abroad reflected the special nature of the alliance and strategic partnership between the two countries. He conveyed warm greetings to the Russian leader from the First President of Kazakhstan – Elbasy Nursultan Nazarbayev.

The talks began in a narrow format and continued with the participation of the official delegations. The sides reviewed the state of trade and economic ties and the prospects for cooperation in industry, energy and transport. Particular attention was paid to joint work within the Eurasian Economic Union, including preparations for the anniversary meeting of the Supreme Eurasian Economic Council, which Nur-Sultan will host at the end of May.

Issues related to the lease of the Baikonur cosmodrome and the development of interregional ties along the common border were also on the agenda.

Vladimir Putin congratulated Kassym-Jomart Tokayev on assuming office and wished him success in his work as Head of State.
',5,'2026-12-04T22:37:46Z',9);
INSERT INTO article VALUES(3,'/work/ci11/Data/articles/blind/2019-09-11-kz-cn-xi-tokaev-great-hall-wire.txt',NULL,NULL,'2019-09-11',NULL,'aa8cb4a517e6b5c3f10c7010a4fddc8a55d4c35776145985c37fa8a42e727224','BEIJING, Sept. 11 (Silk Road Newswire) -- Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.

The talks at the Great Hall of the People followed a welcome ceremony. It is Tokaev''s first visit to China as head of state. A career diplomat who speaks Mandarin, he served at the Soviet embassy in the Chinese capital in the 1980s before rising to foreign minister of independent Kazakhstan.

The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.

After the talks, Xi and Tokaev signed a joint statement on the new level of relations.

Energy remains the backbone of economic ties. CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.

Kazakhstan holds a special place in the history of the initiative: it was at Nazarbayev University in Astana, in September 2013, that Xi first proposed building a Silk Road Economic Belt.

Tokaev, who arrived on Tuesday, also held talks with Premier Li Keqiang on Wednesday. ■
',22,'2026-12-04T22:37:46Z',9);
INSERT INTO evidence VALUES(1,1,1,NULL,0,'Aigerim met Bolat in Astana.',0,7,'test',1.0);
INSERT INTO evidence VALUES(2,1,NULL,1,0,'Aigerim met Bolat in Astana.',0,27,'test',1.0);
INSERT INTO evidence VALUES(3,2,6,NULL,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',162,183,'dictionary-person+title',0.95);
INSERT INTO evidence VALUES(4,2,6,NULL,1,'The President of Kazakhstan noted that the choice of Moscow as the destination of his first visit abroad reflected the special nature of the alliance and strategic partnership between the two countries.',331,340,'title-coreference',0.8);
INSERT INTO evidence VALUES(5,2,6,NULL,7,'Vladimir Putin congratulated Kassym-Jomart Tokayev on assuming office and wished him success in his work as Head of State.',1272,1293,'dictionary-person',0.95);
INSERT INTO evidence VALUES(6,2,7,NULL,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',276,294,'dictionary-country',0.95);
INSERT INTO evidence VALUES(7,2,7,NULL,2,'He conveyed warm greetings to the Russian leader from the First President of Kazakhstan – Elbasy Nursultan Nazarbayev.',564,571,'dictionary-demonym',0.95);
INSERT INTO evidence VALUES(8,2,8,NULL,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',295,309,'dictionary-person+title',0.95);
INSERT INTO evidence VALUES(9,2,8,NULL,2,'He conveyed warm greetings to the Russian leader from the First President of Kazakhstan – Elbasy Nursultan Nazarbayev.',572,578,'title-coreference',0.8);
INSERT INTO evidence VALUES(10,2,8,NULL,7,'Vladimir Putin congratulated Kassym-Jomart Tokayev on assuming office and wished him success in his work as Head of State.',1243,1257,'dictionary-person',0.95);
INSERT INTO evidence VALUES(11,2,9,NULL,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',317,324,'dictionary-facility',0.95);
INSERT INTO evidence VALUES(12,2,10,NULL,1,'The President of Kazakhstan noted that the choice of Moscow as the destination of his first visit abroad reflected the special nature of the alliance and strategic partnership between the two countries.',344,354,'dictionary-country',0.95);
INSERT INTO evidence VALUES(13,2,10,NULL,2,'He conveyed warm greetings to the Russian leader from the First President of Kazakhstan – Elbasy Nursultan Nazarbayev.',607,617,'dictionary-country',0.95);
INSERT INTO evidence VALUES(14,2,11,NULL,1,'The President of Kazakhstan noted that the choice of Moscow as the destination of his first visit abroad reflected the special nature of the alliance and strategic partnership between the two countries.',380,386,'dictionary-city',0.95);
INSERT INTO evidence VALUES(15,2,11,NULL,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',317,324,'facility-city',0.75);
INSERT INTO evidence VALUES(16,2,11,NULL,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',126,132,'dateline-city',0.8);
INSERT INTO evidence VALUES(17,2,12,NULL,2,'He conveyed warm greetings to the Russian leader from the First President of Kazakhstan – Elbasy Nursultan Nazarbayev.',627,647,'dictionary-person',0.95);
INSERT INTO evidence VALUES(18,2,13,NULL,4,'The sides reviewed the state of trade and economic ties and the prospects for cooperation in industry, energy and transport.',783,788,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(19,2,14,NULL,4,'The sides reviewed the state of trade and economic ties and the prospects for cooperation in industry, energy and transport.',844,852,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(20,2,15,NULL,4,'The sides reviewed the state of trade and economic ties and the prospects for cooperation in industry, energy and transport.',854,860,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(21,2,16,NULL,4,'The sides reviewed the state of trade and economic ties and the prospects for cooperation in industry, energy and transport.',865,874,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(22,2,17,NULL,5,'Particular attention was paid to joint work within the Eurasian Economic Union, including preparations for the anniversary meeting of the Supreme Eurasian Economic Council, which Nur-Sultan will host at the end of May.',931,954,'dictionary-organization',0.95);
INSERT INTO evidence VALUES(23,2,18,NULL,5,'Particular attention was paid to joint work within the Eurasian Economic Union, including preparations for the anniversary meeting of the Supreme Eurasian Economic Council, which Nur-Sultan will host at the end of May.',1014,1047,'org-pattern',0.75);
INSERT INTO evidence VALUES(24,2,19,NULL,5,'Particular attention was paid to joint work within the Eurasian Economic Union, including preparations for the anniversary meeting of the Supreme Eurasian Economic Council, which Nur-Sultan will host at the end of May.',1055,1065,'dictionary-city',0.95);
INSERT INTO evidence VALUES(25,2,20,NULL,6,'Issues related to the lease of the Baikonur cosmodrome and the development of interregional ties along the common border were also on the agenda.',1131,1150,'dictionary-facility',0.95);
INSERT INTO evidence VALUES(26,2,21,NULL,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',162,309,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(27,2,NULL,5,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',162,309,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(28,2,NULL,6,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',162,309,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(29,2,NULL,7,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',162,309,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(30,2,NULL,8,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',162,309,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(31,2,NULL,9,4,'The sides reviewed the state of trade and economic ties and the prospects for cooperation in industry, energy and transport.',783,788,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(32,2,NULL,10,4,'The sides reviewed the state of trade and economic ties and the prospects for cooperation in industry, energy and transport.',844,852,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(33,2,NULL,11,4,'The sides reviewed the state of trade and economic ties and the prospects for cooperation in industry, energy and transport.',854,860,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(34,2,NULL,12,4,'The sides reviewed the state of trade and economic ties and the prospects for cooperation in industry, energy and transport.',865,874,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(35,2,NULL,13,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',162,183,'dictionary-person+title',0.95);
INSERT INTO evidence VALUES(36,2,NULL,14,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',295,309,'dictionary-person+title',0.95);
INSERT INTO evidence VALUES(37,2,NULL,15,2,'He conveyed warm greetings to the Russian leader from the First President of Kazakhstan – Elbasy Nursultan Nazarbayev.',627,647,'dictionary-office',0.7);
INSERT INTO evidence VALUES(38,2,NULL,16,0,'Head of State Kassym-Jomart Tokayev, who is making his first foreign trip since taking office, held talks with President of the Russian Federation Vladimir Putin in the Kremlin.',317,324,'dictionary-facility-city',0.85);
INSERT INTO evidence VALUES(39,2,NULL,17,1,'The President of Kazakhstan noted that the choice of Moscow as the destination of his first visit abroad reflected the special nature of the alliance and strategic partnership between the two countries.',380,386,'dictionary-city-country',0.9);
INSERT INTO evidence VALUES(40,2,NULL,18,5,'Particular attention was paid to joint work within the Eurasian Economic Union, including preparations for the anniversary meeting of the Supreme Eurasian Economic Council, which Nur-Sultan will host at the end of May.',1055,1065,'dictionary-city-country',0.9);
INSERT INTO evidence VALUES(41,3,23,NULL,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',42,49,'dictionary-demonym',0.95);
INSERT INTO evidence VALUES(42,3,23,NULL,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',166,171,'dictionary-country',0.95);
INSERT INTO evidence VALUES(43,3,23,NULL,2,'It is Tokaev''s first visit to China as head of state.',386,391,'dictionary-country',0.95);
INSERT INTO evidence VALUES(44,3,24,NULL,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',60,70,'dictionary-person+title',0.95);
INSERT INTO evidence VALUES(45,3,24,NULL,5,'After the talks, Xi and Tokaev signed a joint statement on the new level of relations.',837,839,'surname-coreference',0.85);
INSERT INTO evidence VALUES(46,3,24,NULL,8,'Kazakhstan holds a special place in the history of the initiative: it was at Nazarbayev University in Astana, in September 2013, that Xi first proposed building a Silk Road Economic Belt.',1271,1273,'surname-coreference',0.85);
INSERT INTO evidence VALUES(47,3,10,NULL,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',100,106,'dictionary-demonym',0.95);
INSERT INTO evidence VALUES(48,3,10,NULL,3,'A career diplomat who speaks Mandarin, he served at the Soviet embassy in the Chinese capital in the 1980s before rising to foreign minister of independent Kazakhstan.',566,576,'dictionary-country',0.95);
INSERT INTO evidence VALUES(49,3,10,NULL,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',657,667,'dictionary-country',0.95);
INSERT INTO evidence VALUES(50,3,10,NULL,7,'CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.',973,983,'dictionary-country',0.95);
INSERT INTO evidence VALUES(51,3,10,NULL,8,'Kazakhstan holds a special place in the history of the initiative: it was at Nazarbayev University in Astana, in September 2013, that Xi first proposed building a Silk Road Economic Belt.',1137,1147,'dictionary-country',0.95);
INSERT INTO evidence VALUES(52,3,6,NULL,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',117,137,'tagger-person+title',0.95);
INSERT INTO evidence VALUES(53,3,6,NULL,2,'It is Tokaev''s first visit to China as head of state.',362,368,'surname-coreference',0.85);
INSERT INTO evidence VALUES(54,3,6,NULL,5,'After the talks, Xi and Tokaev signed a joint statement on the new level of relations.',844,850,'surname-coreference',0.85);
INSERT INTO evidence VALUES(55,3,6,NULL,9,'Tokaev, who arrived on Tuesday, also held talks with Premier Li Keqiang on Wednesday. ■',1326,1332,'surname-coreference',0.85);
INSERT INTO evidence VALUES(56,3,25,NULL,1,'The talks at the Great Hall of the People followed a welcome ceremony.',302,326,'dictionary-facility',0.95);
INSERT INTO evidence VALUES(57,3,26,NULL,3,'A career diplomat who speaks Mandarin, he served at the Soviet embassy in the Chinese capital in the 1980s before rising to foreign minister of independent Kazakhstan.',488,503,'capital-of',0.85);
INSERT INTO evidence VALUES(58,3,26,NULL,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',0,7,'dateline-city',0.8);
INSERT INTO evidence VALUES(59,3,27,NULL,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',615,639,'named-project',0.7);
INSERT INTO evidence VALUES(60,3,28,NULL,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',645,655,'dictionary-project',0.95);
INSERT INTO evidence VALUES(61,3,16,NULL,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',706,714,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(62,3,16,NULL,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',719,728,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(63,3,13,NULL,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',767,772,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(64,3,15,NULL,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',774,780,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(65,3,15,NULL,6,'Energy remains the backbone of economic ties.',908,914,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(66,3,29,NULL,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',806,817,'dictionary-sector',0.95);
INSERT INTO evidence VALUES(67,3,30,NULL,5,'After the talks, Xi and Tokaev signed a joint statement on the new level of relations.',860,905,'agreement-phrase',0.75);
INSERT INTO evidence VALUES(68,3,31,NULL,7,'CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.',954,958,'dictionary-organization',0.95);
INSERT INTO evidence VALUES(69,3,32,NULL,7,'CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.',1038,1049,'dictionary-organization',0.95);
INSERT INTO evidence VALUES(70,3,33,NULL,7,'CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.',1055,1097,'project-phrase',0.7);
INSERT INTO evidence VALUES(71,3,34,NULL,7,'CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.',1076,1097,'facility-head',0.8);
INSERT INTO evidence VALUES(72,3,35,NULL,8,'Kazakhstan holds a special place in the history of the initiative: it was at Nazarbayev University in Astana, in September 2013, that Xi first proposed building a Silk Road Economic Belt.',1214,1235,'org-pattern',0.75);
INSERT INTO evidence VALUES(73,3,19,NULL,8,'Kazakhstan holds a special place in the history of the initiative: it was at Nazarbayev University in Astana, in September 2013, that Xi first proposed building a Silk Road Economic Belt.',1239,1245,'dictionary-city',0.95);
INSERT INTO evidence VALUES(74,3,36,NULL,8,'Kazakhstan holds a special place in the history of the initiative: it was at Nazarbayev University in Astana, in September 2013, that Xi first proposed building a Silk Road Economic Belt.',1300,1323,'dictionary-project',0.95);
INSERT INTO evidence VALUES(75,3,37,NULL,9,'Tokaev, who arrived on Tuesday, also held talks with Premier Li Keqiang on Wednesday. ■',1387,1397,'dictionary-person+title',0.95);
INSERT INTO evidence VALUES(76,3,38,NULL,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',60,137,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(77,3,39,NULL,9,'Tokaev, who arrived on Tuesday, also held talks with Premier Li Keqiang on Wednesday. ■',1326,1397,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(78,3,NULL,19,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',60,137,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(79,3,NULL,20,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',60,137,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(80,3,NULL,21,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',60,137,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(81,3,NULL,22,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',60,137,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(82,3,NULL,23,9,'Tokaev, who arrived on Tuesday, also held talks with Premier Li Keqiang on Wednesday. ■',1326,1397,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(83,3,NULL,24,9,'Tokaev, who arrived on Tuesday, also held talks with Premier Li Keqiang on Wednesday. ■',1326,1397,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(84,3,NULL,25,9,'Tokaev, who arrived on Tuesday, also held talks with Premier Li Keqiang on Wednesday. ■',1326,1397,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(85,3,NULL,26,9,'Tokaev, who arrived on Tuesday, also held talks with Premier Li Keqiang on Wednesday. ■',1326,1397,'meeting-trigger',0.85);
INSERT INTO evidence VALUES(86,3,NULL,27,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',706,714,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(87,3,NULL,27,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',719,728,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(88,3,NULL,28,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',767,772,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(89,3,NULL,29,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',774,780,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(90,3,NULL,29,6,'Energy remains the backbone of economic ties.',908,914,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(91,3,NULL,29,7,'CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.',1055,1097,'sector-in-meeting',0.65);
INSERT INTO evidence VALUES(92,3,NULL,30,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',806,817,'sector-in-meeting',0.7);
INSERT INTO evidence VALUES(93,3,NULL,31,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',193,282,'agreement-trigger',0.75);
INSERT INTO evidence VALUES(94,3,NULL,32,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',60,70,'dictionary-person+title',0.95);
INSERT INTO evidence VALUES(95,3,NULL,33,0,'Chinese President Xi Jinping held talks on Wednesday with Kazakh President Kassym-Jomart Tokaev, who is on a state visit to China, and the two leaders agreed to develop a permanent comprehensive strategic partnership between their countries.',117,137,'tagger-person+title',0.95);
INSERT INTO evidence VALUES(96,3,NULL,34,4,'The two sides discussed linking the Belt and Road Initiative with Nurly Zhol, Kazakhstan''s state programme for building roads, railways and logistics centres, and expanding cooperation in trade, energy, production capacity and agriculture.',645,667,'located-in-phrase',0.7);
INSERT INTO evidence VALUES(97,3,NULL,35,5,'After the talks, Xi and Tokaev signed a joint statement on the new level of relations.',851,905,'signing',0.75);
INSERT INTO evidence VALUES(98,3,NULL,36,5,'After the talks, Xi and Tokaev signed a joint statement on the new level of relations.',851,905,'signing',0.75);
INSERT INTO evidence VALUES(99,3,NULL,37,5,'After the talks, Xi and Tokaev signed a joint statement on the new level of relations.',851,905,'signing',0.75);
INSERT INTO evidence VALUES(100,3,NULL,38,7,'CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.',1055,1097,'project-object',0.75);
INSERT INTO evidence VALUES(101,3,NULL,39,7,'CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.',1076,1097,'sector-of-name',0.7);
INSERT INTO evidence VALUES(102,3,NULL,40,7,'CNPC has worked in Kazakhstan since 1997, and last year it completed, together with KazMunayGas, the modernisation of the Shymkent oil refinery, which the two companies own jointly.',1055,1097,'sector-of-name',0.7);
INSERT INTO evidence VALUES(103,3,NULL,41,9,'Tokaev, who arrived on Tuesday, also held talks with Premier Li Keqiang on Wednesday. ■',1387,1397,'dictionary-person+title',0.95);
INSERT INTO evidence VALUES(104,3,NULL,42,1,'The talks at the Great Hall of the People followed a welcome ceremony.',302,326,'dictionary-facility-city',0.85);
INSERT INTO evidence VALUES(105,3,NULL,43,3,'A career diplomat who speaks Mandarin, he served at the Soviet embassy in the Chinese capital in the 1980s before rising to foreign minister of independent Kazakhstan.',488,503,'dictionary-city-country',0.9);
INSERT INTO evidence VALUES(106,3,NULL,18,8,'Kazakhstan holds a special place in the history of the initiative: it was at Nazarbayev University in Astana, in September 2013, that Xi first proposed building a Silk Road Economic Belt.',1239,1245,'dictionary-city-country',0.9);
