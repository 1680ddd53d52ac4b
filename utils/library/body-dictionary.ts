/**
 * The preset dictionary of the article-body compression (article-body.ts): the 1,000 most frequent
 * stems of utils/text/term-stats.json at the time schema v4 was written, rarest first (deflate
 * reaches the last bytes most cheaply). A dictionary gives short texts (an article is about 1 KB)
 * common words to refer back to: about 0.47 of the text size instead of 0.53 without one.
 * FROZEN: stored bodies can only be read with exactly these bytes. Never edit or regenerate it; a
 * new dictionary needs a new body format tag, and this one must stay for reading old bodies.
 */

/** The dictionary text (ASCII), see the module doc. */
export const BODY_DICTIONARY_V1 =
  'fight expansion airlin across oper manufacturer commerc protect par am whole feb ever parliament ' +
  'unless repurchas parent oppos chicago cooperat responsibl radio institut electric statistic global ' +
  'expir construction avoid warrant together idea suffer speculat itself along transfer investigat ' +
  'thursdai progress natural forward conservativ campaign material promis let health individual ' +
  'extraordinari oversea impos distribution denominat chemical rest film discussion centr applicat saw ' +
  'never prospect match usda suspend paul totall huge access visit matter cite australia direct though ' +
  'star programm outsid doubl break prevent behind season field fee stage met famili fact wednesdai ' +
  'seem e serv focus william me publish employe purpos overall lend flow book greater crop australian ' +
  'television discount different once got creditor singl payabl brother mainli appli feel majoriti ag ' +
  'express night legal capaciti white light heavi determin revis particularli mid interview deliveri ' +
  'unchang shipment pass confirm arrang delai telephon strike pre longer done declar tthis instead ' +
  'competitiv borrow takeover nearli thought sharp index street realli grain either crude sharpli maker ' +
  'encourag gold generat team cannot underwrit china newspaper push slow opportuniti known competition ' +
  'deni p wheat happen add stand farm war robert communicat economist tomorrow ec slightli michael ' +
  'letter david attack achiev jan labour motor reject reform link fear went texa provision air daili ' +
  'congress paris grant barrel volum brazil split personal pai east car properti player establish ' +
  'commoditi worker tunder restructur chanc representativ immediateli significant b toward debentur ' +
  'store de election everi electronic award risk request ship morn hour awai fix disclos august tuesdai ' +
  'ton western mine predict role guarante leav potential join biggest tokyo my using council network c ' +
  'coupon difficult holder probabli plus job yield left banker aid prepar packag hard reduction combin ' +
  'partner great pact food damag insuranc proce political inflat subordinat institution advanc jame ' +
  'petroleum similar impact reason quot suggest ventur hand bbc enough respons cent studi situat lost ' +
  'maintain live factor thowever poor authoriti enter important game fourth rather gave began lot ' +
  'performanc test french won merger expand thing know introduc stop initial replac tthei view output ' +
  'life intend found deposit john stg seri faciliti almost side f convertibl warn prior resourc exclud ' +
  'england she paper customer north mondai l design canadian equip soon november big attempt monetari ' +
  'citi america discuss officer accept extend washington trust again surplus reagan informat abov exist ' +
  'division benefit manufactur german gas equiti turn him question appear ahead free came research ' +
  'germani creat near review n small took commit key administrat trader able vice uk step data latest ' +
  'special indicat clear dealer prefer reporter tender find court process certain old britain below ' +
  'fridai subject energi post paid main joint keep leader case bought best producer press fail ' +
  'communiti represent worth schedul releas october yet carri among pressur transaction europ plc littl ' +
  'consumer claim launch better balanc percent recentli local bring boost act affect forecast fiscal ' +
  'build standard prime law taken agricultur relat real avg spend adjust aim vote led few save yen ' +
  'effectiv present effort deficit mean caus try grow ministri former sector least plai computer ' +
  'although condition mth stake effect canada too parti list conferenc south plant win k despit hit ' +
  'final reflect target budget might larg activ you largest technologi decid cover dividend treasuri ' +
  'late head approval industrial without power top involv offic given measur bui whether past within ' +
  'seen committe september option bill short revenu basis where mark incom mr bid secretari project ' +
  'british detail must juli home commercial going return negotiat union privat senior currentli face ' +
  'rang previous concern position agenci here proposal several japanes low limit strong charg less ' +
  'corporat doe later hope becom how area franc control far form run suppli previousli even drop ' +
  'comment averag currenci go approv think consider million begin london then tonn forc nation o like ' +
  'import outstand non order rule domestic economi dai requir produc full however fell look decision ' +
  'acquisition tbut sold date asset central half complet eight ask place seek another analyst york ' +
  'availabl reserv propos manager executiv west likeli pay action yesterdai improv held possibl until ' +
  'file bond december ago line these put investor believ contract problem right european depart chief ' +
  'polici just program say reach addition director account ta member payment alreadi way amount allow ' +
  'recent sign our monei demand use seven earli name deal third shareholder annual associat june acquir ' +
  'mani those hous support growth figur subsidiari sourc valu much each earn estimat give veri higher ' +
  'number around gain accord peopl second production compar cash lower talk buy federal same day loan ' +
  'good dollar purchas credit rose them nine want provid futur off japan fall dure come what reduc ' +
  'point american tax still public receiv both help rev further januari commission period long high ' +
  'declin rais capital economic cost februari show move quarter open national back cut well fund ' +
  'earlier chairman level need export oil most start spokesman statement get did remain general record ' +
  'close hold chang manag see such follow lead agre being major part product board minister work profit ' +
  'so financial foreign down invest current tin debt common should do business sinc ltd i financ servic ' +
  'base rise announc firm call sai result develop can six any world befor qtr four through system next ' +
  'president between while total onli continu sell loss his own securiti per industri becaus agreement ' +
  'meet countri term shr due todai official tit take now made under set out against us march who ' +
  'exchang when vs state april interest internat operat into five report some group make issu rate ' +
  'there if we govern time cts ad week offer could note increas no all plan told three may trade their ' +
  'sale stock includ unit end first net expect month co other than over bank after price thei billion ' +
  'more t or market share about been u last two up had he s one also corp were this but would are new ' +
  'inc have pct not which compani as an was that has mln dlr year lt will be its at with from tthe by ' +
  'is on it for in a and to said the of reuter';
