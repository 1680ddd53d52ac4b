/**
 * The preset dictionary of article-body format 2 (article-body.ts): 4006 common words, written by
 * scripts/body-dictionary.ts from word counts of the research data (the words only), the most
 * useful last. About 0.42 of the text instead of 0.46 with format 1's stems.
 * FROZEN: stored bodies can only be read with exactly these bytes. Never edit or regenerate it; a
 * new dictionary needs a new body format tag, and this one must stay for reading old bodies.
 */

/** The dictionary text (ASCII), see the module doc. */
export const BODY_DICTIONARY_V2 =
  ' plantings places oppose mandatory malicious links importers disposal choose attended' +
  ' announcements allowance Olympics Nomura Montreal Interbank Earnings Chief viewers signals' +
  ' mission happens absence 450 Ecus yen\'s elimination challenging anniversary accompanied Frank By' +
  ' delays conservation Kidder Edward unadjusted reportedly objectives assessment Previously' +
  ' Commenting elements attorney Mexico\'s De women\'s utilities ringgit onto indicator functions' +
  ' comprised Star Real Feb Equipment Coastal sixth names aside Loans Henry trades stabilisation' +
  ' marked Marine Dec Before 180 104 zero simultaneously euro cold suggestions sessions publication' +
  ' profile pleased marketplace invested hostile finances feeling devaluation Sun Results Paine' +
  ' Imperial tightening thereafter respective innovation children\'s Saturday\'s Electronic' +
  ' surveillance sometimes regularly dangerous buildings Ferdinand Consumers thinks finish closer' +
  ' camera assume That\'s ore Non white ct We\'ve Force Mike Even viruses singles restore involve' +
  ' hunting enhance driving concept bullish Without Average visitors receipts informal hospital' +
  ' employed clinical Texaco\'s Oklahoma weight useful Prices veto specialist seem rigs reputation' +
  ' quick preventing phase permanent negotiators inspection cooperative connected comparison brand' +
  ' benchmark Weinberger restructured attributable So sinking invited guilder exactly equally' +
  ' Instead Denmark Control sort rand copies Golden 1999 versions textiles mixed exceeded brief' +
  ' Nintendo Monday\'s London\'s sole locations exercised amid Utilities objections foreigners' +
  ' deficiency contracted complained Venezuelan Foundation Conference society slipped section' +
  ' retired rally integration ideas halted friends financially fellow expired evening debtors' +
  ' cleared centres campaigning Siemens Poehl pressing people\'s equities enormous earn carriers' +
  ' Software Overseas Film Intermediate simple nearby intend asylum Clarke hospitals explore' +
  ' austerity aim aerospace abandoned Sea Philips Jose developers consultant compensate automotive' +
  ' variable supervisory refining packages diversified criteria assigned analysis Simon Of Advanced' +
  ' true 2006 supplementary retire frozen corresponding Mobile totally box Hanover unsuccessful' +
  ' retailers debenture consensus Brian university suggesting requests recognised ranges pictures' +
  ' outlined intentions grains downturn discipline danger Lawrence Kansas Center unavailable' +
  ' threatening termination suspend sending operational indications haven\'t adviser River Now' +
  ' Defence Conable Coast voluntary type trip terrorism permitted keen halt consultations Policy' +
  ' Fitzwater whatever waste supports merge lease availability Harcourt Generale unusual removed' +
  ' poverty injunction committees advised Pay Bangladesh 102 representation pays host core method' +
  ' manage Venice subscribers owner investigate heard forthcoming debut Mines Greek Exxon Egypt 130' +
  ' servicing lift extensive destroyed code behaviour informed diplomat promise party\'s joining' +
  ' freight eastern supercomputer autumn destinations aggressively 160 yielding web wages troubled' +
  ' runs qualified promising predictions postponed planting pensions judgement investigations' +
  ' governors governing files attracted airport Their Program Ohio Lib slight notice mutual depend' +
  ' Dallas 81 tell shut speculated falls attempting transmission telling replied picked parents' +
  ' noting capable Former Academy starring sluggish produces merchant involves flexible boosting' +
  ' Margaret withdrawn reviewing responded reluctant partially mortgages expecting researchers' +
  ' liquidation buyer timing seemed seeing load gadget died Russia Appropriations tobacco refined' +
  ' climate cameras Toshiba Spain\'s reaffirmed nomination difficulty approached contains attitude' +
  ' 94 shot semi offensive licensing knowledge departure unprecedented stance center Lloyds Google' +
  ' votes ton matches initiatives gadgets attract Peabody Jan Gen 1981 market\'s directed amounted' +
  ' actively row categories served pounds driven begins banks\' prove pass north imbalance Calif' +
  ' regions Kuwaiti 84 uses Each terminal surrounding signal retaliatory province participating' +
  ' holder contributions chosen Sweden Sugar Seven Microsoft\'s Los Europe\'s struggling monitoring' +
  ' appearance soft seconds retaliate recommend penalties finally critics commented causing' +
  ' aluminium Producers Companies Amsterdam 1994 aware trucks bigger palm lire friendly dramatic' +
  ' balances balanced Planning Ms Ferguson Blunkett Barclays conventional constitution commissioner' +
  ' Construction victims smelter rumours interesting controversy appointment Third Midland Grain' +
  ' Cabinet A\'s sophisticated solutions ship returning residents processors hurt fire factories' +
  ' downgrade correspondent candidate advice Webber Andrew 05 supplier slowdown momentum incurred' +
  ' hundreds defended creation Share Governor Friday\'s Dominion wait east Full winners musical' +
  ' missile grounds Donnell Aviator troops tariff tackle agenda Social Ps specifically provinces' +
  ' introducing installed incentive extending broadcasting Those Scott Engineering Commission\'s' +
  ' Champions Bond Arab Allegheny portable financed Brussels Balladur Africa\'s shareholders\' rumors' +
  ' reality pushing planes lawyer dumping carryforwards brings Act save High tight rapid Our 93' +
  ' requiring obviously elsewhere character cancelled boss Edinburgh weaker travel struck handle' +
  ' defend Sydney Awards views recognition negotiation impressive graphics founder fifth display' +
  ' diplomatic damaging comprise complaints colleagues challenges borrower Workers Nakasone\'s' +
  ' temperatures performances concentrated breakthrough ball 91 stated squad rupees lifted behalf' +
  ' testimony reverse predict injured expires expense carrier Leicester Italy\'s judgment greatest' +
  ' festival breaking Virginia inadequate necessarily goals Mississippi 97 permit narrow images' +
  ' events blamed Shultz Deputy Banque unacceptable subscription considerably consequences' +
  ' capabilities 89 82 79 vessels turning studies settled artists Nigeria 145 wouldn\'t watching' +
  ' students re performed link drawn document dealings cable Sumitomo King Exchequer England\'s 1991' +
  ' safety pursue memory burden Semiconductor Israel 78 subsequent passengers containing compatible' +
  ' watch rugby politically planted eased distributor Soybean 96 71 wireless ventures thirds' +
  ' conflict confidential cities actual Department\'s triggered protected favorable carefully 03' +
  ' mobiles Turkish Belgium self discussing comprising acceptance flight broken Taylor willingness' +
  ' vital underway issuance hardware draft downward agent Video Deposits objective gradually draw' +
  ' signing shipped establishing carryforward Commonwealth remove inside Quebec won\'t Santa upon' +
  ' feed structural responding purchasing men Birmingham thinking petition Wireless Machines' +
  ' Guaranty 69 59 uncertain sense replacing proceed otherwise intervene institute enforcement ease' +
  ' divisions deterioration communities accrued Several Noranda Korean 76 div 110 send pace lose' +
  ' Supermarkets Five stars indicate coverage resistance easily definitely announcing Harris' +
  ' tranche captain Natural suppliers exporting efficient easy alongside Following homes' +
  ' experienced cubic connections ask 750 pretty comedy Donald repeated industrialized gone' +
  ' Thatcher 74 ongoing matters lbs interim insider Swedish prospectus nationwide lives downgraded' +
  ' death acceptable Prior Commissioner satisfied January\'s Currently singer obtain rapidly license' +
  ' lawyers internationally entirely emerged eligible departments cross contact bidding Stephen' +
  ' Investments Clayton Alliance upward titles missed Greece understood tournament terminated' +
  ' proportion popularity industry\'s writedown referring pesos judge entry cargo intelligence' +
  ' Ontario Mac Affairs seasonal handling claiming arrested Mortgage Columbia settle guilty fairly' +
  ' transferred shift proceedings concessions broad 83 vulnerable ultimately respond repeatedly' +
  ' publishing personnel leveraged integrated goes duty drought discovered disclosure becomes' +
  ' backing Volkswagen America\'s voice prospect optimism formally defeat broke begun barley Today' +
  ' Stocks Championships Athens strengthened song variety refinancing enterprises convert Three' +
  ' Mexican metals decade Madrid Dixons suffering recovered excellent bags Lyng Bill targeted' +
  ' retained relative patients identify generate cautious 04 heart euros delay trouble' +
  ' strengthening returns factory duties Sir Roddick Jersey coordination confirmation twice story' +
  ' sensitive licences clearing books assistant arranged Pakistan Class Chase moratorium attend' +
  ' Shares Two track seats employee specialty slaughter hoping except Transport Sony Fairchild' +
  ' Assets writing underground tsunami temporarily monitor merchandise Davis indicators 62 middle' +
  ' Wright Stores Series Louvre truck tried prize grade contrast Iraqi textile sustained revolving' +
  ' month\'s interbank implement exclusive coal Operating I\'ve Because exchangeable withdrawal' +
  ' volatility risks exercisable electrical delegation anyone Westminster Oscar Burlington trillion' +
  ' apparent affirmed records damaged conduct cheaper worst space sound sheet rival race convinced' +
  ' winner couple oils guidelines fair Open Gold standing someone missing creating Indonesia\'s' +
  ' registrations preparing cooperate Food schools 350 studying starts screen pharmaceutical' +
  ' liberalisation infrastructure headed families exported Sterling Bureau 98 compliance Yugoslavia' +
  ' metal competitors Argentina\'s successfully inflationary tour sees room fans 63 subsidy secure' +
  ' school purpose ban Supreme 140 tests presence multi adequate Great Citibank 77 concerning' +
  ' candidates Prudential branch asking Health unspecified movie chips Ministers Louisiana Imports' +
  ' Co\'s Americans 73 67 resolved bids severe Ongpin Daily permission penalty heavily Network' +
  ' India\'s liability coalition approvals Marketing 1982 potentially involvement electric deals' +
  ' barriers attacked Republicans Mining fear perhaps located crucial bit 61 absolutely expire chip' +
  ' Environmental tendered publicly occurred normally entitled deadline Turnover To succeed' +
  ' restructure helping clients rice join patent extent restricted regarding physical happy faced' +
  ' Steel Newcastle Michigan Interstate Executive Also feature air Airways resume labour fields bad' +
  ' apply features usually unsecured respect let flights deliver affecting proved acting' +
  ' Pennsylvania women south chart felt outcome obtained modest manufacture lenders decrease' +
  ' bushels branches Piedmont During Campbell stabilize machinery eliminate model Grand Among' +
  ' pushed medical withdraw Yasuhiro write works kept essential administration\'s We\'re unfair' +
  ' owners automatically suggest engines Windows There\'s fast card websites repay platform Sullivan' +
  ' Philadelphia Wilson 57 depending beat Yesterday Hollywood Authority Alan protest inquiry black' +
  ' redeemable newspapers importance distribute calculated traditionally differentials' +
  ' consolidation comprehensive Kuwait push professional launching finding city carries applied' +
  ' Justice Bancorp 2001 deputy ounce man maintaining doubt Colombia reiterated indication' +
  ' impossible encouraged vehicle disease Tariffs Defense we\'re dominated care bonus Yukos 125' +
  ' replaced productivity priority assembly fees worried listing expiration differences 72' +
  ' shortfall satellite remainder stood operator maize unions rubber lawsuit keeping investigating' +
  ' determination Payment League County Broadcasting why institution implemented faces consecutive' +
  ' kind chemicals Greenspan Christian yields requires impose buyout advances group\'s chances' +
  ' acreage San violations litigation freeze Record People underwritten multilateral disappointed' +
  ' sharing seems recover operated civil administrative Burnham voters retain port jointly boosted' +
  ' declines criminal 58 generated Francisco killed enable Times Exploration 66 beef More Chapter' +
  ' wrong selected politics Domestic losing cattle Middle Export Allied surprised stabilise' +
  ' excessive employers elaborate steps nominal fee circulation Sachs Gas Cooperation manufactured' +
  ' Laboratories 2000 toward protectionism privatisation favour governor download deficits Baldrige' +
  ' talk offerings favourite procedures Indonesian station failing exclude debtor ceremony You' +
  ' Irish France\'s improvements fluctuations 64 seat renewed looked grew exceed acquiring' +
  ' supporters efficiency consistent actor Cable transportation messages averaged attempts Director' +
  ' 68 person living Miller gives covered Kennedy Cup favourable apparently schedule redeem' +
  ' formerly firm\'s expanded cotton album Phillips About arms there\'s enter Shell Purolator' +
  ' Premiership device broker answer Turkey missiles stopped questioned officially discussion' +
  ' affairs Its His English weak ships alone Trans mostly minute faster Bank\'s 120 movements' +
  ' dismissed broadcast promote meant harvest distance controlling intervened implementation Most' +
  ' Airbus am vegetable receiving competing Medical Frankfurt Data weakness surprise officers' +
  ' disclose pretax facing Terms regulation 39 pledged Arsenal banker allows young stay moderate' +
  ' giant cards audience amendment body status lowest ground Warner earthquake quarters maturing' +
  ' airlines Consumer expanding excluding contained Malaysian pound block 09 satisfactory gaming' +
  ' easier via strikes 2002 1983 risen looks happened football deliveries contribute changing' +
  ' Taiwan\'s Peter Mercantile Economists syndicate highly Tony Nippon Dome suggests practice' +
  ' language reference politicians placement ceiling Since Representatives Lambert spring formal' +
  ' fallen 101 live lack magazine 47 doesn\'t Cyclops Commons Belgian presidential implications 41' +
  ' virtually surpluses size maturities borrowers Jefferies adjustments O\' stations reaching' +
  ' putting dealing items hands 95 wholesale Mark Many picture hectares actress Traders unable' +
  ' powers poll argued Moscow 99 sites sides poor mail fears drugs message happen minority 54' +
  ' Agricultural signs crops Australia\'s engine Funaro counter 1997 floor sufficient guarantees' +
  ' communique aggressive Mitsubishi note hour trader gained environmental fresh fraud denominated' +
  ' appreciation Florida sentiment requested prompted everyone category Malaysia Interest sign hand' +
  ' 56 powerful models fundamental depressed Manhattan Argentine arrangements resolve damages' +
  ' calling incentives ratio panel margin Hutton Germany\'s warning nominations himself electricity' +
  ' advertising Acquisition disappointing depreciation population serve revealed acres Reynolds' +
  ' ways secured machine Olympic social maintenance businessmen No supporting restated testing' +
  ' complex cabinet 53 43 Both margins collapse carrying Toronto Markets Eastern Digital strengthen' +
  ' imbalances workforce strategic organization expenditures Apple scandal wide stressed star' +
  ' Speaking Scottish Illinois spend shown concentrate Electronics programmes Hughes Drexel' +
  ' submitted Ford 1980 shortly front organisations virus ruled pressures participate negotiated' +
  ' maintained defense claim Bell that\'s reaction advisory sure often newly manufacturer fight' +
  ' consolidated acknowledged 46 utility 900 overnight influence Dollar reasonable resignation' +
  ' fighting compares coach allegations 92 file co Lord closely clearly Houston spent scale rated' +
  ' moved debts straight millions internal widespread attributed trial ratings ordered career' +
  ' welcomed nominated human explained can\'t Division District Banks Asian values crowns advance' +
  ' adopted Enterprises summit unveiled disaster spot slow portion feet feel complaint add design' +
  ' conservative alternatives waiting speed detailed 49 Thomas asset Radio understand Tory Dlrs' +
  ' address refinery Robinson Citicorp joined intention affiliate What talking ranging Russian' +
  ' reflecting quite insisted hoped floating critical cases appear Labour\'s Coffee Telegraph' +
  ' traffic takes replacement housing 48 extend industrialised Life Asia performing therefore' +
  ' seriously leaving invest entire didn\'t bilateral Gordon rises reasons partner lowered job' +
  ' Exports title rule mine concluded intent Arabia arrangement achieve Goldman corporations' +
  ' considerable retirement resolution criticism beyond extra Thailand Northern Currency Atlantic' +
  ' store mining Manufacturers Lehman goal fundamentals documents Wall 44 setting Angeles moves' +
  ' Royal turn training speculative represent recommendations nation\'s gasoline distributed approve' +
  ' act Transportation Representative nation Market event equal Spain elected Douglas strongly' +
  ' chemical annually flow conducted preference attractive Inc\'s pointed offices experts demands' +
  ' champion idea extension book repayments minus inventories built Stoltenberg site th operates' +
  ' finished thousands battle illegal definition water 42 threat excess decide guarantee determine' +
  ' carried Power Entertainment returned cent Loan underwriter massive encouraging delayed' +
  ' certificate tons larger 52 soybeans suit deregulation warrant All stable linked Public' +
  ' portfolio accounted When Liverpool movement moment grow expensive valued journalists' +
  ' flexibility abroad Boeing Asked basic primarily negotiate met inventory establish Chelsea' +
  ' promised Products Pennzoil par owns Indian imported exposure converted turned ounces limits' +
  ' tough showing leave sought mid completely Manufacturing Federation trend me claimed possibly' +
  ' focus An attention remarks numbers history appears Futures voted cited Motor machines wage' +
  ' uncertainty stand reporting instruments fuel resulted versus totaled sectors forces Ecuador' +
  ' Current ready maker individuals 85 regulators difference stronger reflects agencies pension' +
  ' Spanish totalling passenger land emergency declining worked suffered statistics saw reductions' +
  ' recommended defence contributed Six practices involving cocoa band nuclear devices Stanley' +
  ' shortage maturity de Republic 1989 films Information headquarters Consolidated mean economies' +
  ' weekly moving Lawson compromise appeal announce participants compensation underlying simply 37' +
  ' semiconductors secondary introduce condition admitted Proceeds makers buyers affect Latin 36' +
  ' Manchester actually dealer parts immigration speaking relief drive debate awards Southern' +
  ' Republican represented 38 winter passed achieved compete Trading leadership improving gross' +
  ' carry pre phones Tories laws imposed cause calendar bringing She Miyazawa George delivered' +
  ' eventually holds Jones opposed alleged solution sent rest offshore Partners avoid agree' +
  ' stimulate appointed Home storage initiative wholly urged directly advanced sanctions diplomats' +
  ' Canada\'s your shows hearing petroleum organisation once Telephone stage liabilities spread' +
  ' identified entertainment Martin Associates written competitiveness estate became Yeutter 86' +
  ' understanding profitability injury congressional post material radio Organisation 88 vehicles' +
  ' smaller extremely Congressional 51 suspension membership components Commercial example becoming' +
  ' 55 silver search copper transport questions posted offset effects diluted everything education' +
  ' club challenge willing targets accused drug class Philippine double trust Reagan\'s introduction' +
  ' Technologies profitable recorded provides periods pending Italian widely western regular thing' +
  ' break 65 relations external Democrat actions steady criticised associated fact hope direction' +
  ' miles lines 33 consortium drilling recapitalization centre active Iraq visit expenditure' +
  ' effectively corporation Korea definitive partly ordinary Agency step initially award region' +
  ' rating circumstances Budget exercise allowing borrowings resulting refused opinion authority' +
  ' With Another placed Smith standard negative Organization threatened popular comes Production 34' +
  ' recession presented ever Hong 250 managing India choice amounts I\'m employment steel Kong' +
  ' houses Total list technologies replace combination Despite 1992 scheme Meanwhile dollar\'s' +
  ' obligations jobs attacks treatment repayment matter franc Venezuela Christmas various C\'s' +
  ' plants contribution redemption website representative recommendation appropriate standards' +
  ' certainly pricing got customer funding commodities charged follow war maximum Johnson' +
  ' parliamentary ensure huge victory Chancellor China\'s stockholders auction Express resigned' +
  ' intended course Chemical hopes normal consideration City us shipping expenses buffer backed' +
  ' outlook Netherlands northern qtr failure Nations treasury retaliation regional provisional' +
  ' generation Deutsche After System intends media try damage At decisions 2003 whose premium' +
  ' highest engineering aid On southern fully primary awarded advantage Technology food concerns' +
  ' earned East relationship Paul soybean require protectionist protect children Switzerland' +
  ' Scotland my discussed parent 700 creditor Business makes networks encourage Bankers approach' +
  ' appeared privately Commodity anticipated field along committed bpd 1984 Dealers factor Boston' +
  ' difficulties Note Lynch largely comparable view providing light University Oil direct winning' +
  ' created supported stores stop environment commitments cumulative reforms measure whole lot' +
  ' operators statements requirement These police guilders test risk cutting News launch create' +
  ' doing online managed Salomon ownership throughout formed done quickly electronics institutional' +
  ' prevent parliament chancellor quota Mexico internet airline car accept 32 anti eurobond' +
  ' Computer expand denied round survey match pipeline executives adjustment Britain\'s content' +
  ' William callable follows dividends cars Telecommunications helped weather Company expressed' +
  ' Taiwan entered player seek regulations While Fed concession subcommittee reducing version Plc' +
  ' Sunday Poor\'s brokerage Volcker Liberal week\'s voting brokers attack Agreement holdings' +
  ' completion Party 2005 29 Officials unless optimistic night build Zealand Chinese broadband' +
  ' determined played bank\'s materials afternoon Charles 45 deposit community strength purposes' +
  ' Research represents sharp went shipment factors never Italy reflected pact delegates big' +
  ' developments minutes covering Microsoft Fund 90 600 partners Security staff cooperation' +
  ' association described experience limit structure things retail medium giving nothing dispute' +
  ' summer responsibility projected confident Democrats 1990 800 forced planning reserve granted' +
  ' generally Corporation Continental Air African mark aimed wants operate benefits council' +
  ' anything opened cover Wales forecasts transfer daily tariffs reflect positions house hours' +
  ' exporters elections speech semiconductor processing temporary exchanges find benefit phone' +
  ' heavy applications look Statistics approximately run ability Saudi totalled communications As' +
  ' assistance quotas negotiating health always playing continues Industrial reason global Iran' +
  ' video Airlines resources manufacturers Conservatives Parliament monthly Nakasone responsible' +
  ' controversial immediate Banking 00 team registered Holdings reach meetings controls groups' +
  ' controlled Democratic towards complete vote rescheduling effort Saturday Dutch Motors side' +
  ' sterling separate itself Argentina prospects particular call nil develop known According 150' +
  ' originally Williams family reorganization Texaco 70 weekend Richard bring White established' +
  ' Iranian increasingly connection Other success key calls Philippines source away needs old tonne' +
  ' comments seasonally equivalent crisis secretary principle Singapore Street credits commodity' +
  ' though Management supplies closing across Services base specific traditional relatively getting' +
  ' Mc Office participation yet aircraft suggested Indonesia managers face purchased corn Last know' +
  ' request listed alternative 400 crop commitment today\'s published cuts accepted paying' +
  ' opportunities offers means Court Ireland properties authorized serious savings warned behind' +
  ' remained brought Shearson filing either chance life Trust technical role release For mortgage' +
  ' evidence caused hard falling electronic original keep That study subsidiaries trying single' +
  ' nearly military fund gave Earlier force form Nine 80 yield conversion opportunity representing' +
  ' soon significantly others win leaders instead great restrictions property estimate interested' +
  ' subsidies quality borrowing Merrill turnover individual taxes strategy yesterday\'s session' +
  ' preliminary hit maintain minimum confirmed Africa bn discuss times sharply positive parties' +
  ' left begin mainly law David Although fixed investigation attempt lost suspended ending Corp\'s' +
  ' 26 underwriters wanted successful longer every shipments Institute protection Investment' +
  ' worldwide users quarterly Investors Insurance Conservative forward Credit plus provisions' +
  ' provision Luxembourg excludes unlikely traded running raising it\'s Some percentage states' +
  ' guaranteed starting payable legal overall led governments 21 Chrysler substantially dollars' +
  ' State 35 Robert natural cannot economist boost dropped few extended accounting John union' +
  ' prepared Electric themselves clear declared digital Swiss regulatory allowed Energy recovery' +
  ' near discount improve One ruling 23 greater progress investor followed press issuing changed' +
  ' reform required deposits facilities building agriculture Council Thursday outside Prime her shr' +
  ' grain prior head provided activity having 27 area together producing Gulf won Morgan Brothers' +
  ' rules bills Monetary possibility holders gains produce claims Resources 2004 world\'s' +
  ' undisclosed delivery concerned representatives coming industries prime telephone play name came' +
  ' Howard unemployment vice barrel liquidity go If Board concern figure James rejected overseas' +
  ' Capital disclosed coffee Foreign remains application failed Brown hold free charges Savings' +
  ' games discussions Blair believed Industry Economic denominations main named began Brazil\'s' +
  ' indicated 75 especially Chicago seen access predicted developed leader North commission It\'s' +
  ' improved consumption question related projects split letter using programs thought mobile' +
  ' Communications network efforts 60 24 import him programme process volume took necessary' +
  ' employees 22 review opening areas bankruptcy stability estimates quoted able improvement Stock' +
  ' Commerce registration farmers confidence activities strike rising expectations acquisitions' +
  ' farm launched found cents Senate drop California accounts started Moody\'s producer limited' +
  ' something energy speculation case charge spokeswoman really proceeds believes affected top' +
  ' investments independent Brazilian gas designed combined far exploration Western expansion' +
  ' revenue Service gold August partnership adding looking computers considered season consider' +
  ' Chairman revised Central Analysts remaining interview Under 87 purchases Systems 28 principal' +
  ' beginning majority too ministry interests requirements data 19 again warrants produced ahead' +
  ' paid Tuesday tomorrow bankers accord considering meet consumers Tokyo Michael impact slightly' +
  ' rather 300 almost goods real film office sugar morning orders coupon among seeking enough bid' +
  ' she raise above low units small home telecommunications substantial campaign Monday paper' +
  ' barrels newspaper Year Wednesday Paris And Baker Australia Government similar Texas allow' +
  ' reports settlement party game biggest lending Pacific option Administration 40 monetary holding' +
  ' late competitive authorities venture series court mths equity opposition index released initial' +
  ' expect project discontinued effect growing crude taken Avg operation insurance buying players' +
  ' how unchanged filed 200 put power reduction introduced does decided worth joint see' +
  ' agricultural below Reserve capacity leading creditors range directors closed repurchase' +
  ' currencies target transactions institutions certificates receive policies asked own however' +
  ' facility agreements package past division television music different bill increasing needed' +
  ' existing increases showed give adjusted don\'t businesses priced economists says shareholder' +
  ' present Petroleum 17 reduced pay Japan\'s order Bundesbank takeover involved want developing' +
  ' raised latest continuing Committee addition response come even return probably systems 18' +
  ' officer given respectively place Standard gain non balance research included Financial workers' +
  ' fourth noted remain agency personal taking Friday least Trade options plant rights member need' +
  ' details distribution July line 14 First news little underwriting large Union weeks acquire' +
  ' security customers here full open particularly local subject legislation less stocks changes' +
  ' potential problem France difficult extraordinary construction million final right must believe' +
  ' 1988 acquired notes Soviet date Community better year\'s show shrs America become wheat' +
  ' situation get software immediately despite bought Oper analyst federal payment certain 13' +
  ' Brazil special losses announcement Labour stake consumer former francs China then fall signed' +
  ' scheduled marketing equipment do significant although Congress way French planned 16 merger say' +
  ' tender reached buy bond Development marks start ago corporate use might comment later' +
  ' competition account 500 transaction output ministers country\'s pressure deal important point' +
  ' manufacturing best reduce sell nine national Germany where funds cost supply you good product' +
  ' move working proposals points our banking Britain short Sales nations held Europe sector issued' +
  ' producers costs restructuring contracts October saying levels bonds within November days 31 stg' +
  ' Industries so work German revenues forecast measures close loan continued Australian offered' +
  ' day recently like terms basis help York traders sold department yen decline 11 provide finance' +
  ' political issues cut Reagan House intervention eight minister reporters Ministry going off' +
  ' conditions lead making World value position We South performance change without half' +
  ' government\'s think until control profits strong seven fiscal dealers these senior level did' +
  ' amount each members result approval ended largest many owned several effective England There' +
  ' completed declined loans results firms 25 futures surplus financing whether inflation both' +
  ' selling just computer third income subordinated much Canada firm Group June assets proposal' +
  ' unit 12 back problems fell chief director same debentures used spending administration early' +
  ' six future approved action talks negotiations election additional imports sale Washington' +
  ' Secretary Treasury service general Agriculture expects reserves plan Finance received purchase' +
  ' General They preferred country West lower dividend include May This state committee what States' +
  ' private average part those export information manager set very high 20 central 100 cash another' +
  ' according 30 term industrial London 15 long well may possible Reuters convertible currently' +
  ' payments policy called investors previous Mr most recent However demand them Federal' +
  ' Association annual New conference Canadian likely support credit following estimated 50 figures' +
  ' services includes technology end rise September any decision if we budget higher still' +
  ' operating take board number based plans no money due make already proposed such previously' +
  ' acquisition currency down British Ltd Department period deficit continue rose program' +
  ' commercial world during In four can second dlr yesterday Revs executive increased record' +
  ' domestic around President now Co development available tax public National contract net exports' +
  ' agreed 1985 offering since economy major Minister management being next Shr analysts group' +
  ' issue per subsidiary only total report capital United compared out reported products rates' +
  ' markets 10 system outstanding further while Net today earnings chairman Exchange oil made' +
  ' company\'s December sources Securities five who Japan He earlier rate growth when offer all' +
  ' European securities announced time including bank week shareholders trading months before' +
  ' common under operations people Commission dollar current official month into But international' +
  ' industry banks some president exchange added should business It there meeting his American debt' +
  ' 1987 statement through tonnes investment officials told sales price years financial Japanese' +
  ' countries January economic March April between up Bank increase companies or foreign trade' +
  ' because three profit prices spokesman quarter over two production February other new than first' +
  ' loss could Inc agreement one lt expected interest against share International Corp stock but' +
  ' more after cts 1986 they their had last he been an also shares this about vs as market were are' +
  ' not government at 000 by have has which be year its pct company it would was is on billion with' +
  ' from Reuter will dlrs mln that The for in of to and said the';
