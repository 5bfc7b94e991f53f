-- Each enterprise's analysis units per current level (a unit is 重大 under a major hazard source, else its events'
-- most severe current level: residual when assessed, else inherent) and its own level as a rank (0 重大 … 3 低,
-- 9 nothing assessed; 0 as well with a major hazard source). One row per enterprise with units, written by the risk
-- module in the transaction that changes the inventory; the officials' overview pages and sums over it.
create table risk_enterprise_level (
    enterprise_id uuid        primary key,
    region_code   varchar(12) not null,
    rnk           smallint    not null,
    major         int         not null,
    large         int         not null,
    general       int         not null,
    low           int         not null,
    unassessed    int         not null
);
create index risk_enterprise_level_region_idx on risk_enterprise_level (region_code);
create index risk_enterprise_level_order_idx on risk_enterprise_level (rnk, major desc, large desc);

insert into risk_enterprise_level (enterprise_id, region_code, rnk, major, large, general, low, unassessed)
select x.enterprise_id, max(x.region_code),
       case when exists (select 1 from risk_analysis_object s where s.enterprise_id = x.enterprise_id
         and s.major_hazard_source) then 0 else coalesce(min(x.lvl), 9) end,
       sum(case when x.lvl = 0 then 1 else 0 end), sum(case when x.lvl = 1 then 1 else 0 end),
       sum(case when x.lvl = 2 then 1 else 0 end), sum(case when x.lvl = 3 then 1 else 0 end),
       sum(case when x.lvl is null then 1 else 0 end)
from (
  select u.enterprise_id, u.region_code,
         case when o.major_hazard_source then 0 else min(case coalesce(e.residual_level, e.inherent_level)
           when 'MAJOR' then 0 when 'LARGE' then 1 when 'GENERAL' then 2 when 'LOW' then 3 end) end as lvl
  from risk_analysis_unit u
  join risk_analysis_object o on o.id = u.object_id
  left join risk_event e on e.unit_id = u.id
  group by u.id, u.enterprise_id, u.region_code, o.major_hazard_source
) x
group by x.enterprise_id;
