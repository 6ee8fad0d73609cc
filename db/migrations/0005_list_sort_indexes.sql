CREATE INDEX "organisations_live_customer_number_idx" ON "organisations" USING btree (coalesce("customer_number", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_city_idx" ON "organisations" USING btree (coalesce(relatio_fold("visit_city"), ''),"id","visit_city") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_phone_idx" ON "organisations" USING btree (coalesce("phone", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_email_idx" ON "organisations" USING btree (coalesce("email", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_account_manager_idx" ON "organisations" USING btree ("account_manager_id","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_segment_idx" ON "organisations" USING btree ("segment_id","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_subsegment_idx" ON "organisations" USING btree ("subsegment_id","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_relation_type_idx" ON "organisations" USING btree ("relation_type_id","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_status_idx" ON "organisations" USING btree ("status_id","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_industry_idx" ON "organisations" USING btree ("industry_id","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "persons_live_email_idx" ON "persons" USING btree (coalesce("private_email", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "persons_live_mobile_idx" ON "persons" USING btree (coalesce("mobile", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "persons_live_phone_idx" ON "persons" USING btree (coalesce("phone", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "persons_live_city_idx" ON "persons" USING btree (coalesce(relatio_fold("city"), ''),"id","city") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "persons_live_postcode_idx" ON "persons" USING btree (coalesce("postcode", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "persons_live_consent_idx" ON "persons" USING btree ("marketing_consent","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_organisation_sort_idx" ON "persons_in_organisation" USING btree ("organisation_name_sort","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_department_idx" ON "persons_in_organisation" USING btree (coalesce("department", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_job_title_idx" ON "persons_in_organisation" USING btree (coalesce("job_title", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_email_idx" ON "persons_in_organisation" USING btree (coalesce("email", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_phone_idx" ON "persons_in_organisation" USING btree (coalesce("phone", ''),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_category_idx" ON "persons_in_organisation" USING btree ("category_id","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_subcategory_idx" ON "persons_in_organisation" USING btree ("subcategory_id","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_active_idx" ON "persons_in_organisation" USING btree ("active","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_start_date_idx" ON "persons_in_organisation" USING btree (coalesce("start_date", '-infinity'::date),"id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_end_date_idx" ON "persons_in_organisation" USING btree (coalesce("end_date", '-infinity'::date),"id") WHERE deleted_at IS NULL;