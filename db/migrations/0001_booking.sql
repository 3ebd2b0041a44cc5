CREATE TYPE "public"."booking_status" AS ENUM('confirmed', 'cancelled', 'moved', 'attended', 'did_not_attend');--> statement-breakpoint
CREATE TYPE "public"."booking_reminder_kind" AS ENUM('48h', '2h');--> statement-breakpoint
CREATE TYPE "public"."booking_session_kind" AS ENUM('appointment', 'course');--> statement-breakpoint
CREATE TYPE "public"."booking_session_mode" AS ENUM('in_person', 'telephone', 'online');--> statement-breakpoint
CREATE TYPE "public"."booking_smoking_outcome" AS ENUM('quit_co_validated', 'quit_self_reported', 'not_quit', 'lost_to_follow_up');--> statement-breakpoint
CREATE TYPE "public"."booking_waiting_status" AS ENUM('waiting', 'offered', 'accepted', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TABLE "booking_outcomes" (
	"booking_id" uuid PRIMARY KEY NOT NULL,
	"smoking_4_week" "booking_smoking_outcome",
	"weight_week0_grams" integer,
	"weight_week12_grams" integer,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_outcomes_weights" CHECK (("booking_outcomes"."weight_week0_grams" is null or "booking_outcomes"."weight_week0_grams" between 20000 and 400000) and ("booking_outcomes"."weight_week12_grams" is null or "booking_outcomes"."weight_week12_grams" between 20000 and 400000))
);
--> statement-breakpoint
CREATE TABLE "booking_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"kind" "booking_reminder_kind" NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"skipped_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "booking_session_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "booking_session_meetings_order" CHECK ("booking_session_meetings"."ends_at" > "booking_session_meetings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "booking_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"kind" "booking_session_kind" DEFAULT 'appointment' NOT NULL,
	"mode" "booking_session_mode" NOT NULL,
	"venue_name" text,
	"venue_address" text,
	"venue_postcode" text,
	"town" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	"booking_opens_at" timestamp with time zone NOT NULL,
	"booking_closes_at" timestamp with time zone NOT NULL,
	"external_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "booking_sessions_external_ref_unique" UNIQUE("external_ref"),
	CONSTRAINT "booking_sessions_capacity_positive" CHECK ("booking_sessions"."capacity" > 0),
	CONSTRAINT "booking_sessions_booked_within_capacity" CHECK ("booking_sessions"."booked" >= 0 and "booking_sessions"."booked" <= "booking_sessions"."capacity"),
	CONSTRAINT "booking_sessions_ends_after_start" CHECK ("booking_sessions"."ends_at" > "booking_sessions"."starts_at"),
	CONSTRAINT "booking_sessions_window" CHECK ("booking_sessions"."booking_opens_at" < "booking_sessions"."booking_closes_at" and "booking_sessions"."booking_closes_at" <= "booking_sessions"."starts_at"),
	CONSTRAINT "booking_sessions_venue" CHECK ("booking_sessions"."mode" <> 'in_person' or ("booking_sessions"."venue_name" is not null and "booking_sessions"."venue_postcode" is not null))
);
--> statement-breakpoint
CREATE TABLE "booking_waiting_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid,
	"resident_key" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"mobile" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"status" "booking_waiting_status" DEFAULT 'waiting' NOT NULL,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_waiting_list_contact" CHECK ("booking_waiting_list"."email" is not null or "booking_waiting_list"."mobile" is not null)
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid,
	"resident_key" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"mobile" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"status" "booking_status" DEFAULT 'confirmed' NOT NULL,
	"prioritised" boolean DEFAULT false NOT NULL,
	"idempotency_key" text NOT NULL,
	"moved_to_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_contact" CHECK ("bookings"."email" is not null or "bookings"."mobile" is not null)
);
--> statement-breakpoint
ALTER TABLE "booking_outcomes" ADD CONSTRAINT "booking_outcomes_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_outcomes" ADD CONSTRAINT "booking_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_reminders" ADD CONSTRAINT "booking_reminders_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_session_meetings" ADD CONSTRAINT "booking_session_meetings_session_id_booking_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."booking_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_sessions" ADD CONSTRAINT "booking_sessions_service_id_wellbeing_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."wellbeing_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_waiting_list" ADD CONSTRAINT "booking_waiting_list_session_id_booking_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."booking_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_waiting_list" ADD CONSTRAINT "booking_waiting_list_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_session_id_booking_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."booking_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_reminders_once" ON "booking_reminders" USING btree ("booking_id","kind");--> statement-breakpoint
CREATE INDEX "booking_reminders_due_idx" ON "booking_reminders" USING btree ("due_at") WHERE "booking_reminders"."sent_at" is null and "booking_reminders"."skipped_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_session_meetings_unique" ON "booking_session_meetings" USING btree ("session_id","starts_at");--> statement-breakpoint
CREATE INDEX "booking_sessions_service_start_idx" ON "booking_sessions" USING btree ("service_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_waiting_list_one_per_resident" ON "booking_waiting_list" USING btree ("session_id","resident_key") WHERE "booking_waiting_list"."status" in ('waiting', 'offered');--> statement-breakpoint
CREATE INDEX "booking_waiting_list_queue_idx" ON "booking_waiting_list" USING btree ("session_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_idempotency_key_unique" ON "bookings" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_one_place_per_resident" ON "bookings" USING btree ("session_id","resident_key") WHERE "bookings"."status" in ('confirmed', 'attended', 'did_not_attend');--> statement-breakpoint
CREATE INDEX "bookings_session_idx" ON "bookings" USING btree ("session_id","status");--> statement-breakpoint
CREATE INDEX "bookings_user_idx" ON "bookings" USING btree ("user_id");