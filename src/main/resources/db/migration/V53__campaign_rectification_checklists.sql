-- The 专项整治 ledgers and their checklists, worded after the seeds: 002 第17条 (农村自建房: 逐户排查, 问题整治“一本账”;
-- 违法建设、违规出租房屋、违法生产经营、“高墙大院”、消防安全和生产安全隐患), 000 第11-12条 and 003 第9-10、14条 (经营性
-- 自建房、小型生产经营场所安装早期火灾报警和灭火装置; 应急逃生出口和消防车通道; 存在安全隐患自建房整治全覆盖; 居民自建房
-- 非法违法使用电梯), 002 第16条 (燃气: “问题气”“问题瓶”“问题阀”“问题软管”“问题管网”“问题环境”; 交叉、穿越、占压、
-- 间距不足、老旧破损管线“带病运行”; 餐饮等单位用户和地下空间), 002 第15条 (“九小场所”).
insert into campaign_rect_kind (code, ledger, name, seq) values ('SELF_BUILT', 'SELF_BUILT', '自建房', 1);
insert into campaign_rect_kind (code, ledger, name, seq) values ('GAS', 'GAS', '燃气用户', 2);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NINE_SMALL', 'NINE_SMALL', '九小场所', 3);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NS_SCHOOL', 'NINE_SMALL', '小学校或幼儿园', 31);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NS_CLINIC', 'NINE_SMALL', '小医院', 32);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NS_SHOP', 'NINE_SMALL', '小商店', 33);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NS_FOOD', 'NINE_SMALL', '小餐饮场所', 34);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NS_HOTEL', 'NINE_SMALL', '小旅馆', 35);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NS_KTV', 'NINE_SMALL', '小歌舞娱乐场所', 36);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NS_NETBAR', 'NINE_SMALL', '小网吧', 37);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NS_BEAUTY', 'NINE_SMALL', '小美容洗浴场所', 38);
insert into campaign_rect_kind (code, ledger, name, seq) values ('NS_WORKSHOP', 'NINE_SMALL', '小生产加工企业', 39);

insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 1, '房屋是否存在安全隐患(墙体开裂、倾斜、沉降等)');
insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 2, '是否存在违法建设(未批先建、违规加层、擅自改扩建)');
insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 3, '是否违规出租房屋');
insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 4, '是否存在违法生产经营');
insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 5, '是否存在“高墙大院”问题');
insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 6, '经营性自建房是否安装早期火灾报警和灭火装置');
insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 7, '应急逃生出口和消防车通道是否畅通');
insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 8, '是否存在消防安全隐患');
insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 9, '是否存在生产安全隐患');
insert into campaign_rect_item (ledger, seq, text) values ('SELF_BUILT', 10, '经营性使用或非单一家庭使用的,是否非法违法使用电梯');

insert into campaign_rect_item (ledger, seq, text) values ('GAS', 1, '“问题气”:是否使用来源不明或不合格的燃气');
insert into campaign_rect_item (ledger, seq, text) values ('GAS', 2, '“问题瓶”:气瓶是否过期、报废、无充装标识或被改装');
insert into campaign_rect_item (ledger, seq, text) values ('GAS', 3, '“问题阀”:减压阀、自闭阀等是否缺失、失效或不合格');
insert into campaign_rect_item (ledger, seq, text) values ('GAS', 4, '“问题软管”:软管是否老化、超长、穿墙或不合格');
insert into campaign_rect_item (ledger, seq, text) values ('GAS', 5, '“问题管网”:管线是否交叉、穿越、占压、间距不足或老旧破损“带病运行”');
insert into campaign_rect_item (ledger, seq, text) values ('GAS', 6, '“问题环境”:用气场所是否通风良好,是否在地下空间违规用气');
insert into campaign_rect_item (ledger, seq, text) values ('GAS', 7, '餐饮等单位用户是否安装可燃气体报警装置');

insert into campaign_rect_item (ledger, seq, text) values ('NINE_SMALL', 1, '是否安装早期火灾报警装置');
insert into campaign_rect_item (ledger, seq, text) values ('NINE_SMALL', 2, '是否配置灭火装置并在有效期内');
insert into campaign_rect_item (ledger, seq, text) values ('NINE_SMALL', 3, '应急逃生出口、疏散通道是否畅通(无防盗窗等阻碍逃生的障碍)');
insert into campaign_rect_item (ledger, seq, text) values ('NINE_SMALL', 4, '消防车通道是否畅通');
insert into campaign_rect_item (ledger, seq, text) values ('NINE_SMALL', 5, '是否存在住宿与生产、经营、储存场所“三合一”');
insert into campaign_rect_item (ledger, seq, text) values ('NINE_SMALL', 6, '电气线路是否私拉乱接,电动自行车是否在室内停放充电');
insert into campaign_rect_item (ledger, seq, text) values ('NINE_SMALL', 7, '是否存在违法生产经营');
