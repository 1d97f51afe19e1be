package org.kiloguardian.gateway.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;
import org.kiloguardian.financial.account.AccountKind;
import org.kiloguardian.financial.account.AccountRequest;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.account.AccountView;
import org.kiloguardian.financial.budget.BudgetRequest;
import org.kiloguardian.financial.budget.BudgetService;
import org.kiloguardian.financial.goal.GoalRequest;
import org.kiloguardian.financial.goal.GoalService;
import org.kiloguardian.financial.schedule.Frequency;
import org.kiloguardian.financial.schedule.ScheduleKind;
import org.kiloguardian.financial.schedule.ScheduleRequest;
import org.kiloguardian.financial.schedule.ScheduleService;
import org.kiloguardian.financial.transaction.PageRequest;
import org.kiloguardian.financial.transaction.TransactionFilter;
import org.kiloguardian.financial.transaction.TransactionRequest;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.habits.completion.CompletionRequest;
import org.kiloguardian.habits.completion.CompletionService;
import org.kiloguardian.habits.completion.SkipRequest;
import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.meds.medication.MedicationRequest;
import org.kiloguardian.meds.medication.MedicationService;

import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.PersonRequest;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.UserView;

import io.quarkus.runtime.StartupEvent;

/**
 * {@code kilo.demo-data=true} (on by default in dev mode): a believable household at first start,
 * created through the modules' own services, so every rule and event applies: a family of four
 * (Anna, Ben, their daughter Mia and Grandma Rose, whom every login looks after), habits with a
 * month of history and medications, some personal and some shared (one running low), two accounts
 * with three months of transactions, budgets, bills and a savings goal. Seeds only a household with
 * no habits, no medications and no transactions, so it never mixes with real data and a restart
 * adds nothing.
 */
@ApplicationScoped
public class DemoHousehold {

    private static final Logger LOG = Logger.getLogger(DemoHousehold.class);
    /** Who "entered" the demo's transactions. */
    static final String DEMO_AUTHOR = "demo";

    private final boolean enabled;
    private final Clock clock;
    private final HabitService habits;
    private final CompletionService completions;
    private final MedicationService medications;
    private final AccountService accounts;
    private final TransactionService transactions;
    private final BudgetService budgets;
    private final ScheduleService schedules;
    private final GoalService goals;
    private final PersonService people;
    private final UserService logins;

    DemoHousehold(DemoConfig config, Clock clock, HabitService habits,
            CompletionService completions, MedicationService medications, AccountService accounts, TransactionService transactions,
            BudgetService budgets, ScheduleService schedules, GoalService goals,
            PersonService people, UserService logins) {
        this.people = people;
        this.logins = logins;
        this.enabled = config.enabled();
        this.clock = clock;
        this.habits = habits;
        this.completions = completions;
        this.medications = medications;
        this.accounts = accounts;
        this.transactions = transactions;
        this.budgets = budgets;
        this.schedules = schedules;
        this.goals = goals;
    }

