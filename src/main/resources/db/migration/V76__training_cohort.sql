-- The principals' training campaign cohorts of the seeds (000, 002, 003) as data: in cohort_year the principals
-- (主要负责人) of the enterprises of any of `sectors` (comma-separated codes with a leading and trailing comma), or of
-- metal-smelting enterprises when metal_smelting, take at least min_days days of training (hours_per_day 学时 a day,
-- counted from the 初次培训 and 年度再培训 hours taken that year), with target_rate % participation.
create table training_cohort (
    code           varchar(32)   primary key,
    name           varchar(100)  not null,
    cohort_year    integer       not null,
    sectors        varchar(200)  not null,
    metal_smelting boolean       not null,
    min_days       numeric(4, 1) not null,
    hours_per_day  numeric(4, 1) not null,
    target_rate    integer       not null,
    sort_order     integer       not null
);
insert into training_cohort (code, name, cohort_year, sectors, metal_smelting, min_days, hours_per_day, target_rate,
        sort_order) values
('MINE_2024', '矿山企业主要负责人', 2024, ',01,03,', false, 3, 8, 100, 1),
('HOSPITAL_2024', '二级、三级医院主要负责人', 2024, ',16,', false, 3, 8, 100, 2),
('METAL_2025', '金属冶炼企业主要负责人', 2025, ',', true, 3, 8, 100, 3),
('RELIC_2025', '重点文物保护单位主要负责人', 2025, ',15,', false, 3, 8, 100, 4),
('COMPLEX_2026', '大型商业综合体主要负责人', 2026, ',20,', false, 3, 8, 100, 5);
