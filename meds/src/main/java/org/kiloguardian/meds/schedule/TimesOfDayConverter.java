package org.kiloguardian.meds.schedule;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores times of day as "08:00,20:00": the list is always read and written whole. */
@Converter
public class TimesOfDayConverter implements AttributeConverter<List<LocalTime>, String> {

    public static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public static String format(LocalTime time) {
        return HH_MM.format(time);
    }

    @Override
    public String convertToDatabaseColumn(List<LocalTime> times) {
        return times == null ? "" : times.stream().map(TimesOfDayConverter::format).collect(Collectors.joining(","));
    }

    @Override
    public List<LocalTime> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(column.split(",")).map(LocalTime::parse).toList());
    }
}
