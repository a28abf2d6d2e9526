-- Policy A: a feature request (P5) is resolved by the date its Work Order publishes.
alter table cd_case add work_order_date date;
