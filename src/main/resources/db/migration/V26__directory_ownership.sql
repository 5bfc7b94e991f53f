-- Liability is traced beyond the principal and the actual controller (seed 000): the beneficial owner and the
-- parent company.
alter table directory_enterprise add column beneficial_owner_name varchar(50);
alter table directory_enterprise add column parent_company_name varchar(100);
alter table directory_enterprise add column parent_company_uscc varchar(18);