    /** After the first admin from the environment exists, so that login looks after Mia and Grandma. */
    void seedAtStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent start) {
        if (!enabled) {
            return;
        }
        if (!habits.list(null).isEmpty() || !medications.list(null).isEmpty()
                || transactions.page(TransactionFilter.none(), PageRequest.first(1)).total() > 0) {
            LOG.info("kilo.demo-data: the household already has data; nothing seeded");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(42);
        Family family = seedPeople();
        seedHabits(today, random, family);
        seedMedications(today, family);
        seedMoney(today, random);
        LOG.info("kilo.demo-data: seeded a demo household (a family of four, habits, medications, accounts, transactions,"
                + " budgets, bills, a goal)");
    }

    /** The people of the demo; a person a login already brought along (same name) is reused. */
    record Family(long anna, long ben, long mia, long grandma) {
    }

    private Family seedPeople() {
        List<Long> everyLogin = logins.list().stream().map(UserView::id).toList();
        long anna = person("Anna", List.of());
        long ben = person("Ben", List.of());
        long mia = person("Mia", everyLogin);
        long grandma = person("Grandma Rose", everyLogin);
        return new Family(anna, ben, mia, grandma);
    }

    /** Colours from the palette, each one not yet taken. */
    private long person(String name, List<Long> caregivers) {
        return people.list(null).stream().filter(person -> person.name().equalsIgnoreCase(name)).findFirst()
                .map(PersonView::id)
                .orElseGet(() -> people.create(Editor.APPLICATION, PersonRequest.named(name).withCaregivers(caregivers)).id());
    }

    private void seedHabits(LocalDate today, Random random, Family family) {
        HabitView walk = habits.create(new HabitRequest("Morning walk", "Twenty minutes round the block", Schedule.DAILY, 1,
                List.of(LocalTime.of(7, 30)), null, null, family.grandma()));
        HabitView water = habits.create(new HabitRequest("Drink water", "A glass at every meal", Schedule.DAILY, 3, List.of(), null, null,
                null));
        HabitView plants = habits.create(new HabitRequest("Water the plants", null, Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 1,
                List.of(LocalTime.of(18, 0)), null, null, null));
        HabitView gym = habits.create(new HabitRequest("Gym", null, Schedule.timesPerWeek(3), 1, List.of(), null, null, family.ben()));
        HabitView piano = habits.create(new HabitRequest("Piano practice", "Fifteen minutes after school",
                Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 1,
                List.of(LocalTime.of(16, 30)), null, null, family.mia()));
        HabitView yoga = habits.create(new HabitRequest("Yoga", null, Schedule.timesPerWeek(2), 1, List.of(), null, null, family.anna()));
        HabitView teeth = habits.create(new HabitRequest("Brush teeth", "Morning and evening", Schedule.DAILY, 2,
                List.of(LocalTime.of(7, 15), LocalTime.of(19, 30)), null, null, family.mia()));
        for (int back = 30; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            if (random.nextInt(10) < 8) {
                completions.complete(walk.id(), CompletionRequest.on(day));
            } else if (random.nextBoolean()) {
                completions.skip(walk.id(), new SkipRequest(day, "rain"));
            }
            int glasses = 1 + random.nextInt(3);
            completions.complete(water.id(), new CompletionRequest(day, glasses, null));
            if (plants.schedule().expects(day) && random.nextInt(10) < 9) {
                completions.complete(plants.id(), CompletionRequest.on(day));
            }
            if (random.nextInt(7) < 3) {
                completions.complete(gym.id(), CompletionRequest.on(day));
            }
            if (piano.schedule().expects(day) && random.nextInt(10) < 7) {
                completions.complete(piano.id(), CompletionRequest.on(day));
            }
            if (random.nextInt(7) < 2) {
                completions.complete(yoga.id(), CompletionRequest.on(day));
            }
            completions.complete(teeth.id(), new CompletionRequest(day, 1 + random.nextInt(2), null));
        }
        completions.complete(water.id(), CompletionRequest.TODAY_ONCE);
    }

    private void seedMedications(LocalDate today, Family family) {
        medications.create(new MedicationRequest("Vitamin D", "1000 IU", "tablet", BigDecimal.ONE, List.of(LocalTime.of(8, 0)), null,
                null, null, null, null, today.minusDays(20), null, "With breakfast", "Dr. Meyer", null, new BigDecimal("42"), 7, true,
                family.mia()));
        medications.create(new MedicationRequest("Metformin", "500 mg", "tablet", BigDecimal.ONE,
                List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)), null, null, null, null, null, today.minusDays(60), null,
                "With a meal", "Dr. Meyer", null, new BigDecimal("9"), 7, true, family.grandma()));
        medications.create(new MedicationRequest("Ramipril", "5 mg", "tablet", BigDecimal.ONE, List.of(LocalTime.of(8, 0)), null,
                null, null, null, null, today.minusDays(45), null, "For the heart; in the morning", "Dr. Meyer", null,
                new BigDecimal("56"), 7, true, family.grandma()));
        medications.create(new MedicationRequest("Iron", "14 mg", "tablet", BigDecimal.ONE, List.of(LocalTime.of(12, 0)), null,
                null, null, null, null, today.minusDays(10), null, "With orange juice", null, null, new BigDecimal("30"), 7, true,
                family.anna()));
        medications.create(new MedicationRequest("Ibuprofen", "200 mg", "tablet", BigDecimal.ONE, null, null, null, true, 6, 3,
                today.minusDays(90), null, "For headaches; not on an empty stomach", null, null, new BigDecimal("20"), 7, true, null));
    }

    private void seedMoney(LocalDate today, Random random) {
        AccountView household = accounts.list().stream().filter(AccountView::defaultAccount).findFirst().orElseThrow();
        accounts.update(household.id(), new AccountRequest(household.name(), AccountKind.CHECKING, new BigDecimal("1850.00"), true));
        AccountView savings = accounts.create(new AccountRequest("Savings", AccountKind.SAVINGS, new BigDecimal("4200.00"), false));

        LocalDate first = today.withDayOfMonth(1).minusMonths(2);
        for (LocalDate month = first; !month.isAfter(today); month = month.plusMonths(1)) {
            book(household, month, "3240.00", "Salary", "Acme Tools", "Salary", today);
            book(household, month.plusDays(2), "-1150.00", "Rent", "Lindenhof Estates", "Housing", today);
            book(household, month.plusDays(4), "-94.20", "Electricity", "City Power", "Utilities", today);
            book(household, month.plusDays(6), "-12.99", "Streaming", "Streamflix", "Entertainment", today);
            book(household, month.plusDays(9), "-39.90", "Phone and internet", "Telco", "Utilities", today);
            for (int week = 0; week < 5; week++) {
                LocalDate shop = month.plusDays(week * 7L + 1);
                if (shop.getMonth() == month.getMonth()) {
                    book(household, shop, money(-55, -105, random), "Weekly shop", "FreshMart", "Groceries", today);
                    book(household, shop.plusDays(3), money(-8, -24, random), "Bakery and market", "Market", "Groceries", today);
                }
            }
            book(household, month.plusDays(12), money(-35, -60, random), "Fuel", "Shell", "Transport", today);
            book(household, month.plusDays(26), money(-35, -60, random), "Fuel", "Shell", "Transport", today);
            book(household, month.plusDays(14), money(-40, -75, random), "Dinner out", "Trattoria Roma", "Dining", today);
            book(household, month.plusDays(21), money(-18, -30, random), "Pizza night", "Pizza Express", "Dining", today);
            book(household, month.plusDays(17), money(-9, -25, random), "Pharmacy", "Apotheke", "Health", today);
            book(household, month.plusDays(5), "-200.00", "To savings", null, null, today, savings);
        }

        budgets.create(new BudgetRequest("Groceries", new BigDecimal("420.00"), false, null));
        budgets.create(new BudgetRequest("Dining", new BigDecimal("90.00"), false, null));
        budgets.create(new BudgetRequest("Transport", new BigDecimal("110.00"), false, null));
        budgets.create(new BudgetRequest("Entertainment", new BigDecimal("40.00"), false, null));

        schedules.create(ScheduleKind.BILL, new ScheduleRequest("Electricity", new BigDecimal("94.20"), household.id(), "Utilities",
                "City Power", Frequency.MONTHLY, null, null, today.plusDays(3), null, true));
        schedules.create(ScheduleKind.BILL, new ScheduleRequest("Car insurance", new BigDecimal("312.00"), household.id(), "Insurance",
                "SafeDrive", Frequency.YEARLY, null, null, today.plusDays(9), null, true));
        schedules.create(ScheduleKind.BILL, new ScheduleRequest("Phone and internet", new BigDecimal("39.90"), household.id(), "Utilities",
                "Telco", Frequency.MONTHLY, null, null, today.plusDays(12), null, true));

        goals.create(new GoalRequest("Summer holiday", new BigDecimal("2400.00"), new BigDecimal("950.00"), today.plusMonths(7)));
        goals.create(new GoalRequest("New bike", new BigDecimal("800.00"), new BigDecimal("120.00"), null));
    }

    private void book(AccountView account, LocalDate date, String amount, String description, String payee, String category,
            LocalDate today) {
        if (!date.isAfter(today)) {
            transactions.create(new TransactionRequest(account.id(), date, new BigDecimal(amount), null, description, payee, category,
                    null, null, null, null), DEMO_AUTHOR);
        }
    }

    private void book(AccountView from, LocalDate date, String amount, String description, String payee, String category,
            LocalDate today, AccountView to) {
        if (!date.isAfter(today)) {
            transactions.create(new TransactionRequest(from.id(), date, new BigDecimal(amount),
                    org.kiloguardian.financial.transaction.TransactionType.TRANSFER, description, payee, category, null, null, to.id(),
                    null), DEMO_AUTHOR);
        }
    }

    private static String money(int fromWhole, int toWhole, Random random) {
        int cents = Math.abs(fromWhole) * 100 + random.nextInt((Math.abs(toWhole) - Math.abs(fromWhole)) * 100);
        return BigDecimal.valueOf(-cents, 2).toPlainString();
    }
}
