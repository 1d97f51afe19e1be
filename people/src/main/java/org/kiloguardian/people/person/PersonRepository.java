package org.kiloguardian.people.person;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityNotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    /** The person, or an {@link EntityNotFoundException} that the gateway answers with a 404. */
    public Person require(long id) {
        return findByIdOptional(id).orElseThrow(() -> new EntityNotFoundException("No person has the id " + id + "."));
    }

    public List<Person> listAll(Boolean active) {
        Sort byName = Sort.by("name").and("id");
        return active == null ? listAll(byName) : list("active", byName, active);
    }

    public Optional<Person> findByLogin(long userId) {
        return find("userId", userId).firstResultOptional();
    }

    /** The person with this name (case-insensitive), other than {@code exceptId}. */
    public Optional<Person> findNamed(String name, Long exceptId) {
        return find("lower(name) = lower(?1) and id <> ?2", name, exceptId == null ? -1L : exceptId).firstResultOptional();
    }

    /** The people a login looks after. */
    public List<Person> caredForBy(long userId) {
        return list("?1 member of caregiverUserIds", Sort.by("name"), userId);
    }
}
